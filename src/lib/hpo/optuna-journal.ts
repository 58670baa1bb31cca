import type { Direction, Distribution, ParamValue } from './search-space';

/**
 * Replays an Optuna JournalStorage log (JournalFileBackend: one JSON object per line) the way
 * `JournalStorageReplayResult.apply_logs` in optuna/storages/journal/_storage.py does, as a reader
 * that issued none of the operations: operations on a missing study or trial, or on a finished
 * trial, are skipped, as Optuna skips another worker's. Op codes are `JournalOperation` there;
 * distributions are `distribution_to_json` strings (optuna/distributions.py); states are
 * `TrialState` values and directions `StudyDirection` values. Naive timestamps (Python's
 * `datetime.now().isoformat()`, the writer's local time) are read as UTC.
 */

export const JOURNAL_OP = {
  CREATE_STUDY: 0,
  DELETE_STUDY: 1,
  SET_STUDY_USER_ATTR: 2,
  SET_STUDY_SYSTEM_ATTR: 3,
  CREATE_TRIAL: 4,
  SET_TRIAL_PARAM: 5,
  SET_TRIAL_STATE_VALUES: 6,
  SET_TRIAL_INTERMEDIATE_VALUE: 7,
  SET_TRIAL_USER_ATTR: 8,
  SET_TRIAL_SYSTEM_ATTR: 9,
} as const;

/** optuna/trial/_state.py `TrialState` values. */
export const OPTUNA_TRIAL_STATES = ['RUNNING', 'COMPLETE', 'PRUNED', 'FAIL', 'WAITING'] as const;
export type OptunaTrialState = (typeof OPTUNA_TRIAL_STATES)[number];
/** optuna/study/_study_direction.py `StudyDirection` values (0 is NOT_SET). */
const DIRECTIONS: Record<number, Direction | undefined> = { 1: 'minimize', 2: 'maximize' };

export interface JournalTrial {
  /** Optuna's trial number: its index among the study's trials. */
  number: number;
  state: OptunaTrialState;
  params: Record<string, ParamValue>;
  distributions: Record<string, Distribution>;
  values: number[] | null;
  intermediate: { step: number; value: number }[];
  userAttrs: Record<string, unknown>;
  startedAt: Date | null;
  completedAt: Date | null;
}

export interface JournalStudy {
  name: string;
  directions: (Direction | 'not_set')[];
  userAttrs: Record<string, unknown>;
  systemAttrs: Record<string, unknown>;
  trials: JournalTrial[];
}

export class JournalError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'JournalError';
  }
}

type Log = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function num(log: Log, key: string, line: number): number {
  const v = log[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new JournalError(line, `"${key}" must be a number.`);
  return v;
}

function parseTime(v: unknown, line: number): Date | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') throw new JournalError(line, 'A datetime must be an ISO string.');
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/.test(v) ? v : `${v}Z`;
  const d = new Date(zoned);
  if (Number.isNaN(d.getTime())) throw new JournalError(line, `Unreadable datetime "${v}".`);
  return d;
}

