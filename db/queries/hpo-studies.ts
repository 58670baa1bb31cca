import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { randomId } from '../../src/lib/tokens';
import type { Db } from '../client';
import {
  apiTokens,
  hpoIntermediateValues,
  hpoStudies,
  hpoTrials,
  modelVersions,
  type HpoStudy,
  type HpoTrial,
  type NewHpoStudy,
  type NewHpoTrial,
} from '../schema';
import { insertWhere, type BatchStatement } from './batch-helpers';
import { hubEventStatement } from './catalog-events';

export async function listStudies(db: Db, modelId: number): Promise<HpoStudy[]> {
  return db
    .select()
    .from(hpoStudies)
    .where(eq(hpoStudies.modelId, modelId))
    .orderBy(asc(hpoStudies.createdAt), asc(hpoStudies.slug));
}

export async function getStudy(db: Db, modelId: number, slug: string): Promise<HpoStudy | undefined> {
  const [row] = await db
    .select()
    .from(hpoStudies)
    .where(and(eq(hpoStudies.modelId, modelId), eq(hpoStudies.slug, slug)));
  return row;
}

export interface StudyCounts {
  studyId: string;
  state: string;
  trials: number;
  gpuHours: number;
}

/** Trials and GPU-hours per study and state. */
export async function studyCounts(db: Db, studyIds: string[]): Promise<StudyCounts[]> {
  if (studyIds.length === 0) return [];
  return db
    .select({
      studyId: hpoTrials.studyId,
      state: hpoTrials.state,
      trials: sql<number>`count(*)`,
      gpuHours: sql<number>`coalesce(sum(${hpoTrials.gpuHours}), 0)`,
    })
    .from(hpoTrials)
    .where(inArray(hpoTrials.studyId, studyIds))
    .groupBy(hpoTrials.studyId, hpoTrials.state);
}

/** The best COMPLETE trial of a study (lowest number on a tie), as Optuna's `best_trial`. */
export async function bestTrialOf(db: Db, study: Pick<HpoStudy, 'id' | 'direction'>): Promise<HpoTrial | undefined> {
  const order = study.direction === 'minimize' ? sql`${hpoTrials.value} asc` : sql`${hpoTrials.value} desc`;
  const [row] = await db
    .select()
    .from(hpoTrials)
    .where(and(eq(hpoTrials.studyId, study.id), eq(hpoTrials.state, 'COMPLETE'), sql`${hpoTrials.value} is not null`))
    .orderBy(order, asc(hpoTrials.number))
    .limit(1);
  return row;
}

export type TrialRow = HpoTrial & { createdBy: string | null; promotedVersion: number | null };

function selectTrials(db: Db) {
  return db
    .select({ trial: hpoTrials, createdBy: apiTokens.name, promotedVersion: modelVersions.version })
    .from(hpoTrials)
    .leftJoin(apiTokens, eq(apiTokens.id, hpoTrials.createdByTokenId))
    .leftJoin(modelVersions, eq(modelVersions.id, hpoTrials.promotedVersionId));
}
const flat = (r: { trial: HpoTrial; createdBy: string | null; promotedVersion: number | null }): TrialRow => ({
  ...r.trial,
  createdBy: r.createdBy,
  promotedVersion: r.promotedVersion,
});

/** Trials in number order, after trial number `after`. */
export async function listTrials(
  db: Db,
  studyId: string,
  options: { limit: number; after?: number | undefined; state?: string | undefined; offset?: number | undefined },
): Promise<TrialRow[]> {
  const rows = await selectTrials(db)
    .where(
      and(
        eq(hpoTrials.studyId, studyId),
        options.after === undefined ? undefined : gt(hpoTrials.number, options.after),
        options.state ? eq(hpoTrials.state, options.state as HpoTrial['state']) : undefined,
      ),
    )
    .orderBy(asc(hpoTrials.number))
    .limit(options.limit)
    .offset(options.offset ?? 0);
  return rows.map(flat);
}

export async function getTrial(db: Db, studyId: string, number: number): Promise<TrialRow | undefined> {
  const [row] = await selectTrials(db).where(and(eq(hpoTrials.studyId, studyId), eq(hpoTrials.number, number)));
  return row && flat(row);
}

export async function getTrialById(db: Db, id: string): Promise<TrialRow | undefined> {
  const [row] = await selectTrials(db).where(eq(hpoTrials.id, id));
  return row && flat(row);
}

/** Intermediate values of these trials, by trial id, in step order. */
export async function intermediateValues(
  db: Db,
  trialIds: string[],
): Promise<Map<string, { step: number; value: number }[]>> {
  const out = new Map<string, { step: number; value: number }[]>();
  // SQLite limits bound parameters; large studies are read in chunks.
  for (let i = 0; i < trialIds.length; i += 500) {
    const rows = await db
      .select()
      .from(hpoIntermediateValues)
      .where(inArray(hpoIntermediateValues.trialId, trialIds.slice(i, i + 500)))
      .orderBy(asc(hpoIntermediateValues.trialId), asc(hpoIntermediateValues.step));
    for (const r of rows) {
      const list = out.get(r.trialId) ?? [];
      list.push({ step: r.step, value: r.value });
      out.set(r.trialId, list);
    }
  }
  return out;
}

