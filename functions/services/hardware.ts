import type { z } from '@hono/zod-openapi';
import { isUniqueViolation } from '../../db/errors';
import {
  capacityHistory as capacityHistoryRows,
  countPools,
  getPoolBySlug,
  insertCapacityReport,
  insertPool,
  latestCapacity,
  listAllPools,
  listPoolsByName,
  type PoolFilters,
  listPools as listPoolRows,
  publishedToolSlugs,
  updatePool,
} from '../../db/queries/hardware';
import type { HardwarePool, NewHardwarePool } from '../../db/schema';
import type { CapacitySource } from '../../src/lib/hardware-vocabulary';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { hasScope } from '../middleware/auth';
import { nextCursorOf, pageLimit, readCursor } from '../pagination';
import { publicChange } from '../public-change';
import { resolveOwnerGroup } from './catalog-access';
import {
  toCapacityResponse,
  toPoolResponse,
  type CapacityHistorySchema,
  type CapacityReportCreateSchema,
  type CapacityReportSchema,
  type PoolCreateSchema,
  type PoolListQuerySchema,
  type PoolListSchema,
  type PoolPatchSchema,
  type PoolSchema,
} from '../contract/hardware/schema';

/** A pool as the API answers it and the pages show it. */
export type PoolData = z.infer<typeof PoolSchema>;
export type PoolList = z.infer<typeof PoolListSchema>;
export type PoolListQuery = z.output<typeof PoolListQuerySchema>;
export type PoolCreate = z.output<typeof PoolCreateSchema>;
export type PoolPatch = z.output<typeof PoolPatchSchema>;
export type CapacityReportInput = z.output<typeof CapacityReportCreateSchema>;
export type CapacityReportData = z.infer<typeof CapacityReportSchema>;
export type CapacityHistory = z.infer<typeof CapacityHistorySchema>;

/** Who sends a capacity report: a token of the owner group (or an admin), or a webhook source of that group. */
export type CapacityReporter =
  { source: 'api'; auth: AuthContext } | { source: 'webhook'; sourceId: string; groupId: string | null };

async function withCapacity(ctx: ServiceContext, pools: HardwarePool[]): Promise<PoolData[]> {
  const latest = await latestCapacity(
    ctx.db,
    pools.map((p) => p.id),
  );
  return pools.map((p) => toPoolResponse(p, latest.get(p.id), ctx.config.publicUrl));
}

/** A page of pools, filtered by accelerator kind, zone, scheduler and availability (GET /api/hardware). */
export async function listPools(ctx: ServiceContext, query: PoolListQuery): Promise<PoolList> {
  const filters = {
    accelerator: query.accelerator,
    zone: query.zone,
    scheduler: query.scheduler,
    availability: query.availability,
  };
  const limit = pageLimit(query.limit, ctx.config.pageSize);
  const after = readCursor(query.cursor, 2, ['string', 'number']);
  const [page, total] = await Promise.all([
    listPoolRows(ctx.db, filters, { limit, after }),
    countPools(ctx.db, filters),
  ]);
  return { items: await withCapacity(ctx, page.items), nextCursor: nextCursorOf(page.next), total };
}

async function poolOr404(ctx: Pick<ServiceContext, 'db'>, slug: string): Promise<HardwarePool> {
  const pool = await getPoolBySlug(ctx.db, slug);
  if (!pool) throw notFound(`Hardware pool "${slug}"`);
  return pool;
}

export async function getPool(ctx: ServiceContext, slug: string): Promise<PoolData> {
  const [pool] = await withCapacity(ctx, [await poolOr404(ctx, slug)]);
  return pool!;
}

/** Every pool with its latest capacity, by name: the directory page (pools are few). */
export async function listDirectoryPools(ctx: ServiceContext): Promise<PoolData[]> {
  return withCapacity(ctx, await listAllPools(ctx.db));
}

/** One numbered page of the pools the filter leaves, by name, with their latest capacity (the /hardware/ directory). */
export async function listPoolsPage(
  ctx: ServiceContext,
  filters: PoolFilters,
  page: { limit: number; offset: number },
): Promise<PoolData[]> {
  return withCapacity(ctx, await listPoolsByName(ctx.db, filters, page));
}

/** A 400 naming each listed tool slug that is not a published tool of the directory. */
async function assertToolsExist(ctx: Pick<ServiceContext, 'db'>, slugs: readonly string[]): Promise<void> {
  const known = await publishedToolSlugs(ctx.db, slugs);
  const issues = slugs
    .map((slug, i) => ({ slug, i }))
    .filter(({ slug }) => !known.has(slug))
    .map(({ slug, i }) => ({
      in: 'body',
      path: `tools.${i}`,
      message: `There is no published tool "${slug}" (see GET /api/tools).`,
      code: 'unknown_tool',
    }));
  if (issues.length > 0) {
    throw new ApiError(400, 'validation_failed', `Unknown tool "${issues[0]!.path}": ${issues[0]!.message}`, {
      issues,
    });
  }
}

/** Writers of the pool's group, or admins; an ownerless pool (the seeded ones) is for admins only. */
function assertOwner(auth: AuthContext, pool: HardwarePool) {
  if (hasScope(auth, 'admin')) return;
  if (!pool.ownerGroupId || pool.ownerGroupId !== auth.groupId) {
    throw new ApiError(
      403,
      'forbidden',
      pool.ownerGroupId
        ? `The pool "${pool.slug}" belongs to group "${pool.ownerGroupId}"; your token belongs to "${auth.groupId ?? 'no group'}".`
        : `The pool "${pool.slug}" has no owner group; only an admin token can change it.`,
    );
  }
}

