import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';

/**
 * `hub study …`: HPO studies and trials over the REST API, for CI scripts.
 * Exit codes: 0 done, 1 the hub could not be asked (or answered 5xx), 2 refused (4xx: invalid, not found, conflict).
 */
export const EXIT_UNAVAILABLE = 1;
export const EXIT_REFUSED = 2;

interface Common {
  url: string;
  token?: string;
  json?: boolean;
}

const urlOption = () => new Option('--url <url>', 'hub origin').env('HUB_URL').default('http://localhost:4321');
const tokenOption = () => new Option('--token <token>', 'API token with the write scope').env('HUB_TOKEN');

async function readJson(path: string): Promise<unknown> {
  const text =
    path === '-' ? await new Response(process.stdin as unknown as ReadableStream).text() : await readFile(path, 'utf8');
  return JSON.parse(text);
}

/** Calls the API; prints the answer (as JSON with --json, else `summary`) and sets the exit code. */
/** The hub's error body, as far as the CLI reads it. */
interface HubError {
  error?: { message?: string; details?: { issues?: { path: string; message: string }[] } };
}

export async function callHub<T>(
  options: Common,
  method: string,
  path: string,
  body: unknown,
  summary: (json: T) => string,
): Promise<void> {
  let res: Response;
  try {
    res = await fetch(new URL(path, options.url), {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    console.error(`error: could not reach the hub at ${options.url}: ${(error as Error).message}`);
    process.exitCode = EXIT_UNAVAILABLE;
    return;
  }
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const error = (json as HubError | null)?.error;
    const issues = error?.details?.issues ?? [];
    console.error(`error: ${error?.message ?? `the hub answered ${res.status}`}`);
    for (const i of issues) console.error(`  ${i.path}: ${i.message}`);
    process.exitCode = res.status >= 500 ? EXIT_UNAVAILABLE : EXIT_REFUSED;
    return;
  }
  console.log(options.json ? JSON.stringify(json, null, 2) : summary(json as T));
}

/** The parts of the API's answers the summaries print. */
interface StudyView {
  model: string;
  slug: string;
  status: string;
  pageUrl: string;
  objective: { metric: string };
  trials: { total: number; COMPLETE: number; PRUNED: number; FAIL: number };
  bestTrial: { number: number; value: number } | null;
}
interface TrialView {
  number: number;
  state: string;
  value: number | null;
}

const studyLine = (s: StudyView) =>
  `${s.model}/${s.slug}  ${s.status}  ${s.trials.total} trials (${s.trials.COMPLETE} complete, ${s.trials.PRUNED} pruned, ${s.trials.FAIL} failed)` +
  (s.bestTrial ? `  best #${s.bestTrial.number}: ${s.objective.metric} ${s.bestTrial.value}` : '') +
  `\n${s.pageUrl}`;
const trialLine = (t: TrialView) => `trial ${t.number}  ${t.state}${t.value === null ? '' : `  value ${t.value}`}`;

/** `k=v` pairs; values parse as JSON when they can (numbers, booleans, null), else stay strings. */
export function parseParams(pairs: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 1) throw new Error(`"${pair}" is not name=value`);
    const raw = pair.slice(at + 1);
    let value: unknown = raw;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
    out[pair.slice(0, at)] = value;
  }
  return out;
}

