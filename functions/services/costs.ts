import type { z } from '@hono/zod-openapi';
import { ZodError } from 'zod';
import { getEstimate, insertEstimate } from '../../db/queries/estimates';
import { currentPriceVersionId, getPriceVersion, listPriceVersionIds } from '../../db/queries/prices';
import type { Db } from '../../db/client';
import type { EstimateRecord } from '../../db/schema';
import { problemOfApiError, type EstimateProblem } from '../../src/lib/cost-report/estimate-problem';
import {
  costFormChoices,
  DEFAULT_FORM_VALUES,
  EXAMPLE_FORM_VALUES,
  type CostFormChoices,
  type CostFormValues,
} from '../../src/lib/cost-report/form-choices';
import {
  CAMPAIGN_PARAMS,
  costPageUrl,
  paramOfPath,
  readCostQuery,
  UnknownGpuTypeError,
  applyOnPremOverride,
  estimateCampaign,
} from '../../src/lib/costs';
import type { CampaignInput, CampaignOrigin, Estimate, PriceVersion } from '../../src/lib/costs';
import type { AuthContext } from '../env';
import { ApiError, notFound, validationError } from '../errors';
import type { ServiceContext } from '../hub';
import { EstimateRequestSchema, type SavedEstimateSchema } from '../contract/costs/schema';
import { estimatePool, type EstimatePool } from './cost-pools';

export type EstimateRequestBody = z.output<typeof EstimateRequestSchema>;
export type SavedEstimate = z.infer<typeof SavedEstimateSchema>;

/** Today in UTC as YYYY-MM-DD: effective dates are calendar days. */
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);

/** The named version, or the current one; 404 when there is none. */
export async function loadPriceVersion(db: Db, id: string | undefined, today = todayUtc()): Promise<PriceVersion> {
  const versionId = id ?? (await currentPriceVersionId(db, today));
  if (!versionId)
    throw new ApiError(404, 'not_found', 'No price version has been published yet (run `npx hub db seed`).');
  const version = await getPriceVersion(db, versionId);
  if (!version) throw notFound(`Price version "${versionId}"`);
  return version;
}

export function unknownGpuError(error: UnknownGpuTypeError, where: string): ApiError {
  const message = `Unknown GPU type "${error.gpuType}". Known GPU types: ${error.known.join(', ')}.`;
  return new ApiError(400, 'unknown_gpu_type', message, {
    gpuType: error.gpuType,
    knownGpuTypes: error.known,
    issues: [{ in: where, path: 'gpuType', message, code: 'unknown_gpu_type' }],
  });
}

/**
 * Prices a request with its price version (default: current) and the hub's on-prem rate,
 * which a request may override figure by figure. Errors leave as ApiErrors.
 */
export async function runEstimate(
  ctx: ServiceContext,
  request: EstimateRequestBody,
  where = 'body',
): Promise<Estimate & { pool?: EstimatePool }> {
  const { config } = ctx;
  const { priceVersion, onPrem, pool, ...campaign } = request;
  const poolNote = pool === undefined ? undefined : await estimatePool(ctx, pool, where);
  const version = await loadPriceVersion(ctx.db, priceVersion);
  const override = applyOnPremOverride(config.onPrem, onPrem, 'given in the request: an assumption');
  try {
    const estimate = finiteTotals(
      estimateCampaign(
        { ...campaign, ...(override ? { onPrem: override } : {}) } as CampaignInput,
        version,
        config.onPrem,
      ),
    );
    return poolNote ? { ...estimate, assumptions: [...estimate.assumptions, poolNote.note], pool: poolNote } : estimate;
  } catch (error) {
    if (error instanceof UnknownGpuTypeError) throw unknownGpuError(error, where);
    if (error instanceof ZodError) throw validationError(error, where === 'body' ? 'json' : where);
    throw error;
  }
}

/**
 * Inputs and price rows are bounded so that totals stay finite; this keeps a figure beyond them
 * (a price version stored by other means) from leaving as `null` in an estimate marked complete.
 */
function finiteTotals(estimate: Estimate): Estimate {
  const figures = estimate.options.flatMap((o) => [
    o.totalUsd,
    ...Object.values(o.subtotals),
    ...o.components.flatMap((c) => [c.costUsd, c.quantity, c.unitPriceUsd]),
  ]);
  if (figures.every(Number.isFinite)) return estimate;
  throw new ApiError(
    422,
    'unprocessable',
    'These inputs and prices make a cost too large to represent; check the figures.',
    { reason: 'total_not_finite' },
  );
}

