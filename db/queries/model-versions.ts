import { labelsOf, versionTagsOf } from './mlflow';
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { CursorValue } from '../../src/lib/cursor';
import type { DatasetRole, VersionStatus } from '../../src/lib/catalog-vocabulary';
import { randomRowId } from '../../src/lib/row-id';
import type { Db } from '../client';
import { isUniqueViolation } from '../errors';
import {
  apiTokens,
  modelArtifacts,
  modelMetrics,
  models,
  modelVersionDatasets,
  modelVersions,
  type ModelArtifact,
  type ModelMetric,
  type ModelVersion,
  type NewModelArtifact,
  type NewModelMetric,
  type NewModelVersion,
} from '../schema';
import type { BatchStatement } from './batch-helpers';
import { catalogEventStatement, type RecordEventOption } from './catalog-events';
import { datasetVersionsByIds } from './dataset-versions';
import { allOf, toPage, type Page, type SortOrder } from './keyset';
import { canView, type Viewer } from './viewer';

export interface VersionRegistration {
  modelId: number;
  version: Omit<NewModelVersion, 'id' | 'modelId' | 'version'>;
  artifacts: Omit<NewModelArtifact, 'versionId'>[];
  metrics: Omit<NewModelMetric, 'versionId'>[];
  datasets: { datasetVersionId: number; role: DatasetRole }[];
}

/**
 * Registers a version with its artifacts, metrics and dataset links in one batch (one
 * transaction on libSQL and D1). The number is computed inside the INSERT, so concurrent
 * registrations serialise on the write lock and get 1, 2, 3 … with no gap or duplicate;
 * UNIQUE(model_id, version) backs that up, and a rare id collision is retried with a new id.
 * With `recordEvent` a `model.version.registered` event joins the same batch.
 */
