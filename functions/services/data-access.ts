/**
 * Storage-access benchmark results (issue 17, part 3): recorded by a token (REST) or a signed
 * `benchmark.data_access.reported` event, listed by the API and the /benchmarks/storage/ pages.
 */
import { isUniqueViolation } from '../../db/errors';
import { tokenName } from '../../db/queries/benchmark-results';
import {
  countDataAccessResults,
  dataAccessFacetValues,
  getDataAccessResult,
  insertDataAccessResult,
  listDataAccessResults,
  type DataAccessFacetValues,
  type DataAccessFilters,
  type DataAccessSort,
} from '../../db/queries/data-access';
import { getDatasetBySlug } from '../../db/queries/datasets';
import { getPoolBySlug } from '../../db/queries/hardware';
import type { SortOrder } from '../../db/queries/keyset';
import { PUBLIC_VIEWER, type Viewer } from '../../db/queries/viewer';
import type { NewDataAccessResultRow } from '../../db/schema';
import { cacheTags, type PublicChange } from '../../src/lib/cache-tags';
import { pageWindow, type PageWindow } from '../../src/lib/pagination';
import { BenchmarkRejection } from '../benchmarks/prepare-result';
import { prepareDataAccessResult } from '../benchmarks/prepare-data-access';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { hasScope } from '../middleware/auth';
import { nextCursorOf, pageLimit, readCursor } from '../pagination';
import { viewerOf } from './catalog-access';
import { toDataAccessResponse } from '../contract/data-access/responses';
import type { DataAccessCreate, DataAccessListQuery, DataAccessResultJson } from '../contract/data-access/schema';

export type { DataAccessFacetValues, DataAccessFilters, DataAccessResultJson, DataAccessSort };

/** Concurrency and time to first byte read best smallest first; everything else largest first. */
export const defaultDataAccessOrder = (sort: DataAccessSort): SortOrder =>
  sort === 'concurrency' || sort === 'ttfb' ? 'asc' : 'desc';

/** The pages a stored storage result changes: the benchmark lists and the pool it names. */
export function dataAccessChange(row: Pick<NewDataAccessResultRow, 'id'>, poolSlug: string | undefined): PublicChange {
  return {
    reason: `data-access result ${row.id}`,
    tags: [cacheTags.benchmarks, ...(poolSlug ? [cacheTags.hardwarePool(poolSlug)] : [])],
  };
}

/**
 * A storage result posted with a `write` token. It belongs to the token's group (a token without
 * group cannot post, except an admin's); a correction (`supersedes`) only by that group or an admin.
 */
export async function recordDataAccess(
  ctx: WriteContext,
  auth: AuthContext,
  body: DataAccessCreate,
): Promise<DataAccessResultJson> {
  const admin = hasScope(auth, 'admin');
  if (!auth.groupId && !admin)
    throw new ApiError(
      403,
      'forbidden',
      'Your token belongs to no group, so it cannot record results; ask an admin for a group token.',
    );
  let row: NewDataAccessResultRow;
  try {
    row = await prepareDataAccessResult({
      db: ctx.db,
      record: body,
      source: body.provenance.source ?? 'ci',
      submitter: (await tokenName(ctx.db, auth.tokenId)) ?? auth.tokenId,
      viewer: viewerOf(auth)!,
      ownerGroupId: auth.groupId,
      tokenId: auth.tokenId,
      now: new Date(),
    });
  } catch (error) {
    if (error instanceof BenchmarkRejection)
      throw new ApiError(
        error.status,
        error.code,
        error.message,
        error.issues.length ? { issues: error.issues.map((i) => ({ in: 'body', ...i })) } : undefined,
      );
    throw error;
  }
  try {
    await insertDataAccessResult(ctx.db, row);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ApiError(
        409,
        'conflict',
        `Result "${row.supersedesId}" was superseded by another result just now; supersede that one instead.`,
      );
    throw error;
  }
  if (row.visibility === 'public') ctx.hooks.onPublicChange?.(dataAccessChange(row, body.hardwarePool));
  return toDataAccessResponse((await getDataAccessResult(ctx.db, row.id))!);
}