function toSavedResponse(row: EstimateRecord, publicUrl: string): SavedEstimate {
  // The page link pins the version, so it reproduces this estimate after newer prices are published.
  const pinned = { ...row.input, priceVersion: row.priceVersionId };
  return {
    id: row.id,
    url: new URL(`/api/costs/estimates/${row.id}`, publicUrl).toString(),
    pageUrl: costPageUrl(pinned, { baseUrl: publicUrl }),
    createdAt: row.createdAt.toISOString(),
    priceVersionId: row.priceVersionId,
    request: row.input as Record<string, unknown>,
    estimate: row.result,
  };
}

/** Computes an estimate like `runEstimate` and stores it with its price version, to share by id. */
export async function saveEstimate(
  ctx: ServiceContext,
  auth: AuthContext,
  request: EstimateRequestBody,
): Promise<SavedEstimate> {
  const result = await runEstimate(ctx, request);
  const row = await insertEstimate(ctx.db, { request, result, createdByTokenId: auth.tokenId });
  return toSavedResponse(row, ctx.config.publicUrl);
}

/** A saved estimate as it was saved, with the price version it used; a missing one is a 404. */
export async function getSavedEstimate(ctx: ServiceContext, id: string): Promise<SavedEstimate> {
  const row = await getEstimate(ctx.db, id);
  if (!row) throw notFound(`Estimate "${id}"`);
  return toSavedResponse(row, ctx.config.publicUrl);
}

/** The /costs/ page for its URL: the form's values and choices, and the estimate or why there is none. */
export interface CostPageData {
  values: CostFormValues;
  choices: CostFormChoices;
  result: { estimate: Estimate & { pool?: EstimatePool }; from: CampaignOrigin | null } | { problem: EstimateProblem };
}

/** URL parameters as form values; repeated ones (providers) as lists. */
function valuesOf(params: URLSearchParams): CostFormValues {
  const values: CostFormValues = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key).filter((v) => v.trim() !== '');
    if (all.length > 0) values[key] = all.length === 1 ? all[0] : all;
  }
  return values;
}

/** Without campaign parameters the page shows the worked example; other parameters still apply. */
function effectiveParams(params: URLSearchParams): URLSearchParams {
  const effective = new URLSearchParams(params);
  const hasCampaign = Object.values(CAMPAIGN_PARAMS).some((name) => effective.get(name)?.trim());
  if (!hasCampaign)
    for (const [k, v] of Object.entries(EXAMPLE_FORM_VALUES)) if (typeof v === 'string') effective.set(k, v);
  return effective;
}

async function estimateFor(ctx: ServiceContext, params: URLSearchParams): Promise<CostPageData['result']> {
  const query = readCostQuery(params);
  const parsed = EstimateRequestSchema.safeParse(query.request);
  if (!parsed.success) {
    return {
      problem: {
        message: 'some fields need fixing.',
        issues: parsed.error.issues.map((i) => ({ param: paramOfPath(i.path.join('.')), message: i.message })),
      },
    };
  }
  try {
    return { estimate: await runEstimate(ctx, parsed.data, 'query'), from: query.from };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { problem: problemOfApiError(error, error.status) };
  }
}

/**
 * What /costs/ shows for its URL's parameters, so a shared link reproduces the estimate without
 * JavaScript: the form filled in (the worked example when the URL names no campaign), its
 * choices from the asked-for or current price version, and the estimate or the problem with it.
 */
export async function costPage(ctx: ServiceContext, urlParams: URLSearchParams): Promise<CostPageData> {
  const params = effectiveParams(urlParams);
  const today = todayUtc();
  const [versions, currentId] = await Promise.all([listPriceVersionIds(ctx.db), currentPriceVersionId(ctx.db, today)]);
  const wanted = params.get('version')?.trim();
  const version =
    (wanted ? await getPriceVersion(ctx.db, wanted) : undefined) ??
    (currentId ? await getPriceVersion(ctx.db, currentId) : undefined);
  return {
    values: { ...DEFAULT_FORM_VALUES, ...valuesOf(params) },
    choices: costFormChoices(version, versions, currentId, ctx.config.onPrem),
    result: await estimateFor(ctx, params),
  };
}
