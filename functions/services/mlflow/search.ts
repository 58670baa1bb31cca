/**
 * SearchRegisteredModels and SearchModelVersions: MLflow filters (parsed by
 * src/lib/mlflow/search-filter.ts), `order_by`, `max_results` with MLflow's limits, and
 * offset page tokens like MLflow's own SQL store (base64 of `{"offset": n}`).
 */
import {
  searchModelVersionIds,
  searchRegisteredModelIds,
  UnsupportedClauseError,
  type ModelOrderKey,
  type OrderTerm,
  type VersionOrderKey,
} from '../../../db/queries/mlflow-search';
import { modelsByIds } from '../../../db/queries/mlflow-names';
import { parseOrderBy } from '../../../src/lib/mlflow/order-by';
import { parseSearchFilter, type FilterClause, type SearchEntity } from '../../../src/lib/mlflow/search-filter';
import type { MlflowModelVersion, MlflowRegisteredModel } from '../../contract/mlflow/schema';
import type { AuthContext } from '../../env';
import type { ServiceContext } from '../../hub';
import { viewerOf } from '../catalog-access';
import { invalidParameter } from './errors';
import { mlflowModelViews, mlflowVersionViews } from './views';

/** MLflow's limits: 100 (at most 1000) models, 10 000 (at most 200 000) versions per call. */
export const MAX_RESULTS = {
  registered_model: { default: 100, max: 1000 },
  model_version: { default: 10_000, max: 200_000 },
} as const;
/** The hub answers at most this many per page (D1 binds at most 100 parameters per query); more pages follow. */
export const HUB_PAGE_CAP = 100;

/** `order_by` items, parsed by src/lib/mlflow/order-by.ts; INVALID_PARAMETER_VALUE naming a bad one. */
export function orderTerms(items: string[], entity: SearchEntity): OrderTerm<VersionOrderKey>[] {
  const parsed = parseOrderBy(items, entity);
  if (!parsed.ok) throw invalidParameter(parsed.message);
  return parsed.orderBy.map((o) => ({ key: o.field, direction: o.ascending ? 'asc' : 'desc' }));
}

function readPageToken(token: string | undefined): number {
  if (!token) return 0;
  try {
    const offset = (JSON.parse(atob(token)) as { offset?: unknown }).offset;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // falls through to the error below
  }
  throw invalidParameter(`Invalid page token '${token}'.`);
}

const pageToken = (offset: number) => btoa(JSON.stringify({ offset }));

function pageSize(maxResults: number | undefined, entity: SearchEntity): number {
  const limits = MAX_RESULTS[entity];
  const wanted = maxResults ?? limits.default;
  if (wanted < 1 || wanted > limits.max) {
    throw invalidParameter(
      `Invalid value for request parameter max_results. It must be at most ${limits.max}, but got value ${wanted}`,
    );
  }
  return Math.min(wanted, HUB_PAGE_CAP);
}

function clausesOf(filter: string | undefined, entity: SearchEntity): FilterClause[] {
  if (!filter?.trim()) return [];
  const parsed = parseSearchFilter(filter, entity);
  if (!parsed.ok) throw invalidParameter(parsed.message);
  return parsed.clauses;
}

async function run<T>(search: () => Promise<T>): Promise<T> {
  try {
    return await search();
  } catch (error) {
    if (error instanceof UnsupportedClauseError) throw invalidParameter(error.message);
    throw error;
  }
}

export interface SearchInput {
  filter?: string | undefined;
  max_results?: number | undefined;
  order_by: string[];
  page_token?: string | undefined;
}

export async function searchRegisteredModels(
  ctx: ServiceContext,
  auth: AuthContext | undefined,
  input: SearchInput,
): Promise<{ registered_models: MlflowRegisteredModel[]; next_page_token?: string }> {
  const clauses = clausesOf(input.filter, 'registered_model');
  const order = orderTerms(input.order_by, 'registered_model') as OrderTerm<ModelOrderKey>[];
  const limit = pageSize(input.max_results, 'registered_model');
  const offset = readPageToken(input.page_token);
  const page = await run(() => searchRegisteredModelIds(ctx.db, viewerOf(auth), clauses, order, { offset, limit }));
  return {
    registered_models: await mlflowModelViews(ctx, await modelsByIds(ctx.db, page.ids)),
    ...(page.more ? { next_page_token: pageToken(offset + limit) } : {}),
  };
}

export async function searchModelVersions(
  ctx: ServiceContext,
  auth: AuthContext | undefined,
  input: SearchInput,
): Promise<{ model_versions: MlflowModelVersion[]; next_page_token?: string }> {
  const clauses = clausesOf(input.filter, 'model_version');
  const order = orderTerms(input.order_by, 'model_version');
  const limit = pageSize(input.max_results, 'model_version');
  const offset = readPageToken(input.page_token);
  const page = await run(() => searchModelVersionIds(ctx.db, viewerOf(auth), clauses, order, { offset, limit }));
  return {
    model_versions: await mlflowVersionViews(ctx, page.ids),
    ...(page.more ? { next_page_token: pageToken(offset + limit) } : {}),
  };
}
