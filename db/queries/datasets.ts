import { asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { CursorValue } from '../../src/lib/cursor';
import type { DatasetFormat } from '../../src/lib/catalog-vocabulary';
import { toFtsQuery } from '../../src/lib/fts-query';
import type { Db } from '../client';
import { datasets, type Dataset, type NewDataset } from '../schema';
import { afterCursor, allOf, toPage, type Page, type SortOrder } from './keyset';
import { anyOf, lowerIn, type OneOrMany } from './filter-values';
import { visibleTo, type Viewer } from './viewer';

/** Each facet filter takes one value or several (any of them matches); facets combine with AND. */
export interface DatasetFilters {
  group?: OneOrMany<string>;
  format?: OneOrMany<DatasetFormat>;
  tag?: string | undefined;
  license?: OneOrMany<string>;
  q?: string | undefined;
}

export type DatasetSort = 'name' | 'updated';

/** A dataset with figures about its versions, as lists show it. */
export interface DatasetListRow extends Dataset {
  versionCount: number;
  latestVersion: string | null;
  latestBytes: number | null;
}

function filterConditions(filters: DatasetFilters, viewer: Viewer | undefined): (SQL | undefined)[] {
  // Archived datasets stay resolvable by slug but leave every list.
  const conditions: (SQL | undefined)[] = [
    visibleTo(datasets.visibility, datasets.ownerGroupId, viewer),
    sql`${datasets.archivedAt} is null`,
  ];
  const group = anyOf(filters.group);
  const format = anyOf(filters.format);
  const license = anyOf(filters.license);
  if (group.length) conditions.push(inArray(datasets.ownerGroupId, group));
  if (format.length) conditions.push(inArray(datasets.format, format));
  if (license.length) conditions.push(lowerIn(sql`${datasets.license}`, license));
  if (filters.tag)
    conditions.push(
      sql`exists (select 1 from json_each(${datasets.tags}) where lower(json_each.value) = lower(${filters.tag}))`,
    );
  if (filters.q !== undefined) {
    const match = toFtsQuery(filters.q);
    // The index holds public datasets only; a query with no searchable words matches nothing.
    conditions.push(
      match
        ? sql`${datasets.id} * 4 + 3 in (select rowid from search_documents where search_documents match ${match})`
        : sql`0`,
    );
  }
  return conditions;
}

// Correlated subqueries name the outer table in raw SQL: drizzle renders `datasets.id` as a
// bare "id" in single-table selects, which the subquery would resolve to its own table's id.
const latest = (column: SQL) =>
  sql`(select ${column} from dataset_versions dv where dv.dataset_id = datasets.id order by dv.created_at desc, dv.id desc limit 1)`;

const listColumns = {
  versionCount: sql<number>`(select count(*) from dataset_versions dv where dv.dataset_id = datasets.id)`.mapWith(
    Number,
  ),
  latestVersion: sql<string | null>`${latest(sql`dv.version`)}`,
  latestBytes: sql<number | null>`${latest(sql`dv.bytes`)}`,
};

export async function listDatasets(
  db: Db,
  filters: DatasetFilters,
  viewer: Viewer | undefined,
  options: { sort: DatasetSort; order: SortOrder; limit: number; after?: CursorValue[] | undefined; offset?: number },
): Promise<Page<DatasetListRow>> {
  const key = options.sort === 'name' ? sql`lower(${datasets.name})` : sql`${datasets.updatedAt}`;
  const direction = options.order === 'asc' ? asc : desc;
  const rows = await db
    .select({ dataset: datasets, ...listColumns })
    .from(datasets)
    .where(allOf([...filterConditions(filters, viewer), afterCursor(key, datasets.id, options.order, options.after)]))
    .orderBy(direction(key), direction(datasets.id))
    .limit(options.limit + 1)
    .offset(options.offset ?? 0);
  const page = toPage(rows, options.limit, (r) => [
    options.sort === 'name' ? r.dataset.name.toLowerCase() : r.dataset.updatedAt.getTime(),
    r.dataset.id,
  ]);
  return { items: page.items.map(({ dataset, ...stats }) => ({ ...dataset, ...stats })), next: page.next };
}

export async function countDatasets(db: Db, filters: DatasetFilters, viewer: Viewer | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(datasets)
    .where(allOf(filterConditions(filters, viewer)));
  return row?.n ?? 0;
}

export async function getDatasetBySlug(db: Db, slug: string): Promise<Dataset | undefined> {
  const [row] = await db.select().from(datasets).where(eq(datasets.slug, slug));
  return row;
}

export async function getDatasetsByIds(db: Db, ids: number[]): Promise<Dataset[]> {
  if (ids.length === 0) return [];
  return db.select().from(datasets).where(inArray(datasets.id, ids));
}

/** Every public dataset, by name (the site build). */
export async function listPublicDatasets(db: Db): Promise<DatasetListRow[]> {
  const rows = await db
    .select({ dataset: datasets, ...listColumns })
    .from(datasets)
    .where(sql`${datasets.visibility} = 'public' and ${datasets.archivedAt} is null`)
    .orderBy(sql`lower(${datasets.name})`, datasets.id);
  return rows.map(({ dataset, ...stats }) => ({ ...dataset, ...stats }));
}

/** Inserts a dataset; undefined when the slug is taken (the caller answers 409). */
export async function insertDataset(db: Db, values: NewDataset): Promise<Dataset | undefined> {
  const rows = await db.insert(datasets).values(values).onConflictDoNothing({ target: datasets.slug }).returning();
  return rows[0];
}

/** Throws a unique violation when a new slug is taken. */
export async function updateDataset(db: Db, id: number, changes: Partial<NewDataset>): Promise<Dataset | undefined> {
  const [row] = await db
    .update(datasets)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(datasets.id, id))
    .returning();
  return row;
}

export async function getDatasetListRow(db: Db, id: number): Promise<DatasetListRow | undefined> {
  const [row] = await db
    .select({ dataset: datasets, ...listColumns })
    .from(datasets)
    .where(eq(datasets.id, id));
  return (
    row && {
      ...row.dataset,
      versionCount: row.versionCount,
      latestVersion: row.latestVersion,
      latestBytes: row.latestBytes,
    }
  );
}
