import { asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { CursorValue } from '../../src/lib/cursor';
import type { ModelTask } from '../../src/lib/catalog-vocabulary';
import { toFtsQuery } from '../../src/lib/fts-query';
import type { Db } from '../client';
import { models, type Model, type NewModel } from '../schema';
import { afterCursor, allOf, toPage, type Page, type SortOrder } from './keyset';
import { anyOf, lowerIn, type OneOrMany } from './filter-values';
import { visibleTo, type Viewer } from './viewer';

/** Each facet filter takes one value or several (any of them matches); facets combine with AND. */
export interface ModelFilters {
  group?: OneOrMany<string>;
  task?: OneOrMany<ModelTask>;
  tag?: string | undefined;
  license?: OneOrMany<string>;
  framework?: OneOrMany<string>;
  format?: OneOrMany<string>;
  precision?: OneOrMany<string>;
  q?: string | undefined;
}

export type ModelSort = 'name' | 'updated' | 'created';

/** A model with figures about its versions, as lists show it. */
export interface ModelListRow extends Model {
  versionCount: number;
  latestVersion: number | null;
  productionVersion: number | null;
}

function artifactCondition(column: 'framework' | 'format' | 'precision', values: readonly string[]): SQL {
  return sql`exists (select 1 from model_versions v join model_artifacts a on a.version_id = v.id
    where v.model_id = models.id and a.${sql.raw(column)} in (${sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    )}))`;
}

function filterConditions(filters: ModelFilters, viewer: Viewer | undefined): (SQL | undefined)[] {
  // Archived models stay resolvable by slug but leave every list.
  const conditions: (SQL | undefined)[] = [
    visibleTo(models.visibility, models.ownerGroupId, viewer),
    sql`${models.archivedAt} is null`,
  ];
  const group = anyOf(filters.group);
  const task = anyOf(filters.task);
  const license = anyOf(filters.license);
  if (group.length) conditions.push(inArray(models.ownerGroupId, group));
  if (task.length) conditions.push(inArray(models.task, task));
  if (license.length) conditions.push(lowerIn(sql`${models.license}`, license));
  if (filters.tag)
    conditions.push(
      sql`exists (select 1 from json_each(${models.tags}) where lower(json_each.value) = lower(${filters.tag}))`,
    );
  for (const column of ['framework', 'format', 'precision'] as const) {
    const values = anyOf(filters[column]);
    if (values.length) conditions.push(artifactCondition(column, values));
  }
  if (filters.q !== undefined) {
    const match = toFtsQuery(filters.q);
    // The index holds public models only; a query with no searchable words matches nothing.
    conditions.push(
      match
        ? sql`${models.id} * 4 + 2 in (select rowid from search_documents where search_documents match ${match})`
        : sql`0`,
    );
  }
  return conditions;
}

// Correlated subqueries name the outer table in raw SQL: drizzle renders `models.id` as a bare
// "id" in single-table selects, which the subquery would resolve to its own table's id.
const listColumns = {
  versionCount:
    sql<number>`(select count(*) from model_versions v where v.model_id = models.id and v.archived_at is null)`.mapWith(
      Number,
    ),
  latestVersion: sql<number | null>`(select max(v.version) from model_versions v where v.model_id = models.id)`,
  productionVersion: sql<
    number | null
  >`(select v.version from model_aliases a join model_versions v on v.id = a.version_id
    where a.model_id = models.id and a.name = 'production')`,
};

function sortKey(sort: ModelSort): SQL {
  if (sort === 'name') return sql`lower(${models.name})`;
  return sort === 'updated' ? sql`${models.updatedAt}` : sql`${models.createdAt}`;
}

export async function listModels(
  db: Db,
  filters: ModelFilters,
  viewer: Viewer | undefined,
  options: { sort: ModelSort; order: SortOrder; limit: number; after?: CursorValue[] | undefined; offset?: number },
): Promise<Page<ModelListRow>> {
  const key = sortKey(options.sort);
  const direction = options.order === 'asc' ? asc : desc;
  const rows = await db
    .select({ model: models, ...listColumns })
    .from(models)
    .where(allOf([...filterConditions(filters, viewer), afterCursor(key, models.id, options.order, options.after)]))
    .orderBy(direction(key), direction(models.id))
    .limit(options.limit + 1)
    .offset(options.offset ?? 0);
  const page = toPage(rows, options.limit, ({ model }) => [
    options.sort === 'name'
      ? model.name.toLowerCase()
      : (options.sort === 'updated' ? model.updatedAt : model.createdAt).getTime(),
    model.id,
  ]);
  return { items: page.items.map(({ model, ...stats }) => ({ ...model, ...stats })), next: page.next };
}

export async function countModels(db: Db, filters: ModelFilters, viewer: Viewer | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(models)
    .where(allOf(filterConditions(filters, viewer)));
  return row?.n ?? 0;
}

/** Every public model, by name (the site build). */
export async function listPublicModels(db: Db): Promise<ModelListRow[]> {
  const rows = await db
    .select({ model: models, ...listColumns })
    .from(models)
    .where(sql`${models.visibility} = 'public' and ${models.archivedAt} is null`)
    .orderBy(sql`lower(${models.name})`, models.id);
  return rows.map(({ model, ...stats }) => ({ ...model, ...stats }));
}

export async function getModelBySlug(db: Db, slug: string): Promise<Model | undefined> {
  const [row] = await db.select().from(models).where(eq(models.slug, slug));
  return row;
}

export async function getModelListRow(db: Db, id: number): Promise<ModelListRow | undefined> {
  const [row] = await db
    .select({ model: models, ...listColumns })
    .from(models)
    .where(eq(models.id, id));
  return (
    row && {
      ...row.model,
      versionCount: row.versionCount,
      latestVersion: row.latestVersion,
      productionVersion: row.productionVersion,
    }
  );
}

/** Inserts a model; undefined when the slug is taken (the caller answers 409). */
export async function insertModel(db: Db, values: NewModel): Promise<Model | undefined> {
  const rows = await db.insert(models).values(values).onConflictDoNothing({ target: models.slug }).returning();
  return rows[0];
}

/** Throws a unique violation when a new slug is taken. */
export async function updateModel(db: Db, id: number, changes: Partial<NewModel>): Promise<Model | undefined> {
  const [row] = await db
    .update(models)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(models.id, id))
    .returning();
  return row;
}

/** The artifact formats each model's versions ship, for list rows. */
export async function artifactFormatsOf(db: Db, modelIds: number[]): Promise<Map<number, string[]>> {
  if (modelIds.length === 0) return new Map();
  const rows = await db.all<{ modelId: number; format: string }>(sql`
    select distinct v.model_id as modelId, a.format as format
    from model_versions v join model_artifacts a on a.version_id = v.id
    where v.model_id in (${sql.join(modelIds, sql`, `)})
    order by a.format`);
  const formats = new Map<number, string[]>();
  for (const { modelId, format } of rows) formats.set(modelId, [...(formats.get(modelId) ?? []), format]);
  return formats;
}