export async function registerModelVersion(
  db: Db,
  registration: VersionRegistration,
  now = new Date(),
  options: RecordEventOption = {},
): Promise<ModelVersion> {
  const { modelId } = registration;
  for (let attempt = 1; ; attempt++) {
    const id = randomRowId();
    try {
      const [inserted] = await db.batch([
        db
          .insert(modelVersions)
          .values({
            ...registration.version,
            id,
            modelId,
            version: sql`(select coalesce(max(${modelVersions.version}), 0) + 1 from ${modelVersions} where ${modelVersions.modelId} = ${modelId})`,
            createdAt: now,
            updatedAt: now,
          })
          .returning(),
        db.update(models).set({ updatedAt: now }).where(eq(models.id, modelId)),
        ...registration.artifacts.map((a) => db.insert(modelArtifacts).values({ ...a, versionId: id, createdAt: now })),
        ...registration.metrics.map((m) => db.insert(modelMetrics).values({ ...m, versionId: id, createdAt: now })),
        ...registration.datasets.map((d) =>
          db
            .insert(modelVersionDatasets)
            .values({ ...d, versionId: id })
            .onConflictDoNothing(),
        ),
        ...(options.recordEvent ? [versionRegisteredEvent(db, registration, id, now)] : []),
      ]);
      return inserted[0]!;
    } catch (error) {
      if (attempt < 4 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

/** A version's number as SQL, for statements of a batch that writes or moves it. */
export const versionNumberSql = (versionId: number | SQL): SQL =>
  sql`(select ${modelVersions.version} from ${modelVersions} where ${modelVersions.id} = ${versionId})`;

function versionRegisteredEvent(db: Db, registration: VersionRegistration, id: number, now: Date): BatchStatement {
  const number = versionNumberSql(id);
  return catalogEventStatement(db, {
    type: 'model.version.registered',
    modelId: registration.modelId,
    modelVersionId: id,
    modelVersion: number,
    data: {
      status: registration.version.status,
      artifacts: registration.artifacts.length,
      metrics: registration.metrics.length,
    },
    computed: { version: number },
    actorTokenId: registration.version.registeredByTokenId ?? null,
    occurredAt: now,
  });
}

export async function getModelVersion(db: Db, modelId: number, version: number): Promise<ModelVersion | undefined> {
  const [row] = await db
    .select()
    .from(modelVersions)
    .where(and(eq(modelVersions.modelId, modelId), eq(modelVersions.version, version)));
  return row;
}

export async function getModelVersionById(db: Db, id: number): Promise<ModelVersion | undefined> {
  const [row] = await db.select().from(modelVersions).where(eq(modelVersions.id, id));
  return row;
}

/** The newest version whose status is `ready` (what `@latest` resolves to). */
/** The number of a version known by id (for writes that log it); throws if there is none. */
export async function versionNumberById(db: Db, id: number): Promise<number> {
  const version = await getModelVersionById(db, id);
  if (!version) throw new Error(`No model version with id ${id}.`);
  return version.version;
}

export async function getLatestReadyVersion(db: Db, modelId: number): Promise<ModelVersion | undefined> {
  const [row] = await db
    .select()
    .from(modelVersions)
    .where(and(eq(modelVersions.modelId, modelId), eq(modelVersions.status, 'ready'), isNull(modelVersions.archivedAt)))
    .orderBy(desc(modelVersions.version))
    .limit(1);
  return row;
}

export async function listModelVersions(
  db: Db,
  modelId: number,
  options: {
    status?: VersionStatus | undefined;
    order: SortOrder;
    limit: number;
    after?: CursorValue[] | undefined;
    offset?: number;
  },
): Promise<Page<ModelVersion>> {
  const after = options.after ? [options.after[0]!] : undefined;
  const op = options.order === 'asc' ? sql.raw('>') : sql.raw('<');
  const rows = await db
    .select()
    .from(modelVersions)
    .where(
      allOf([
        eq(modelVersions.modelId, modelId),
        isNull(modelVersions.archivedAt),
        options.status ? eq(modelVersions.status, options.status) : undefined,
        after ? sql`${modelVersions.version} ${op} ${after[0]}` : undefined,
      ]),
    )
    .orderBy(options.order === 'asc' ? asc(modelVersions.version) : desc(modelVersions.version))
    .limit(options.limit + 1)
    .offset(options.offset ?? 0);
  return toPage(rows, options.limit, (r) => [r.version]);
}

/** The version numbers just before and after `version` (numbers can have gaps). */
export async function adjacentVersions(
  db: Db,
  modelId: number,
  version: number,
): Promise<{ previous: number | null; next: number | null }> {
  const [row] = await db
    .select({
      previous: sql<
        number | null
      >`max(case when ${modelVersions.version} < ${version} then ${modelVersions.version} end)`,
      next: sql<number | null>`min(case when ${modelVersions.version} > ${version} then ${modelVersions.version} end)`,
    })
    .from(modelVersions)
    .where(eq(modelVersions.modelId, modelId));
  return { previous: row?.previous ?? null, next: row?.next ?? null };
}

export async function countModelVersions(db: Db, modelId: number, status?: VersionStatus): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(modelVersions)
    .where(
      allOf([
        eq(modelVersions.modelId, modelId),
        isNull(modelVersions.archivedAt),
        status ? eq(modelVersions.status, status) : undefined,
      ]),
    );
  return row?.n ?? 0;
}

export async function allModelVersions(db: Db, modelIds: number[]): Promise<ModelVersion[]> {
  if (modelIds.length === 0) return [];
  return db
    .select()
    .from(modelVersions)
    .where(inArray(modelVersions.modelId, modelIds))
    .orderBy(modelVersions.modelId, modelVersions.version);
}

export async function updateModelVersion(
  db: Db,
  id: number,
  changes: Partial<NewModelVersion>,
): Promise<ModelVersion | undefined> {
  const now = new Date();
  const [[row]] = await db.batch([
    db
      .update(modelVersions)
      .set({ ...changes, updatedAt: now })
      .where(eq(modelVersions.id, id))
      .returning(),
    db
      .update(models)
      .set({ updatedAt: now })
      .where(sql`${models.id} = (select model_id from model_versions where id = ${id})`),
  ]);
  return row;
}

export async function appendArtifacts(
  db: Db,
  versionId: number,
  artifacts: Omit<NewModelArtifact, 'versionId'>[],
): Promise<ModelArtifact[]> {
  if (artifacts.length === 0) return [];
  return db
    .insert(modelArtifacts)
    .values(artifacts.map((a) => ({ ...a, versionId })))
    .returning();
}

export async function appendMetrics(
  db: Db,
  versionId: number,
  metrics: Omit<NewModelMetric, 'versionId'>[],
): Promise<ModelMetric[]> {
  if (metrics.length === 0) return [];
  return db
    .insert(modelMetrics)
    .values(metrics.map((m) => ({ ...m, versionId })))
    .returning();
}

export interface VersionRef {
  id: number;
  model: string;
  modelName: string;
  version: number;
  status: VersionStatus;
}

export interface VersionDatasetLink {
  datasetVersionId: number;
  role: DatasetRole;
  dataset: string;
  datasetName: string;
  version: string;
}

export interface MetricView extends ModelMetric {
  /** The dataset version it was measured on, when recorded and visible to the viewer. */
  dataset: { dataset: string; version: string } | null;
}

export interface VersionDetails {
  artifacts: ModelArtifact[];
  metrics: MetricView[];
  datasets: VersionDatasetLink[];
  parent: VersionRef | null;
  children: VersionRef[];
  registeredBy: { tokenId: string; name: string; group: string | null } | null;
  /** MLflow tags of the version, key → value. */
  labels: Record<string, string>;
}

const parentVersions = alias(modelVersions, 'parent_versions');

/**
 * Everything hanging off a set of versions, in a fixed number of queries whatever the count.
 * Parents, children and datasets the viewer may not see are left out.
 */
export async function loadVersionDetails(
  db: Db,
  versions: ModelVersion[],
  viewer: Viewer | undefined,
): Promise<Map<number, VersionDetails>> {
  const details = new Map<number, VersionDetails>();
  if (versions.length === 0) return details;
  const ids = versions.map((v) => v.id);
  const parentIds = [...new Set(versions.map((v) => v.parentVersionId).filter((id): id is number => id !== null))];
  const tokenIds = [...new Set(versions.map((v) => v.registeredByTokenId).filter((id): id is string => id !== null))];
  const refColumns = {
    id: modelVersions.id,
    model: models.slug,
    modelName: models.name,
    version: modelVersions.version,
    status: modelVersions.status,
    visibility: models.visibility,
    ownerGroupId: models.ownerGroupId,
  };
  const [artifacts, metrics, links, parents, children, tokens, tags] = await Promise.all([
    db.select().from(modelArtifacts).where(inArray(modelArtifacts.versionId, ids)).orderBy(modelArtifacts.id),
    db.select().from(modelMetrics).where(inArray(modelMetrics.versionId, ids)).orderBy(modelMetrics.id),
    db.all<VersionDatasetLink & { versionId: number; visibility: string; ownerGroupId: string }>(sql`
      select l.version_id as versionId, l.dataset_version_id as datasetVersionId, l.role as role, d.slug as dataset,
        d.name as datasetName, dv.version as version, d.visibility as visibility, d.owner_group_id as ownerGroupId
      from model_version_datasets l
      join dataset_versions dv on dv.id = l.dataset_version_id
      join datasets d on d.id = dv.dataset_id
      where l.version_id in (${sql.join(ids, sql`, `)})
      order by d.slug, dv.created_at, l.role`),
    parentIds.length
      ? db
          .select(refColumns)
          .from(modelVersions)
          .innerJoin(models, eq(models.id, modelVersions.modelId))
          .where(inArray(modelVersions.id, parentIds))
      : Promise.resolve([]),
    db
      .select({ ...refColumns, parentId: parentVersions.id })
      .from(modelVersions)
      .innerJoin(models, eq(models.id, modelVersions.modelId))
      .innerJoin(parentVersions, eq(parentVersions.id, modelVersions.parentVersionId))
      .where(inArray(modelVersions.parentVersionId, ids))
      .orderBy(models.slug, modelVersions.version),
    tokenIds.length
      ? db
          .select({ id: apiTokens.id, name: apiTokens.name, group: apiTokens.groupId })
          .from(apiTokens)
          .where(inArray(apiTokens.id, tokenIds))
      : Promise.resolve([]),
    versionTagsOf(db, ids),
  ]);
  const toRef = (r: (typeof parents)[number]): VersionRef => ({
    id: r.id,
    model: r.model,
    modelName: r.modelName,
    version: r.version,
    status: r.status,
  });
  const parentById = new Map(parents.filter((p) => canView(p, viewer)).map((p) => [p.id, toRef(p)]));
  const tokenById = new Map(tokens.map((t) => [t.id, t]));
  for (const v of versions) {
    const token = v.registeredByTokenId ? tokenById.get(v.registeredByTokenId) : undefined;
    details.set(v.id, {
      artifacts: [],
      metrics: [],
      datasets: [],
      parent: v.parentVersionId === null ? null : (parentById.get(v.parentVersionId) ?? null),
      children: [],
      registeredBy: token ? { tokenId: token.id, name: token.name, group: token.group } : null,
      labels: labelsOf(tags.get(v.id)),
    });
  }
  for (const a of artifacts) details.get(a.versionId)?.artifacts.push(a);
  const measuredOn = await datasetVersionsByIds(db, [
    ...new Set(metrics.map((m) => m.datasetVersionId).filter((id): id is number => id !== null)),
  ]);
  for (const m of metrics) {
    const on = m.datasetVersionId === null ? undefined : measuredOn.get(m.datasetVersionId);
    details.get(m.versionId)?.metrics.push({
      ...m,
      dataset: on && canView(on, viewer) ? { dataset: on.dataset, version: on.version } : null,
    });
  }
  for (const { versionId, visibility, ownerGroupId, ...link } of links) {
    if (canView({ visibility, ownerGroupId }, viewer)) details.get(versionId)?.datasets.push(link);
  }
  for (const child of children) if (canView(child, viewer)) details.get(child.parentId)?.children.push(toRef(child));
  return details;
}
