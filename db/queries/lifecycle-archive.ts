import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import {
  catalogAudit,
  datasets,
  datasetVersions,
  models,
  modelVersions,
  type CatalogAuditKind,
  type NewCatalogAuditEntry,
} from '../schema';
import type { BatchStatement } from './batch-helpers';

/** Why a delete is refused: one line a person can act on, with the reference that blocks it. */
export interface DeleteBlocker {
  /** `alias`, `alias_history`, `lineage`, `deployment`, `hpo_trial`, `retrain_policy`, `training_data`, `metric`. */
  reason: string;
  /** What is blocked: `v3`, `v2024.1`, or the entry itself (`model`, `dataset`). */
  subject: string;
  message: string;
}

const TABLES = {
  model: models,
  model_version: modelVersions,
  dataset: datasets,
  dataset_version: datasetVersions,
} as const;

/** Sets (or clears, with `at` null) the archive columns of one row. */
export function setArchivedStatement(
  db: Db,
  kind: CatalogAuditKind,
  id: number,
  at: Date | null,
  groupId: string | null,
): BatchStatement {
  const table = TABLES[kind];
  return db
    .update(table)
    .set({ archivedAt: at, archivedByGroupId: at ? groupId : null })
    .where(sql`${table.id} = ${id}`);
}

export function deleteRowStatement(db: Db, kind: CatalogAuditKind, id: number): BatchStatement {
  const table = TABLES[kind];
  return db.delete(table).where(sql`${table.id} = ${id}`);
}

export function auditStatement(db: Db, entry: NewCatalogAuditEntry): BatchStatement {
  return db.insert(catalogAudit).values(entry);
}

export async function listAudit(db: Db, kind: CatalogAuditKind, recordId: number) {
  return db
    .select()
    .from(catalogAudit)
    .where(sql`${catalogAudit.kind} = ${kind} and ${catalogAudit.recordId} = ${recordId}`)
    .orderBy(catalogAudit.id);
}

const ids = (list: number[]) =>
  sql.join(
    list.map((id) => sql`${id}`),
    sql`, `,
  );

/**
 * What refers to these model versions and would be lost or left dangling by deleting them.
 * `ownModel`: the versions go with their whole model, so references from inside that model
 * (its aliases and their history, its own lineage, its studies) go too and do not count.
 */
export async function modelVersionBlockers(
  db: Db,
  versionIds: number[],
  ownModel?: { id: number; slug: string },
): Promise<DeleteBlocker[]> {
  if (versionIds.length === 0) return [];
  const list = ids(versionIds);
  const outside: SQL = ownModel ? sql`and c.model_id <> ${ownModel.id}` : sql``;
  const [aliases, history, children, deployments, trials] = await Promise.all([
    db.all<{ alias: string; version: number; slug: string }>(sql`
      select a.name as alias, v.version as version, m.slug as slug from model_aliases a
      join model_versions v on v.id = a.version_id join models m on m.id = v.model_id
      where a.version_id in (${list}) order by v.version, a.name`),
    ownModel
      ? Promise.resolve([])
      : db.all<{ alias: string; version: number }>(sql`
      select distinct h.alias as alias, v.version as version from model_alias_history h
      join model_versions v on v.id in (h.from_version_id, h.to_version_id)
      where v.id in (${list}) order by v.version, h.alias`),
    db.all<{ version: number; child: string; childVersion: number }>(sql`
      select p.version as version, cm.slug as child, c.version as childVersion from model_versions c
      join model_versions p on p.id = c.parent_version_id join models cm on cm.id = c.model_id
      where c.parent_version_id in (${list}) ${outside} order by p.version, cm.slug, c.version`),
    db.all<{ version: number; total: number; running: number }>(sql`
      select v.version as version, count(*) as total, sum(d.ended_at is null) as running from model_deployments d
      join model_versions v on v.id = d.version_id where d.version_id in (${list})
      group by v.version order by v.version`),
    db.all<{ version: number; study: string; trial: number }>(sql`
      select v.version as version, s.slug as study, t.number as trial from hpo_trials t
      join hpo_studies s on s.id = t.study_id join model_versions v on v.id = t.promoted_version_id
      where t.promoted_version_id in (${list}) ${ownModel ? sql`and s.model_id <> ${ownModel.id}` : sql``}`),
  ]);
  const blockers: DeleteBlocker[] = [];
  for (const a of aliases) {
    blockers.push({
      reason: 'alias',
      subject: `v${a.version}`,
      message: `Alias "${a.alias}" points at v${a.version}: move it (PUT /api/models/${a.slug}/aliases/${a.alias}) or remove it (DELETE) first.`,
    });
  }
  for (const h of history) {
    blockers.push({
      reason: 'alias_history',
      subject: `v${h.version}`,
      message: `The history of alias "${h.alias}" names v${h.version} and is kept for good: archive the version instead.`,
    });
  }
  for (const c of children) {
    blockers.push({
      reason: 'lineage',
      subject: `v${c.version}`,
      message: `${c.child} v${c.childVersion} was trained from v${c.version} (its parent): archive v${c.version} instead, or delete that version first.`,
    });
  }
  for (const d of deployments) {
    blockers.push({
      reason: 'deployment',
      subject: `v${d.version}`,
      message: `v${d.version} has ${d.total} deployment record(s) (${d.running} still running); deployment history is kept: archive it instead.`,
    });
  }
  for (const t of trials) {
    blockers.push({
      reason: 'hpo_trial',
      subject: `v${t.version}`,
      message: `Trial ${t.trial} of HPO study "${t.study}" was promoted to v${t.version}: archive the version instead.`,
    });
  }
  return blockers;
}

