import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { datasets, models, tools } from '../schema';

/** How many public pages of each kind the sitemap lists. */
export interface SitemapCounts {
  tools: number;
  models: number;
  modelVersions: number;
  datasets: number;
  hardware: number;
}

/** One page of a sitemap section: `limit` rows from `offset`, in a stable order. */
export interface SitemapSlice {
  limit: number;
  offset: number;
}

export interface SitemapRow {
  slug: string;
  updatedAt: Date;
}

export interface SitemapVersionRow extends SitemapRow {
  version: number;
}

export async function sitemapCounts(db: Db): Promise<SitemapCounts> {
  const [row] = await db.all<SitemapCounts>(sql`select
    (select count(*) from tools where status = 'published') as tools,
    (select count(*) from models where visibility = 'public' and archived_at is null) as models,
    (select count(*) from model_versions v join models m on m.id = v.model_id
      where m.visibility = 'public' and m.archived_at is null and v.archived_at is null) as modelVersions,
    (select count(*) from datasets where visibility = 'public' and archived_at is null) as datasets,
    (select count(*) from hardware_pools) as hardware`);
  return {
    tools: row?.tools ?? 0,
    models: row?.models ?? 0,
    modelVersions: row?.modelVersions ?? 0,
    datasets: row?.datasets ?? 0,
    hardware: row?.hardware ?? 0,
  };
}

export function sitemapTools(db: Db, slice: SitemapSlice): Promise<SitemapRow[]> {
  return db
    .select({ slug: tools.slug, updatedAt: tools.updatedAt })
    .from(tools)
    .where(eq(tools.status, 'published'))
    .orderBy(asc(tools.id))
    .limit(slice.limit)
    .offset(slice.offset);
}

export function sitemapModels(db: Db, slice: SitemapSlice): Promise<SitemapRow[]> {
  return db
    .select({ slug: models.slug, updatedAt: models.updatedAt })
    .from(models)
    .where(sql`${models.visibility} = 'public' and ${models.archivedAt} is null`)
    .orderBy(asc(models.id))
    .limit(slice.limit)
    .offset(slice.offset);
}

/**
 * Versions of public models in (model, version) order. CROSS JOIN keeps SQLite walking the
 * versions' (model_id, version) index in order, looking each model up by id: no sort of every
 * version, so a file deep in 100,000 versions costs tens of milliseconds.
 */
export async function sitemapModelVersions(db: Db, slice: SitemapSlice): Promise<SitemapVersionRow[]> {
  const rows = await db.all<{ slug: string; version: number; updatedAt: number }>(sql`
    select m.slug as slug, v.version as version, v.updated_at as updatedAt
    from model_versions v cross join models m on m.id = v.model_id
    where m.visibility = 'public' and m.archived_at is null and v.archived_at is null
    order by v.model_id, v.version
    limit ${slice.limit} offset ${slice.offset}`);
  return rows.map((r) => ({ slug: r.slug, version: r.version, updatedAt: new Date(r.updatedAt) }));
}

export function sitemapDatasets(db: Db, slice: SitemapSlice): Promise<SitemapRow[]> {
  return db
    .select({ slug: datasets.slug, updatedAt: datasets.updatedAt })
    .from(datasets)
    .where(sql`${datasets.visibility} = 'public' and ${datasets.archivedAt} is null`)
    .orderBy(asc(datasets.id))
    .limit(slice.limit)
    .offset(slice.offset);
}
