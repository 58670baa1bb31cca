import type { Command } from 'commander';
import { ZodError } from 'zod';
import { initialPriceVersion } from '../../../db/seed/prices/initial';
import {
  ILLUSTRATIVE_ON_PREM_RATE,
  UnknownGpuTypeError,
  applyOnPremOverride,
  campaignInputSchema,
  estimateCampaign,
  formatEstimateTable,
  readProviders,
  type CampaignInput,
  type Estimate,
  type EstimateRequest,
} from '../../../src/lib/costs';

/** Exit codes: 0 estimate printed, 1 the hub could not be asked, 2 the input is wrong. */
const BAD_INPUT = 2;
const UNAVAILABLE = 1;

interface CostOptions {
  datasetTb?: string;
  gpu?: string;
  gpus?: string;
  hours?: string;
  jobs?: string;
  egress?: string;
  egressMonths?: string;
  ingress?: string;
  storageMonths?: string;
  storageClass?: string;
  spot?: string;
  spotPrice?: string;
  placement?: string;
  network?: string;
  providers?: string;
  onPremRate?: string;
  onPremTbMonth?: string;
  priceVersion?: string;
  json?: boolean;
  url?: string;
}

/** Campaign field → the option that sets it, for error messages. */
const OPTION_OF: Record<string, string> = {
  datasetTb: '--dataset-tb',
  gpuType: '--gpu',
  gpusPerJob: '--gpus',
  hoursPerJob: '--hours',
  jobs: '--jobs',
  egressCount: '--egress',
  egressMonths: '--egress-months',
  ingressCount: '--ingress',
  storageMonths: '--storage-months',
  storageClass: '--storage-class',
  spotShare: '--spot',
  spotPrice: '--spot-price',
  placement: '--placement',
  networkTier: '--network',
  options: '--providers',
  onPrem: '--on-prem-rate',
  priceVersion: '--price-version',
};

class BadInput extends Error {}

function numberOption(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new BadInput(`${option}: expected a number, got "${value}"`);
  return n;
}

/** The options as an estimate request (the same body `POST /api/costs/estimate` takes). */
export function requestFromOptions(o: CostOptions): EstimateRequest {
  const request: Record<string, unknown> = {
    datasetTb: numberOption(o.datasetTb, '--dataset-tb'),
    gpuType: o.gpu,
    gpusPerJob: numberOption(o.gpus, '--gpus'),
    hoursPerJob: numberOption(o.hours, '--hours'),
    jobs: numberOption(o.jobs, '--jobs'),
    egressCount: numberOption(o.egress, '--egress'),
    egressMonths: numberOption(o.egressMonths, '--egress-months'),
    ingressCount: numberOption(o.ingress, '--ingress'),
    storageMonths: numberOption(o.storageMonths, '--storage-months'),
    storageClass: o.storageClass,
    spotShare: numberOption(o.spot, '--spot'),
    spotPrice: o.spotPrice,
    placement: o.placement,
    networkTier: o.network,
    options: o.providers ? readProviders([o.providers]) : undefined,
    priceVersion: o.priceVersion,
  };
  const gpuHour = numberOption(o.onPremRate, '--on-prem-rate');
  const tbMonth = numberOption(o.onPremTbMonth, '--on-prem-tb-month');
  if (gpuHour !== undefined || tbMonth !== undefined) {
    request['onPrem'] = defined({
      usdPerGpuHour: gpuHour,
      usdPerTbMonth: tbMonth,
      source: 'given on the command line: an assumption',
    });
  }
  return defined(request) as EstimateRequest;
}

/** Leaves out options not given, so the campaign defaults apply. */
const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function describeZodError(error: ZodError): string {
  return error.issues
    .map(
      (i) =>
        `${OPTION_OF[String(i.path[0])] ?? i.path.join('.')}: ${i.code === 'invalid_type' && /received undefined$/.test(i.message) ? 'required' : i.message}`,
    )
    .join('\n  ');
}

/** Offline: the seed price version and the illustrative on-prem rate, computed here. */
function estimateOffline(request: EstimateRequest): Estimate {
  const { priceVersion, onPrem, ...campaign } = request;
  if (priceVersion && priceVersion !== initialPriceVersion.id) {
    throw new BadInput(
      `--price-version: offline only "${initialPriceVersion.id}" (the seed) is known; use --url to ask a hub for "${priceVersion}"`,
    );
  }
  const override = applyOnPremOverride(ILLUSTRATIVE_ON_PREM_RATE, onPrem, 'given on the command line: an assumption');
  try {
    const parsed = campaignInputSchema.parse({ ...campaign, ...(override ? { onPrem: override } : {}) });
    return estimateCampaign(parsed as CampaignInput, initialPriceVersion, ILLUSTRATIVE_ON_PREM_RATE);
  } catch (error) {
    if (error instanceof UnknownGpuTypeError)
      throw new BadInput(`--gpu: unknown GPU type "${error.gpuType}". Known GPU types: ${error.known.join(', ')}`);
    if (error instanceof ZodError) throw new BadInput(describeZodError(error));
    throw error;
  }
}