/** A `distribution_to_json` string (or the abbreviated form) as a hub distribution. */
export function distributionFromOptunaJson(text: unknown, line = 0): Distribution {
  let json: unknown = text;
  if (typeof text === 'string') {
    try {
      json = JSON.parse(text);
    } catch {
      throw new JournalError(line, 'A distribution is not JSON.');
    }
  }
  if (!isObject(json)) throw new JournalError(line, 'A distribution must be a JSON object.');
  const a = isObject(json.attributes) ? json.attributes : json;
  const n = (k: string) => (typeof a[k] === 'number' ? (a[k] as number) : undefined);
  const need = (k: string) => {
    const v = n(k);
    if (v === undefined) throw new JournalError(line, `The distribution lacks a numeric "${k}".`);
    return v;
  };
  const name = typeof json.name === 'string' ? json.name : undefined;
  const type = name ?? (typeof json.type === 'string' ? json.type : '');
  switch (type) {
    case 'FloatDistribution':
    case 'float':
      return { type: 'float', low: need('low'), high: need('high'), log: a.log === true, step: n('step') ?? null };
    case 'UniformDistribution':
      return { type: 'float', low: need('low'), high: need('high'), log: false, step: null };
    case 'LogUniformDistribution':
      return { type: 'float', low: need('low'), high: need('high'), log: true, step: null };
    case 'DiscreteUniformDistribution':
      return { type: 'float', low: need('low'), high: need('high'), log: false, step: need('q') };
    case 'IntDistribution':
    case 'int':
      return { type: 'int', low: need('low'), high: need('high'), log: a.log === true, step: n('step') ?? 1 };
    case 'IntUniformDistribution':
      return { type: 'int', low: need('low'), high: need('high'), log: false, step: n('step') ?? 1 };
    case 'IntLogUniformDistribution':
      return { type: 'int', low: need('low'), high: need('high'), log: true, step: 1 };
    case 'CategoricalDistribution':
    case 'categorical': {
      if (!Array.isArray(a.choices)) throw new JournalError(line, 'A categorical distribution lacks "choices".');
      return { type: 'categorical', choices: a.choices as ParamValue[] };
    }
    default:
      throw new JournalError(line, `Unknown distribution "${type}".`);
  }
}

/** `to_external_repr`: categorical parameters are stored as the index of the choice. */
export function externalValue(d: Distribution, internal: number): ParamValue {
  if (d.type === 'categorical') return d.choices[Math.trunc(internal)] ?? null;
  if (d.type === 'int') return Math.trunc(internal);
  return internal;
}

function trialState(v: unknown, line: number): OptunaTrialState {
  const s = typeof v === 'number' ? OPTUNA_TRIAL_STATES[v] : undefined;
  if (!s) throw new JournalError(line, `Unknown trial state ${JSON.stringify(v)}.`);
  return s;
}

const finished = (s: OptunaTrialState) => s === 'COMPLETE' || s === 'PRUNED' || s === 'FAIL';

function numberList(v: unknown, line: number): number[] | null {
  if (v === null || v === undefined) return null;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'number'))
    throw new JournalError(line, '"values" must be a list of numbers.');
  return v as number[];
}