/** Everything that keeps a whole model from being deleted: its versions' outside references and its retrain policies. */
export async function modelBlockers(db: Db, model: { id: number; slug: string }): Promise<DeleteBlocker[]> {
  const versions = await db
    .select({ id: modelVersions.id })
    .from(modelVersions)
    .where(sql`${modelVersions.modelId} = ${model.id}`);
  const [versionBlockers, policies] = await Promise.all([
    modelVersionBlockers(
      db,
      versions.map((v) => v.id),
      model,
    ),
    db.all<{ id: string; kind: string }>(
      sql`select id, kind from retrain_policies where model_id = ${model.id} order by created_at`,
    ),
  ]);
  return [
    ...versionBlockers,
    ...policies.map((p) => ({
      reason: 'retrain_policy',
      subject: 'model',
      message: `Retrain policy ${p.id} (${p.kind}) belongs to the model: remove it (DELETE /api/models/${model.slug}/retrain-policies/${p.id}) or archive the model instead.`,
    })),
  ];
}

/** What refers to these dataset versions: model versions trained or evaluated on them, metrics measured on them. */
export async function datasetVersionBlockers(db: Db, versionIds: number[]): Promise<DeleteBlocker[]> {
  if (versionIds.length === 0) return [];
  const list = ids(versionIds);
  const [uses, metrics] = await Promise.all([
    db.all<{ version: string; model: string; modelVersion: number; role: string }>(sql`
      select dv.version as version, m.slug as model, v.version as modelVersion, u.role as role
      from model_version_datasets u join dataset_versions dv on dv.id = u.dataset_version_id
      join model_versions v on v.id = u.version_id join models m on m.id = v.model_id
      where u.dataset_version_id in (${list}) order by dv.version, m.slug, v.version`),
    db.all<{ version: string; model: string; modelVersion: number; n: number }>(sql`
      select dv.version as version, m.slug as model, v.version as modelVersion, count(*) as n
      from model_metrics mm join dataset_versions dv on dv.id = mm.dataset_version_id
      join model_versions v on v.id = mm.version_id join models m on m.id = v.model_id
      where mm.dataset_version_id in (${list}) group by dv.id, v.id order by dv.version, m.slug, v.version`),
  ]);
  return [
    ...uses.map((u) => ({
      reason: 'training_data',
      subject: u.version,
      message: `${u.model} v${u.modelVersion} names dataset version ${u.version} as its ${u.role} data (lineage): archive the dataset version instead.`,
    })),
    ...metrics.map((m) => ({
      reason: 'metric',
      subject: m.version,
      message: `${m.model} v${m.modelVersion} has ${m.n} metric(s) measured on dataset version ${m.version}: archive the dataset version instead.`,
    })),
  ];
}

/** Everything that keeps a whole dataset from being deleted: its versions' references and retrain policies watching it. */
export async function datasetBlockers(db: Db, dataset: { id: number; slug: string }): Promise<DeleteBlocker[]> {
  const versions = await db
    .select({ id: datasetVersions.id })
    .from(datasetVersions)
    .where(sql`${datasetVersions.datasetId} = ${dataset.id}`);
  const [versionBlockers, policies] = await Promise.all([
    datasetVersionBlockers(
      db,
      versions.map((v) => v.id),
    ),
    db.all<{ id: string; model: string }>(sql`
      select p.id as id, m.slug as model from retrain_policies p join models m on m.id = p.model_id
      where p.kind = 'dataset_version' and json_extract(p.config, '$.dataset') = ${dataset.slug}`),
  ]);
  return [
    ...versionBlockers,
    ...policies.map((p) => ({
      reason: 'retrain_policy',
      subject: 'dataset',
      message: `Retrain policy ${p.id} of model "${p.model}" watches this dataset: remove it (DELETE /api/models/${p.model}/retrain-policies/${p.id}) or archive the dataset instead.`,
    })),
  ];
}
