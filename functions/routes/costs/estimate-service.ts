import type { z } from '@hono/zod-openapi';
import { ZodError } from 'zod';
import { currentPriceVersionId, getPriceVersion } from '../../../db/queries/prices';
import type { Db } from '../../../db/client';
import { UnknownGpuTypeError, applyOnPremOverride, estimateCampaign } from '../../../src/lib/costs';
import type { CampaignInput, Estimate, PriceVersion } from '../../../src/lib/costs';
import type { AppConfig } from '../../config';
import { ApiError, notFound, validationError } from '../../errors';
import type { EstimateRequestSchema } from './schema';

export type EstimateRequestBody = z.output<typeof EstimateRequestSchema>;

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
  db: Db,
  config: AppConfig,
  request: EstimateRequestBody,
  where = 'body',
): Promise<Estimate> {
  const { priceVersion, onPrem, ...campaign } = request;
  const version = await loadPriceVersion(db, priceVersion);
  const override = applyOnPremOverride(config.onPrem, onPrem, 'given in the request: an assumption');
  try {
    return estimateCampaign(
      { ...campaign, ...(override ? { onPrem: override } : {}) } as CampaignInput,
      version,
      config.onPrem,
    );
  } catch (error) {
    if (error instanceof UnknownGpuTypeError) throw unknownGpuError(error, where);
    if (error instanceof ZodError) throw validationError(error, where === 'body' ? 'json' : where);
    throw error;
  }
}