export const newStudyId = () => randomId('hps_');
export const newTrialId = () => randomId('hpt_');

export function insertStudyStatement(db: Db, values: NewHpoStudy): BatchStatement {
  return db.insert(hpoStudies).values(values);
}

/** A trial; without `number` it takes the study's next (0, 1, 2 …) when the statement runs. */
export function insertTrialStatement(
  db: Db,
  values: Omit<NewHpoTrial, 'number'> & { number?: number },
): BatchStatement {
  const number =
    values.number ??
    sql`(select coalesce(max(${hpoTrials.number}) + 1, 0) from ${hpoTrials} where ${hpoTrials.studyId} = ${values.studyId})`;
  return insertWhere(db, hpoTrials, { ...values, number } as NewHpoTrial, sql`1`);
}

export function insertIntermediateStatement(
  db: Db,
  rows: { trialId: string; step: number; value: number }[],
): BatchStatement {
  return db
    .insert(hpoIntermediateValues)
    .values(rows)
    .onConflictDoUpdate({
      target: [hpoIntermediateValues.trialId, hpoIntermediateValues.step],
      set: { value: sql`excluded.value` },
    });
}

/** A trial's number as SQL, for event data written in the same batch as the trial. */
export const trialNumberById = (trialId: string): SQL =>
  sql`(select ${hpoTrials.number} from ${hpoTrials} where ${hpoTrials.id} = ${trialId})`;

export const trialRunning = (trialId: string): SQL =>
  sql`exists (select 1 from ${hpoTrials} where ${hpoTrials.id} = ${trialId} and ${hpoTrials.state} = 'RUNNING')`;

/** Records one intermediate value, only while the trial runs (Optuna refuses updates to a finished trial). */
export function reportIntermediateStatement(db: Db, trialId: string, step: number, value: number): BatchStatement {
  return db.run(
    sql`insert into ${hpoIntermediateValues} (trial_id, step, value) select ${trialId}, ${step}, ${value} where ${trialRunning(trialId)}
        on conflict (trial_id, step) do update set value = excluded.value`,
  );
}

/** Finishes a running trial; returns the ids it changed (none when it had already finished). */
export function finishTrialStatement(
  db: Db,
  trialId: string,
  values: Pick<NewHpoTrial, 'state' | 'value' | 'values' | 'metrics' | 'gpuHours' | 'finishedAt'> &
    Partial<Pick<NewHpoTrial, 'jobId' | 'jobUrl'>>,
): BatchStatement {
  const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  return db
    .update(hpoTrials)
    .set(set)
    .where(and(eq(hpoTrials.id, trialId), eq(hpoTrials.state, 'RUNNING')))
    .returning({ id: hpoTrials.id });
}

export async function updateStudy(
  db: Db,
  id: string,
  values: Partial<Pick<NewHpoStudy, 'status' | 'maxTrials' | 'maxGpuHours' | 'gpuType' | 'description' | 'name'>>,
): Promise<void> {
  await db
    .update(hpoStudies)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(hpoStudies.id, id));
}

/** Marks a trial as promoted to a version, only if no other call promoted it first; false otherwise. */
export async function markPromoted(db: Db, trialId: string, versionId: number): Promise<boolean> {
  const rows = await db
    .update(hpoTrials)
    .set({ promotedVersionId: versionId })
    .where(and(eq(hpoTrials.id, trialId), sql`${hpoTrials.promotedVersionId} is null`))
    .returning({ id: hpoTrials.id });
  return rows.length > 0;
}

export interface HpoEventInput {
  type: 'hpo.study.created' | 'hpo.trial.started' | 'hpo.trial.finished' | 'hpo.trial.promoted';
  modelId: number;
  summary: string;
  data: Record<string, unknown>;
  /** Fields of `data` only the database knows when the statement runs (e.g. the trial's number). */
  computed?: Record<string, SQL>;
  jobId?: string | null;
  gpuHours?: number | null;
  modelVersionId?: number | null;
  actorTokenId: string | null;
  occurredAt: Date;
  when?: SQL;
}

/** An HPO change made through the REST API, logged on the model's timeline (origin `hub`) in the same batch. */
export function hpoEventStatement(db: Db, input: HpoEventInput): BatchStatement {
  return hubEventStatement(
    db,
    {
      type: input.type,
      modelId: input.modelId,
      modelVersionId: input.modelVersionId ?? null,
      jobId: input.jobId ?? null,
      gpuHours: input.gpuHours ?? null,
      summary: input.summary,
      occurredAt: input.occurredAt,
    },
    input,
  );
}
