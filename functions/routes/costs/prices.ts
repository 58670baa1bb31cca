import { publicChange } from '../../public-change';
import { createRoute, type z } from '@hono/zod-openapi';
import {
  countPriceVersions,
  currentPriceVersionId,
  getPriceVersionMeta,
  insertPriceVersion,
  listPriceRows,
  listPriceVersions,
  priceVersionExists,
  type PriceVersionMeta,
} from '../../../db/queries/prices';
import type { Db } from '../../../db/client';
import { parsePriceCsv, parsePriceRowInputs } from '../../../src/lib/costs';
import type { PriceRow } from '../../../src/lib/costs';
import { encodeCursor } from '../../../src/lib/cursor';
import { ApiError, notFound, type FieldIssue } from '../../errors';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import { todayUtc } from '../../services/costs';
import {
  PriceTableSchema,
  PriceVersionCreateSchema,
  PriceVersionListQuerySchema,
  PriceVersionListSchema,
  PriceVersionSchema,
  PricesQuerySchema,
} from '../../contract/costs/schema';
import { pageLimit, readCursor } from '../../pagination';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

function toVersionResponse(
  v: PriceVersionMeta,
  currentId: string | null,
  today: string,
  publicUrl: string,
): z.infer<typeof PriceVersionSchema> {
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
function validateRows(body: z.infer<typeof PriceVersionCreateSchema>): PriceRow[] {
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

export const priceRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/prices',
      tags: ['Costs'],
      summary: 'The price table',
      description:
        'The current price version (or `?version=`) and its rows, each with source, retrieval date and anomaly flags. List prices change.',
      request: { query: PricesQuerySchema },
      responses: {
        200: { description: 'The version and its rows.', ...json(PriceTableSchema) },
        ...E.badRequest,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { version, ...filters } = c.req.valid('query');
      const { db, config } = c.var;
      const today = todayUtc();
      const currentId = await currentPriceVersionId(db, today);
      const id = version ?? currentId;
      const meta = id ? await getPriceVersionMeta(db, id) : undefined;
      if (!meta)
        throw id
          ? notFound(`Price version "${id}"`)
          : new ApiError(404, 'not_found', 'No price version has been published yet.');
      const rows = await listPriceRows(db, meta.id, filters);
      return c.json({ version: toVersionResponse(meta, currentId, today, config.publicUrl), rows }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/price-versions',
      tags: ['Costs'],
      summary: 'List price versions',
      description: 'Newest effective date first, with which one is current.',
      request: { query: PriceVersionListQuerySchema },
      responses: {
        200: { description: 'A page of price versions.', ...json(PriceVersionListSchema) },
        ...E.badRequest,
      },
    }),
    async (c) => {
      const { limit: requested, cursor } = c.req.valid('query');
      const { db, config } = c.var;
      const after = readCursor(cursor, 3);
      const today = todayUtc();
      const limit = pageLimit(requested, config.pageSize);
      const [page, total, currentId] = await Promise.all([
        listPriceVersions(db, { limit, after }),
        countPriceVersions(db),
        currentPriceVersionId(db, today),
      ]);
      return c.json(
        {
          items: page.items.map((v) => toVersionResponse(v, currentId, today, config.publicUrl)),
          currentId,
          nextCursor: page.next ? encodeCursor(page.next) : null,
          total,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/price-versions',
      tags: ['Costs'],
      summary: 'Publish a price version',
      description:
        'A complete price table (as JSON `rows` or as `csv`), checked with the same rules as the seed: each row needs a source and a retrieval date; ' +
        'anomaly flags, volume tiers and host VM parts are computed by the server. The version becomes current on its effective date; ' +
        'saved estimates keep the version they used. Needs `admin`.',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { body: { required: true, ...json(PriceVersionCreateSchema) } },
      responses: {
        201: { description: 'Published.', ...json(PriceTableSchema) },
        ...writeErrorResponses,
        ...E.conflict,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const auth = callerOf(c);
      const { db, config } = c.var;
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
      c.var.hooks.onPublicChange?.(publicChange.prices(`price version ${id} published`));
      c.header('Location', `/api/costs/prices?version=${encodeURIComponent(id)}`);
      return c.json(
        { version: toVersionResponse(meta, await currentPriceVersionId(db, today), today, config.publicUrl), rows },
        201,
      );
    },
  );
