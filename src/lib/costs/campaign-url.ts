import type { CampaignInput, OptionTarget } from './campaign-input';
import { PROVIDERS } from './price-types';
import { bytesToBillingTb } from './units';

/**
 * URL parameters of the /costs/ page, so an estimate can be shared, bookmarked and linked
 * from the catalog. The form's field names are these names, so a GET submit builds the URL.
 */
export const CAMPAIGN_PARAMS = {
  datasetTb: 'datasetTb',
  gpuType: 'gpu',
  gpusPerJob: 'gpus',
  hoursPerJob: 'hours',
  jobs: 'jobs',
  spotShare: 'spot',
  spotPrice: 'spotPrice',
  placement: 'placement',
  egressCount: 'egress',
  egressMonths: 'egressMonths',
  ingressCount: 'ingress',
  storageMonths: 'storageMonths',
  storageClass: 'storageClass',
  networkTier: 'network',
} as const;

export type CampaignField = keyof typeof CAMPAIGN_PARAMS;

const TEXT_FIELDS: ReadonlySet<CampaignField> = new Set([
  'gpuType',
  'spotPrice',
  'placement',
  'storageClass',
  'networkTier',
]);

/** Parameters besides the campaign: which options to compare, an on-prem rate, the price version, the catalog origin. */
export const EXTRA_PARAMS = {
  providers: 'providers',
  onPremGpuHour: 'onPremGpuHour',
  onPremTbMonth: 'onPremTbMonth',
  version: 'version',
  from: 'from',
  /** A hardware pool of the directory (unpriced: the estimate says so). */
  pool: 'pool',
} as const;

/** Everything a user can compare: the three clouds (optionally `provider:region`) and the lab's own resources. */
export const PROVIDER_CHOICES = [...PROVIDERS, 'on-prem'] as const;

/** An on-prem rate override: either figure may be missing (the hub's configured rate fills it in). */
export interface OnPremOverride {
  usdPerGpuHour?: number;
  usdPerTbMonth?: number;
  source?: string;
  asOf?: string;
}

/** The body of `POST /api/costs/estimate`: a campaign, with an optional on-prem override and price version. */
export type EstimateRequest = Omit<CampaignInput, 'onPrem'> & {
  onPrem?: OnPremOverride;
  priceVersion?: string;
  pool?: string;
};

/** The catalog's "estimate retraining cost" origin: `model-slug:v3`. */
export interface CampaignOrigin {
  model: string;
  version: number;
}

export interface CostQuery {
  /**
   * The request as the URL states it. Values are left as typed when they do not read as
   * numbers, so validation names the bad parameter instead of silently dropping it.
   */
  request: Record<string, unknown>;
  /** true when any campaign parameter is present (otherwise the page shows its example) */
  hasCampaign: boolean;
  priceVersion: string | null;
  from: CampaignOrigin | null;
}

function readNumber(text: string): number | string {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
}

/** `model-slug:v3` → { model, version }; anything else → null. */
export function parseOrigin(text: string | null): CampaignOrigin | null {
  const m = /^([a-z0-9][a-z0-9-]{0,63}):v([1-9]\d{0,8})$/.exec(text ?? '');
  return m?.[1] && m[2] ? { model: m[1], version: Number(m[2]) } : null;
}

/** `aws`, `gcp:us-central1`, `on-prem` → option targets; accepts repeated and comma-separated values. */
export function readProviders(values: string[]): OptionTarget[] {
  const out: OptionTarget[] = [];
  for (const part of values.flatMap((v) => v.split(','))) {
    const text = part.trim();
    if (!text) continue;
    const [provider = '', region] = text.split(':');
    // Unknown names pass through so validation reports them.
    const target = (region ? { provider, region } : { provider }) as OptionTarget;
    if (!out.some((o) => JSON.stringify(o) === JSON.stringify(target))) out.push(target);
  }
  return out;
}

/**
 * Reads the page's URL parameters into an estimate request. Empty parameters are left out so
 * the campaign defaults apply; `onPremSource` labels an on-prem rate typed into the page.
 */
export function readCostQuery(
  params: URLSearchParams,
  onPremSource = 'entered on the cost page: an assumption',
): CostQuery {
  const request: Record<string, unknown> = {};
  let hasCampaign = false;
  for (const [field, name] of Object.entries(CAMPAIGN_PARAMS) as [CampaignField, string][]) {
    const raw = params.get(name)?.trim();
    if (!raw) continue;
    hasCampaign = true;
    request[field] = TEXT_FIELDS.has(field) ? raw : readNumber(raw);
  }
  const providers = readProviders(params.getAll(EXTRA_PARAMS.providers));
  if (providers.length > 0) request['options'] = providers;

  const gpuHour = params.get(EXTRA_PARAMS.onPremGpuHour)?.trim();
  const tbMonth = params.get(EXTRA_PARAMS.onPremTbMonth)?.trim();
  if (gpuHour || tbMonth) {
    request['onPrem'] = {
      ...(gpuHour ? { usdPerGpuHour: readNumber(gpuHour) } : {}),
      ...(tbMonth ? { usdPerTbMonth: readNumber(tbMonth) } : {}),
      source: onPremSource,
    };
  }
  const version = params.get(EXTRA_PARAMS.version)?.trim() || null;
  if (version) request['priceVersion'] = version;
  const pool = params.get(EXTRA_PARAMS.pool)?.trim();
  if (pool) request['pool'] = pool;
  return { request, hasCampaign, priceVersion: version, from: parseOrigin(params.get(EXTRA_PARAMS.from)) };
}

