import type { z } from '@hono/zod-openapi';
import {
  countPriceVersions,
  currentPriceVersionId,
  getPriceVersionMeta,
  insertPriceVersion,
  listPriceRows,
  listPriceVersions,
  priceVersionExists,
  type PriceRowFilters,
  type PriceVersionMeta,
} from '../../db/queries/prices';
import type { Db } from '../../db/client';
import { parsePriceCsv, parsePriceRowInputs } from '../../src/lib/costs';
import type { PriceRow } from '../../src/lib/costs';
import { encodeCursor } from '../../src/lib/cursor';
import type { AuthContext, WriteContext } from '../env';
import { ApiError, notFound, type FieldIssue } from '../errors';
import type { ServiceContext } from '../hub';
import { pageLimit, readCursor } from '../pagination';
import { publicChange } from '../public-change';
import { todayUtc } from './costs';
import type {
  PriceTableSchema,
  PriceVersionCreateSchema,
  PriceVersionListQuerySchema,
  PriceVersionListSchema,
  PriceVersionSchema,
} from '../contract/costs/schema';

export type PriceTable = z.infer<typeof PriceTableSchema>;
export type PriceVersionData = z.infer<typeof PriceVersionSchema>;
export type PriceVersionList = z.infer<typeof PriceVersionListSchema>;
export type PriceVersionListQuery = z.output<typeof PriceVersionListQuerySchema>;
export type PriceVersionCreate = z.output<typeof PriceVersionCreateSchema>;

function toVersionResponse(
  v: PriceVersionMeta,
  currentId: string | null,
  today: string,
  publicUrl: string,
): PriceVersionData {
  const status = v.id === currentId ? 'current' : v.effectiveDate > today ? 'scheduled' : 'superseded';
  return {
    id: v.id,
    effectiveDate: v.effectiveDate,
    note: v.note,
    status,
    rowCount: v.rowCount,
    flaggedRowCount: v.flaggedRowCount,
    createdAt: v.createdAt.toISOString(),
    url: new URL(`/api/costs/prices?version=${encodeURIComponent(v.id)}`, publicUrl).toString(),
  };
}

/** Rows that fail the price rules, as one 400 with a field path per problem. */
function rowsInvalid(issues: (FieldIssue & { line?: number; sku?: string })[]): ApiError {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new ApiError(400, 'validation_failed', `Invalid price rows: ${first?.path}: ${first?.message}${more}`, {
    issues,
  });
}

/** Runs the lib's row rules (the same as for the seed CSV): flags, tiers and host VM parts are derived here. */
function validateRows(body: PriceVersionCreate): PriceRow[] {
  if (body.rows) {
    const { rows, problems } = parsePriceRowInputs(body.rows, body.retrieved ? { retrieved: body.retrieved } : {});
    if (problems.length > 0) {
      throw rowsInvalid(
        problems.map((p) => ({
          in: 'body',
          path: ['rows', p.index, ...(p.field ? [p.field] : [])].join('.'),
          message: p.sku ? `${p.message} (${p.sku})` : p.message,
          code: 'invalid_price_row',
        })),
      );
    }
    return rows;
  }
  const { rows, problems } = parsePriceCsv(body.csv ?? '', body.retrieved ? { retrieved: body.retrieved } : {});
  if (problems.length > 0) {
    throw rowsInvalid(
      problems.map((p) => ({
        in: 'body',
        path: 'csv',
        line: p.line,
        message: `line ${p.line}${p.field ? ` [${p.field}]` : ''}${p.sku ? ` ${p.sku}` : ''}: ${p.message}`,
        code: 'invalid_price_row',
      })),
    );
  }
  if (rows.length === 0)
    throw rowsInvalid([{ in: 'body', path: 'csv', message: 'the CSV has no price rows', code: 'invalid_price_row' }]);
  return rows;
}

async function freeVersionId(db: Db, effectiveDate: string): Promise<string> {
  for (let n = 1; ; n++) {
    const id = n === 1 ? `prices-${effectiveDate}` : `prices-${effectiveDate}-${n}`;
    if (!(await priceVersionExists(db, id))) return id;
  }
}

/** The current price version (or the one named) and its rows, filtered; 404 when there is none. */
export async function getPriceTable(
  ctx: ServiceContext,
  version: string | undefined,
  filters: PriceRowFilters,
): Promise<PriceTable> {
  const { db, config } = ctx;
  const today = todayUtc();
  const currentId = await currentPriceVersionId(db, today);
  const id = version ?? currentId;
  const meta = id ? await getPriceVersionMeta(db, id) : undefined;
  if (!meta)
    throw id
      ? notFound(`Price version "${id}"`)
      : new ApiError(404, 'not_found', 'No price version has been published yet.');
  const rows = await listPriceRows(db, meta.id, filters);
  return { version: toVersionResponse(meta, currentId, today, config.publicUrl), rows };
}

/** A page of price versions, newest effective date first, with which one is current. */
export async function listPriceVersionPage(
  ctx: ServiceContext,
  query: PriceVersionListQuery,
): Promise<PriceVersionList> {
  const { limit: requested, cursor } = query;
  const { db, config } = ctx;
  const after = readCursor(cursor, 3);
  const today = todayUtc();
  const limit = pageLimit(requested, config.pageSize);
  const [page, total, currentId] = await Promise.all([
    listPriceVersions(db, { limit, after }),
    countPriceVersions(db),
    currentPriceVersionId(db, today),
  ]);
  return {
    items: page.items.map((v) => toVersionResponse(v, currentId, today, config.publicUrl)),
    currentId,
    nextCursor: page.next ? encodeCursor(page.next) : null,
    total,
  };
}

/**
 * Publishes a complete price table (JSON rows or CSV) checked with the seed's rules; it becomes
 * current on its effective date. Versions are never changed: a taken id is a 409.
 */
export async function publishPriceVersion(
  ctx: WriteContext,
  auth: AuthContext,
  body: PriceVersionCreate,
): Promise<PriceTable> {
  const { db, config } = ctx;
  const rows = validateRows(body);
  if (!rows.some((r) => r.kind === 'gpu_vm' || r.kind === 'gpu_only')) {
    throw rowsInvalid([
      {
        in: 'body',
        path: body.rows ? 'rows' : 'csv',
        message: 'a price version is a complete table and needs GPU rows',
        code: 'invalid_price_row',
      },
    ]);
  }
  const id = body.id ?? (await freeVersionId(db, body.effectiveDate));
  const inserted = await insertPriceVersion(
    db,
    { id, effectiveDate: body.effectiveDate, note: body.note, rows },
    auth.tokenId,
  );
  if (!inserted)
    throw new ApiError(
      409,
      'conflict',
      `A price version with the id "${id}" already exists; versions are never changed, publish a new one.`,
      { id },
    );
  const today = todayUtc();
  const meta = (await getPriceVersionMeta(db, id))!;
  ctx.hooks.onPublicChange?.(publicChange.prices(`price version ${id} published`));
  return { version: toVersionResponse(meta, await currentPriceVersionId(db, today), today, config.publicUrl), rows };
}