export function registerStudyCommands(program: Command) {
  const study = program.command('study').description('Hyper-parameter optimisation studies of a model');
  const base = (slug: string) => `/api/models/${encodeURIComponent(slug)}/studies`;

  study
    .command('create <model>')
    .description('Create a study from a JSON file (as POST /api/models/{slug}/studies takes it)')
    .requiredOption('--file <path>', 'the study as JSON ("-" for stdin)')
    .addOption(urlOption())
    .addOption(tokenOption())
    .option('--json', 'print the API answer')
    .action(async (model: string, o: Common & { file: string }) =>
      callHub(o, 'POST', base(model), await readJson(o.file), studyLine),
    );

  study
    .command('show <model> <study>')
    .description('A study with its best trial')
    .addOption(urlOption())
    .option('--json', 'print the API answer')
    .action((model: string, name: string, o: Common) =>
      callHub(o, 'GET', `${base(model)}/${name}`, undefined, studyLine),
    );

  study
    .command('import <model> <journal>')
    .description('Import a study from an Optuna JournalStorage file')
    .requiredOption('--slug <slug>', 'slug of the new study')
    .option('--study-name <name>', 'the Optuna study, when the journal holds several')
    .option('--metric <name>', 'name of the objective', 'value')
    .addOption(urlOption())
    .addOption(tokenOption())
    .option('--json', 'print the API answer')
    .action(async (model: string, journal: string, o: Common & { slug: string; studyName?: string; metric: string }) =>
      callHub(
        o,
        'POST',
        `${base(model)}/import`,
        {
          journal: await readFile(journal, 'utf8'),
          slug: o.slug,
          metric: o.metric,
          ...(o.studyName ? { studyName: o.studyName } : {}),
        },
        (r: { study: StudyView; imported: { trials: number; intermediateValues: number } }) =>
          `${studyLine(r.study)}\nimported ${r.imported.trials} trials, ${r.imported.intermediateValues} intermediate values`,
      ),
    );

  study
    .command('promote <model> <study>')
    .description('Register a model version from the best trial (or --trial)')
    .option('--trial <number>', 'trial number', (v) => Number(v))
    .addOption(urlOption())
    .addOption(tokenOption())
    .option('--json', 'print the API answer')
    .action((model: string, name: string, o: Common & { trial?: number }) =>
      callHub(
        o,
        'POST',
        `${base(model)}/${name}/promote`,
        o.trial === undefined ? {} : { trial: o.trial },
        (r: { trial: number; version: { model: string; version: number } }) =>
          `trial ${r.trial} registered as ${r.version.model} v${r.version.version}`,
      ),
    );

  const trial = study.command('trial').description('Report trials (for CI)');
  trial
    .command('start <model> <study> [params...]')
    .description('Start a trial with name=value parameters; prints its number')
    .option('--job-id <id>', 'CI job id')
    .option('--job-url <url>', 'CI job page')
    .addOption(urlOption())
    .addOption(tokenOption())
    .option('--json', 'print the API answer')
    .action((model: string, name: string, params: string[], o: Common & { jobId?: string; jobUrl?: string }) =>
      callHub(
        o,
        'POST',
        `${base(model)}/${name}/trials`,
        {
          params: parseParams(params),
          ...(o.jobId || o.jobUrl
            ? { job: { ...(o.jobId ? { id: o.jobId } : {}), ...(o.jobUrl ? { url: o.jobUrl } : {}) } }
            : {}),
        },
        (t: TrialView) => String(t.number),
      ),
    );
  trial
    .command('report <model> <study> <number> <step> <value>')
    .description('Report an intermediate value at a step')
    .addOption(urlOption())
    .addOption(tokenOption())
    .option('--json', 'print the API answer')
    .action((model: string, name: string, number: string, step: string, value: string, o: Common) =>
      callHub(
        o,
        'POST',
        `${base(model)}/${name}/trials/${number}/intermediate`,
        { step: Number(step), value: Number(value) },
        trialLine,
      ),
    );
  trial
    .command('finish <model> <study> <number>')
    .description('Finish a trial: COMPLETE with --value, PRUNED or FAIL')
    .addOption(new Option('--state <state>', 'final state').choices(['COMPLETE', 'PRUNED', 'FAIL']).default('COMPLETE'))
    .option('--value <number>', 'objective value', (v) => Number(v))
    .option('--gpu-hours <number>', 'GPU-hours the trial used', (v) => Number(v))
    .addOption(urlOption())
    .addOption(tokenOption())
    .option('--json', 'print the API answer')
    .action(
      (model: string, name: string, number: string, o: Common & { state: string; value?: number; gpuHours?: number }) =>
        callHub(
          o,
          'POST',
          `${base(model)}/${name}/trials/${number}/finish`,
          {
            state: o.state,
            ...(o.value === undefined ? {} : { value: o.value }),
            ...(o.gpuHours === undefined ? {} : { gpuHours: o.gpuHours }),
          },
          trialLine,
        ),
    );
}