class Unavailable extends Error {}

/** Online: the hub's current (or named) price version and its configured on-prem rate. */
async function estimateRemote(request: EstimateRequest, hubUrl: string): Promise<Estimate> {
  let response: Response;
  try {
    response = await fetch(new URL('/api/costs/estimate', hubUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
    });
  } catch (error) {
    throw new Unavailable(`could not reach ${hubUrl}: ${(error as Error).message}`);
  }
  const body = (await response.json().catch(() => null)) as
    | (Estimate & {
        error?: { code: string; message: string; details?: { issues?: { path: string; message: string }[] } };
      })
    | null;
  if (response.ok && body) return body;
  const error = body?.error;
  if (response.status === 400 && error) {
    // The unknown-GPU message already lists the known GPUs; validation issues are mapped to options.
    const issues =
      error.code === 'unknown_gpu_type'
        ? []
        : (error.details?.issues ?? []).map((i) => `${OPTION_OF[i.path.split('.')[0] ?? ''] ?? i.path}: ${i.message}`);
    throw new BadInput(issues.length > 0 ? issues.join('\n  ') : error.message);
  }
  throw new Unavailable(`${hubUrl} answered ${response.status}${error ? `: ${error.message}` : ''}`);
}

export function registerCostCommands(program: Command) {
  const cost = program.command('cost').description('Cloud cost estimates for training campaigns');
  cost
    .command('estimate')
    .description(
      'Price a training campaign on each cloud and on-prem. Offline by default (the seed price version and an illustrative on-prem rate); ' +
        '--url asks a hub. Exit codes: 0 ok, 1 hub unreachable, 2 bad input.',
    )
    .option('--dataset-tb <tb>', 'dataset size in TB (1 TB = 1024 GB)')
    .option('--gpu <type>', 'GPU type as the price table names it (A100-80GB, H100-80GB, L4, …)')
    .option('--gpus <n>', 'GPUs per job (default 1)')
    .option('--hours <h>', 'hours per job')
    .option('--jobs <n>', 'jobs: hyper-parameter trials × retrainings (default 1)')
    .option('--egress <n>', 'times the dataset leaves the cloud (default 1)')
    .option('--egress-months <n>', 'billing months the egress is spread over (default 1)')
    .option('--ingress <n>', 'times the dataset enters the cloud (default 1)')
    .option('--storage-months <n>', 'months of object storage (default 1)')
    .option('--storage-class <class>', 'object storage class (default standard)')
    .option('--spot <share>', 'share of GPU hours on spot, 0..1 (default 0)')
    .option('--spot-price <max|min>', 'end of a zone-dependent spot range (default max)')
    .option('--placement <single-node|cheapest>', 'whether a job may span machines (default single-node)')
    .option('--network <premium|standard>', 'GCP egress network tier (default premium)')
    .option('--providers <list>', 'options to compare: aws,gcp,azure,on-prem or provider:region (default all)')
    .option('--on-prem-rate <usd>', 'on-prem $ per GPU-hour (an assumption)')
    .option('--on-prem-tb-month <usd>', 'on-prem $ per TB-month (an assumption)')
    .option('--price-version <id>', 'price version (with --url; offline only the seed version)')
    .option('--json', 'print the estimate as JSON')
    .option('--url <hub>', 'ask this hub instead of computing offline, e.g. http://localhost:4321')
    .action(async (options: CostOptions) => {
      try {
        const request = requestFromOptions(options);
        const estimate = options.url ? await estimateRemote(request, options.url) : estimateOffline(request);
        process.stdout.write(options.json ? `${JSON.stringify(estimate, null, 2)}\n` : formatEstimateTable(estimate));
      } catch (error) {
        if (error instanceof BadInput) {
          console.error(`error: ${error.message}`);
          process.exitCode = BAD_INPUT;
          return;
        }
        if (error instanceof Unavailable) {
          console.error(`error: ${error.message}`);
          process.exitCode = UNAVAILABLE;
          return;
        }
        throw error;
      }
    });
}