/** The list filters of a query; an unknown pool or dataset matches nothing (an empty list, not a 404). */
async function filtersOf(ctx: ServiceContext, query: Partial<DataAccessListQuery>): Promise<DataAccessFilters> {
  const pool = query.pool ? await getPoolBySlug(ctx.db, query.pool) : undefined;
  const dataset = query.dataset ? await getDatasetBySlug(ctx.db, query.dataset) : undefined;
  return {
    storage: query.storage,
    protocol: query.protocol,
    format: query.format,
    reader: query.reader,
    cache: query.cache,
    concurrency: query.concurrency,
    poolId: query.pool ? (pool?.id ?? -1) : undefined,
    datasetId: query.dataset ? (dataset?.id ?? -1) : undefined,
    source: query.source,
    valid: query.valid,
    includeSuperseded: query.superseded === 'include',
  };
}

export interface DataAccessListPage {
  items: DataAccessResultJson[];
  nextCursor: string | null;
  total: number;
}

/** GET /api/benchmarks/data-access: a page of the results the viewer may see, with a cursor. */
export async function listDataAccess(
  ctx: ServiceContext,
  viewer: Viewer | undefined,
  query: DataAccessListQuery,
): Promise<DataAccessListPage> {
  const filters = await filtersOf(ctx, query);
  const limit = pageLimit(query.limit, ctx.config.pageSize);
  const after = readCursor(query.cursor, 2);
  const order = query.order ?? defaultDataAccessOrder(query.sort);
  const [page, total] = await Promise.all([
    listDataAccessResults(ctx.db, filters, viewer, { sort: query.sort, order, limit, after }),
    countDataAccessResults(ctx.db, filters, viewer),
  ]);
  return { items: page.items.map(toDataAccessResponse), nextCursor: nextCursorOf(page.next), total };
}

/** One result; undefined when there is none the viewer (by default: anyone) may see. */
export async function getDataAccess(
  { db }: ServiceContext,
  id: string,
  viewer: Viewer | undefined = PUBLIC_VIEWER,
): Promise<DataAccessResultJson | undefined> {
  const row = await getDataAccessResult(db, id);
  if (!row) return undefined;
  const visible =
    row.visibility === 'public' ||
    !!viewer?.admin ||
    (!!viewer?.groupId && !!row.ownerGroupId && viewer.groupId === row.ownerGroupId);
  return visible ? toDataAccessResponse(row) : undefined;
}

export async function requireDataAccess(
  ctx: ServiceContext,
  id: string,
  viewer: Viewer | undefined,
): Promise<DataAccessResultJson> {
  const found = await getDataAccess(ctx, id, viewer);
  if (!found) throw notFound(`Data-access result "${id}"`);
  return found;
}

export interface DataAccessPage {
  window: PageWindow;
  items: DataAccessResultJson[];
}

/** Page `page` (the raw `?page=`) of the public results matching the query; null: no such page (404). */
export async function dataAccessPage(
  ctx: ServiceContext,
  input: { query: Partial<DataAccessListQuery>; page: string | null; pageSize: number },
): Promise<DataAccessPage | null> {
  const filters = await filtersOf(ctx, input.query);
  const total = await countDataAccessResults(ctx.db, filters, PUBLIC_VIEWER);
  const window = pageWindow(input.page, total, input.pageSize);
  if (!window) return null;
  const sort = input.query.sort ?? 'recorded';
  const page = await listDataAccessResults(ctx.db, filters, PUBLIC_VIEWER, {
    sort,
    order: input.query.order ?? defaultDataAccessOrder(sort),
    limit: input.pageSize,
    offset: window.offset,
  });
  return { window, items: page.items.map(toDataAccessResponse) };
}

/** Every current public result matching the filters, up to `limit` (the chart and the input-bound picker). */
export async function dataAccessSeriesResults(
  ctx: ServiceContext,
  query: Partial<DataAccessListQuery>,
  limit = 500,
): Promise<DataAccessResultJson[]> {
  const filters = await filtersOf(ctx, query);
  const page = await listDataAccessResults(ctx.db, filters, PUBLIC_VIEWER, {
    sort: 'concurrency',
    order: 'asc',
    limit,
  });
  return page.items.map(toDataAccessResponse);
}

/** The values the public storage list can be filtered by. */
export function dataAccessFacets({ db }: ServiceContext): Promise<DataAccessFacetValues> {
  return dataAccessFacetValues(db, PUBLIC_VIEWER);
}