/** Creates a pool (POST /api/hardware) owned by the token's group (admins may name another group). */
export async function createPool(ctx: WriteContext, auth: AuthContext, body: PoolCreate): Promise<PoolData> {
  const ownerGroupId = await resolveOwnerGroup(ctx.db, auth, body.ownerGroup, 'hardware pool');
  await assertToolsExist(ctx, body.tools);
  const now = new Date();
  const values: NewHardwarePool = {
    slug: body.slug,
    name: body.name,
    summary: body.summary,
    site: body.site,
    zone: body.zone,
    accelerators: body.accelerators,
    precisions: body.precisions,
    scheduler: body.scheduler,
    availability: body.availability,
    accessMd: body.access,
    descriptionMd: body.description,
    toolSlugs: body.tools,
    ownerGroupId,
    unverified: body.unverified,
    createdByTokenId: auth.tokenId,
    createdAt: now,
    updatedAt: now,
  };
  const pool = await insertPool(ctx.db, values);
  if (!pool) {
    throw new ApiError(409, 'conflict', `A hardware pool with the slug "${body.slug}" already exists.`, {
      slug: body.slug,
    });
  }
  ctx.hooks.onPublicChange?.(publicChange.hardware(pool.slug, 'created'));
  return toPoolResponse(pool, undefined, ctx.config.publicUrl);
}

/** Changes the fields sent (PATCH /api/hardware/:slug). */
export async function changePool(
  ctx: WriteContext,
  auth: AuthContext,
  slug: string,
  patch: PoolPatch,
): Promise<PoolData> {
  const existing = await poolOr404(ctx, slug);
  assertOwner(auth, existing);
  if (patch.tools) await assertToolsExist(ctx, patch.tools);
  const { access, description, tools, ...rest } = patch;
  let pool: HardwarePool | undefined;
  try {
    pool = await updatePool(ctx.db, existing.id, {
      ...rest,
      ...(access === undefined ? {} : { accessMd: access }),
      ...(description === undefined ? {} : { descriptionMd: description }),
      ...(tools === undefined ? {} : { toolSlugs: tools }),
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ApiError(409, 'conflict', `The slug "${patch.slug}" is already taken.`);
    throw error;
  }
  if (!pool) throw notFound(`Hardware pool "${slug}"`);
  ctx.hooks.onPublicChange?.(publicChange.hardware(slug, 'changed'));
  if (pool.slug !== slug) ctx.hooks.onPublicChange?.(publicChange.hardware(pool.slug, 'renamed'));
  return getPool(ctx, pool.slug);
}

/**
 * Stores a capacity report (POST /api/hardware/:slug/capacity, or a signed `hardware.capacity.reported`
 * event). Every report is kept; the pool shows the one observed last.
 */
export async function reportCapacity(
  ctx: WriteContext,
  reporter: CapacityReporter,
  slug: string,
  body: CapacityReportInput,
  now = new Date(),
): Promise<CapacityReportData> {
  const pool = await poolOr404(ctx, slug);
  if (reporter.source === 'api') assertOwner(reporter.auth, pool);
  else if (!pool.ownerGroupId || pool.ownerGroupId !== reporter.groupId) {
    throw new ApiError(
      403,
      'forbidden',
      `The webhook source's group "${reporter.groupId ?? 'none'}" does not own the pool "${slug}".`,
    );
  }
  const observedAt = body.observedAt ? new Date(body.observedAt) : now;
  // A clock far ahead would pin the pool's "updated at" in the future for every later report.
  if (observedAt.getTime() > now.getTime() + 5 * 60_000) {
    throw new ApiError(400, 'validation_failed', 'observedAt is in the future.', {
      issues: [{ in: 'body', path: 'observedAt', message: 'Must not be in the future.', code: 'too_big' }],
    });
  }
  const source: CapacitySource = reporter.source;
  const report = await insertCapacityReport(ctx.db, {
    poolId: pool.id,
    status: body.status,
    freeGpus: body.freeGpus,
    totalGpus: body.totalGpus,
    queueLength: body.queueLength,
    note: body.note,
    observedAt,
    source,
    reportedBy: reporter.source === 'api' ? reporter.auth.tokenId : reporter.sourceId,
    createdAt: now,
  });
  ctx.hooks.onPublicChange?.(publicChange.hardware(slug, 'capacity reported'));
  return toCapacityResponse(report, slug);
}

/** A pool's capacity reports, newest observation first (GET /api/hardware/:slug/capacity). */
export async function capacityHistory(
  ctx: ServiceContext,
  slug: string,
  query: { limit?: number | undefined; cursor?: string | undefined },
): Promise<CapacityHistory> {
  const pool = await poolOr404(ctx, slug);
  const limit = pageLimit(query.limit, ctx.config.pageSize);
  const after = readCursor(query.cursor, 2, ['number', 'number']);
  const page = await capacityHistoryRows(ctx.db, pool.id, { limit, after });
  return { items: page.items.map((r) => toCapacityResponse(r, slug)), nextCursor: nextCursorOf(page.next) };
}