/** A validation path of the request (`options.0.provider`, `onPrem.usdPerGpuHour`) → the URL parameter to fix. */
export function paramOfPath(path: string): string {
  const [head = '', sub] = path.split('.');
  if (head in CAMPAIGN_PARAMS) return CAMPAIGN_PARAMS[head as CampaignField];
  if (head === 'options') return EXTRA_PARAMS.providers;
  if (head === 'onPrem') return sub === 'usdPerTbMonth' ? EXTRA_PARAMS.onPremTbMonth : EXTRA_PARAMS.onPremGpuHour;
  if (head === 'priceVersion') return EXTRA_PARAMS.version;
  return head;
}

/** The page URL's parameters for a request: the inverse of `readCostQuery` for the fields given. */
export function costSearchParams(request: EstimateRequest, extras: { from?: string } = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, name] of Object.entries(CAMPAIGN_PARAMS) as [CampaignField, string][]) {
    const value = request[field];
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  for (const o of request.options ?? [])
    params.append(EXTRA_PARAMS.providers, 'region' in o && o.region ? `${o.provider}:${o.region}` : o.provider);
  if (request.onPrem?.usdPerGpuHour !== undefined)
    params.set(EXTRA_PARAMS.onPremGpuHour, String(request.onPrem.usdPerGpuHour));
  if (request.onPrem?.usdPerTbMonth !== undefined)
    params.set(EXTRA_PARAMS.onPremTbMonth, String(request.onPrem.usdPerTbMonth));
  if (request.priceVersion) params.set(EXTRA_PARAMS.version, request.priceVersion);
  if (request.pool) params.set(EXTRA_PARAMS.pool, request.pool);
  if (extras.from) params.set(EXTRA_PARAMS.from, extras.from);
  return params;
}

/** `/costs/?…` for a request, absolute when a base URL is given. */
export function costPageUrl(request: EstimateRequest, options: { from?: string; baseUrl?: string } = {}): string {
  const path = `/costs/?${costSearchParams(request, options).toString()}`;
  return options.baseUrl ? new URL(path, options.baseUrl).toString() : path;
}

const significant = (x: number) => Number(x.toPrecision(6));

export interface RetrainingEstimateInput {
  /** sizes of the training datasets (dataset versions), in bytes */
  datasetBytes: number[];
  /** GPU-hours of the training job (GPUs × wall-clock hours); null or absent when not recorded */
  gpuHours?: number | null;
  /** the GPU the job ran on, as the price table names it (A100-80GB …) */
  gpuType?: string | null;
  /** GPUs the job used; hours per job = gpuHours / gpusPerJob (default 1) */
  gpusPerJob?: number | null;
  /** retrainings (× hyper-parameter trials) to price; default 1 */
  jobs?: number;
  /** origin shown on the page: model slug and version number */
  model?: { slug: string; version: number };
  /** absolute URL base (the hub's public URL); a site-relative path otherwise */
  baseUrl?: string;
}

/**
 * The /costs/ link a model version page offers as "estimate retraining cost": dataset size
 * from its datasets' bytes, hours from its training job's GPU-hours. Unknown values are left
 * out, so the form's defaults apply to them.
 */
export function retrainingEstimateUrl(input: RetrainingEstimateInput): string {
  const bytes = input.datasetBytes.filter((b) => Number.isFinite(b) && b > 0).reduce((a, b) => a + b, 0);
  const gpus = input.gpusPerJob && input.gpusPerJob >= 1 ? Math.round(input.gpusPerJob) : 1;
  const request: EstimateRequest = {
    datasetTb: significant(bytesToBillingTb(bytes)),
    gpusPerJob: gpus,
    jobs: input.jobs && input.jobs >= 1 ? Math.round(input.jobs) : 1,
  } as EstimateRequest;
  if (input.gpuType) request.gpuType = input.gpuType;
  if (input.gpuHours && input.gpuHours > 0 && Number.isFinite(input.gpuHours))
    request.hoursPerJob = significant(input.gpuHours / gpus);
  const from = input.model ? `${input.model.slug}:v${input.model.version}` : undefined;
  return costPageUrl(request, { ...(from ? { from } : {}), ...(input.baseUrl ? { baseUrl: input.baseUrl } : {}) });
}
