import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { hpoStudies, hpoTrials, type HpoStudy } from '../schema';

/** How many studies a model has. */
export async function countStudies(db: Db, modelId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(hpoStudies)
    .where(eq(hpoStudies.modelId, modelId));
  return Number(row?.n ?? 0);
}

/** One page of a model's studies, oldest first (as the API lists them). */
export async function listStudiesPage(
  db: Db,
  modelId: number,
  page: { limit: number; offset: number },
): Promise<HpoStudy[]> {
  return db
    .select()
    .from(hpoStudies)
    .where(eq(hpoStudies.modelId, modelId))
    .orderBy(asc(hpoStudies.createdAt), asc(hpoStudies.slug))
    .limit(page.limit)
    .offset(page.offset);
}

/** GPU-hours of every COMPLETE trial of a study (null where not recorded). */
export async function completedTrialGpuHours(db: Db, studyId: string): Promise<(number | null)[]> {
  const rows = await db
    .select({ gpuHours: hpoTrials.gpuHours })
    .from(hpoTrials)
    .where(sql`${hpoTrials.studyId} = ${studyId} and ${hpoTrials.state} = 'COMPLETE'`);
  return rows.map((r) => r.gpuHours);
}