/** Every study the journal leaves (deleted ones dropped), with its trials in number order. */
export function replayOptunaJournal(text: string): JournalStudy[] {
  const studies = new Map<number, JournalStudy>();
  const trials: { study: JournalStudy; trial: JournalTrial }[] = [];
  let nextStudyId = 0;
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let log: unknown;
    try {
      log = JSON.parse(raw);
    } catch {
      // A writer that died mid-append leaves a torn last line; Optuna's file reader stops there too.
      if (index === lines.length - 1) return;
      throw new JournalError(line, 'Not a JSON object.');
    }
    if (!isObject(log)) throw new JournalError(line, 'Not a JSON object.');
    const op = log.op_code;
    // Trials outlive a deleted study in Optuna's replay; only a finished trial refuses updates.
    const liveTrial = () => trials[num(log as Log, 'trial_id', line)]?.trial;
    const updatable = () => {
      const t = liveTrial();
      return t && !finished(t.state) ? t : undefined;
    };
    switch (op) {
      case JOURNAL_OP.CREATE_STUDY: {
        const name = log.study_name;
        if (typeof name !== 'string') throw new JournalError(line, '"study_name" must be a string.');
        if (!Array.isArray(log.directions)) throw new JournalError(line, '"directions" must be a list.');
        if ([...studies.values()].some((s) => s.name === name)) return;
        studies.set(nextStudyId++, {
          name,
          directions: log.directions.map((d) => DIRECTIONS[d as number] ?? 'not_set'),
          userAttrs: {},
          systemAttrs: {},
          trials: [],
        });
        return;
      }
      case JOURNAL_OP.DELETE_STUDY:
        studies.delete(num(log, 'study_id', line));
        return;
      case JOURNAL_OP.SET_STUDY_USER_ATTR:
      case JOURNAL_OP.SET_STUDY_SYSTEM_ATTR: {
        const study = studies.get(num(log, 'study_id', line));
        const attr = op === JOURNAL_OP.SET_STUDY_USER_ATTR ? log.user_attr : log.system_attr;
        if (study && isObject(attr))
          Object.assign(op === JOURNAL_OP.SET_STUDY_USER_ATTR ? study.userAttrs : study.systemAttrs, attr);
        return;
      }
      case JOURNAL_OP.CREATE_TRIAL: {
        const study = studies.get(num(log, 'study_id', line));
        if (!study) return;
        const distributions: Record<string, Distribution> = {};
        for (const [k, v] of Object.entries(isObject(log.distributions) ? log.distributions : {}))
          distributions[k] = distributionFromOptunaJson(v, line);
        const params: Record<string, ParamValue> = {};
        for (const [k, v] of Object.entries(isObject(log.params) ? log.params : {})) {
          const d = distributions[k];
          if (!d || typeof v !== 'number') throw new JournalError(line, `Parameter "${k}" has no distribution.`);
          params[k] = externalValue(d, v);
        }
        const values = numberList(log.values, line) ?? (typeof log.value === 'number' ? [log.value] : null);
        const trial: JournalTrial = {
          number: study.trials.length,
          state: log.state === undefined ? 'RUNNING' : trialState(log.state, line),
          params,
          distributions,
          values,
          intermediate: Object.entries(isObject(log.intermediate_values) ? log.intermediate_values : {}).map(
            ([step, value]) => ({ step: Number(step), value: value as number }),
          ),
          userAttrs: isObject(log.user_attrs) ? { ...log.user_attrs } : {},
          startedAt: parseTime(log.datetime_start, line),
          completedAt: parseTime(log.datetime_complete, line),
        };
        study.trials.push(trial);
        trials.push({ study, trial });
        return;
      }
      case JOURNAL_OP.SET_TRIAL_PARAM: {
        const trial = updatable();
        if (!trial) return;
        const name = log.param_name;
        if (typeof name !== 'string') throw new JournalError(line, '"param_name" must be a string.');
        const d = distributionFromOptunaJson(log.distribution, line);
        trial.distributions[name] = d;
        trial.params[name] = externalValue(d, num(log, 'param_value_internal', line));
        return;
      }
      case JOURNAL_OP.SET_TRIAL_STATE_VALUES: {
        const trial = updatable();
        if (!trial) return;
        const state = trialState(log.state, line);
        if (state === 'RUNNING' && trial.state === 'RUNNING') return;
        if (state === 'RUNNING') trial.startedAt = parseTime(log.datetime_start, line);
        if (finished(state)) trial.completedAt = parseTime(log.datetime_complete, line);
        trial.state = state;
        const values = numberList(log.values, line);
        if (values) trial.values = values;
        return;
      }
      case JOURNAL_OP.SET_TRIAL_INTERMEDIATE_VALUE: {
        const trial = updatable();
        if (!trial) return;
        const step = num(log, 'step', line);
        const value = num(log, 'intermediate_value', line);
        trial.intermediate = [...trial.intermediate.filter((p) => p.step !== step), { step, value }];
        return;
      }
      case JOURNAL_OP.SET_TRIAL_USER_ATTR: {
        const trial = updatable();
        if (trial && isObject(log.user_attr)) Object.assign(trial.userAttrs, log.user_attr);
        return;
      }
      case JOURNAL_OP.SET_TRIAL_SYSTEM_ATTR:
        return;
      default:
        throw new JournalError(line, `Unknown op_code ${JSON.stringify(op)}.`);
    }
  });
  for (const s of studies.values()) for (const t of s.trials) t.intermediate.sort((a, b) => a.step - b.step);
  return [...studies.values()];
}
