import type { Campaign } from './campaign-input';
import type { CostComponent, EstimateWarning, InstancePlan, UnpricedItem } from './estimate-types';
import { component, flagWarnings, refOf } from './price-ref';
import type { PriceRow } from './price-types';

/**
 * A GPU priced apart from its host (GCP) is attached to a host VM; hosts come in 1, 2, 4 and 8 GPU
 * sizes whose price grows linearly with the GPU count, so N GPUs on one host cost N × the 1-GPU host.
 */
export const MAX_GPUS_PER_HOST = 8;

interface Candidate {
  row: PriceRow;
  gpusPerUnit: number;
  unitsPerJob: number;
  machinesPerJob: number;
  singleNode: boolean;
  blendedUsdPerJobHour: number;
}

export interface ComputeResult {
  plan: InstancePlan | null;
  components: CostComponent[];
  unpriced: UnpricedItem[];
  warnings: EstimateWarning[];
}

/** The spot $/unit-hour an estimate uses, and why it differs from the catalog figure when it does. */
export function spotUsed(
  onDemandUsd: number,
  spot: PriceRow['spot'],
  pick: Campaign['spotPrice'],
): { usd: number; reason: 'as_listed' | 'missing' | 'capped' } {
  if (!spot) return { usd: onDemandUsd, reason: 'missing' };
  const listed = pick === 'max' ? spot.maxUsd : spot.minUsd;
  if (listed > onDemandUsd) return { usd: onDemandUsd, reason: 'capped' };
  return { usd: listed, reason: 'as_listed' };
}

function candidate(row: PriceRow, c: Campaign): Candidate {
  const gpusPerUnit = row.kind === 'gpu_only' ? 1 : (row.acceleratorCount ?? 1);
  const unitsPerJob = Math.ceil(c.gpusPerJob / gpusPerUnit);
  const machinesPerJob = row.kind === 'gpu_only' ? Math.ceil(c.gpusPerJob / MAX_GPUS_PER_HOST) : unitsPerJob;
  const singleNode = machinesPerJob === 1;
  const blend = (od: number, spot: number) => (1 - c.spotShare) * od + c.spotShare * spot;
  let perUnit = blend(row.onDemandUsd, spotUsed(row.onDemandUsd, row.spot, c.spotPrice).usd);
  if (row.host) perUnit += blend(row.host.onDemandUsd, row.host.spotUsd ?? row.host.onDemandUsd);
  return { row, gpusPerUnit, unitsPerJob, machinesPerJob, singleNode, blendedUsdPerJobHour: unitsPerJob * perUnit };
}

/** Cheapest blended $/job-hour first; ties go to fewer idle GPUs, then SKU name, so the choice is deterministic. */
function byCost(a: Candidate, b: Candidate): number {
  const idle = (x: Candidate) => x.unitsPerJob * x.gpusPerUnit;
  return a.blendedUsdPerJobHour - b.blendedUsdPerJobHour || idle(a) - idle(b) || a.row.sku.localeCompare(b.row.sku);
}

/**
 * Prices the GPU hours of a campaign in one region. Each job rents
 * ceil(gpusPerJob / GPUs per instance) whole instances for hoursPerJob. `single-node` placement
 * takes the cheapest instance that holds the whole job; when none does, the fewest machines
 * (then the cheapest). `cheapest` placement takes the cheapest however many machines that makes.
 */
export function priceCompute(c: Campaign, gpuRows: PriceRow[], where: string): ComputeResult {
  const warnings: EstimateWarning[] = [];
  if (gpuRows.length === 0) {
    return {
      plan: null,
      components: [],
      unpriced: [
        {
          category: 'compute',
          name: `${c.gpusPerJob}× ${c.gpuType} GPU-hours`,
          reason: `${c.gpuType} is not offered in ${where}`,
        },
      ],
      warnings: [
        {
          code: 'gpu_not_offered',
          message: `${c.gpuType} is not offered in ${where} in this price version: compute is not priced`,
        },
      ],
    };
  }

  const all = gpuRows.map((r) => candidate(r, c)).sort(byCost);
  const fewestMachines = [...all].sort((a, b) => a.machinesPerJob - b.machinesPerJob || byCost(a, b));
  const chosen = (c.placement === 'cheapest' ? all[0] : fewestMachines[0]) as Candidate;
  const { row } = chosen;

  if (!chosen.singleNode) {
    warnings.push({
      code: 'multi_node_job',
      message:
        c.placement === 'single-node'
          ? `no instance in ${where} holds ${c.gpusPerJob} ${c.gpuType} GPUs: each job spans ${chosen.machinesPerJob} machines (${chosen.unitsPerJob} × ${row.sku})`
          : `placement "cheapest": each job spans ${chosen.unitsPerJob} × ${row.sku} (${chosen.gpusPerUnit} GPU each) instead of one machine`,
      priceRowId: row.id,
    });
  }
  const idle = chosen.unitsPerJob * chosen.gpusPerUnit - c.gpusPerJob;
  if (idle > 0) {
    warnings.push({
      code: 'idle_gpus',
      message: `${row.sku} has ${chosen.gpusPerUnit} GPUs but a job needs ${c.gpusPerJob}: each job rents ceil(${c.gpusPerJob} / ${chosen.gpusPerUnit}) = ${chosen.unitsPerJob} whole instance(s) and pays for ${idle} idle GPU(s)`,
      priceRowId: row.id,
    });
  }
  // A spot anomaly only matters when spot hours are bought; a missing host gets its own warning below.
  warnings.push(
    ...flagWarnings(row, c.spotShare > 0 ? ['host_vm_missing'] : ['host_vm_missing', 'spot_above_on_demand']),
  );

  const unitHours = chosen.unitsPerJob * c.hoursPerJob * c.jobs;
  const odHours = unitHours * (1 - c.spotShare);
  const spotHours = unitHours * c.spotShare;
  const ref = refOf(row);
  const isGpuOnly = row.kind === 'gpu_only';
  const unit = isGpuOnly ? 'GPU-hour' : 'instance-hour';
  const what = isGpuOnly
    ? `${row.accelerator} GPU (${row.sku})`
    : `${row.sku} (${row.acceleratorCount}× ${row.accelerator})`;
  const components: CostComponent[] = [];
  const unpriced: UnpricedItem[] = [];

  const spot = spotUsed(row.onDemandUsd, row.spot, c.spotPrice);
  if (odHours > 0) components.push(component('compute', `${what} on-demand`, unit, odHours, row.onDemandUsd, ref));
  if (spotHours > 0) {
    const how =
      spot.reason === 'as_listed'
        ? row.spot?.isRange
          ? `, ${c.spotPrice} of zone range ${row.spot.minUsd}-${row.spot.maxUsd}`
          : ''
        : ', on-demand price: no usable spot price';
    components.push(component('compute', `${what} spot${how}`, unit, spotHours, spot.usd, ref));
    if (spot.reason === 'missing') {
      warnings.push({
        code: 'no_spot_price',
        message: `${row.sku} has no spot price: the ${pct(c.spotShare)} spot share is priced on-demand`,
        priceRowId: row.id,
      });
    } else if (
      spot.reason === 'capped' &&
      !row.flags.some((f) => f.code === 'spot_above_on_demand' && f.severity === 'warning')
    ) {
      warnings.push({
        code: 'spot_capped_at_on_demand',
        message: `the ${c.spotPrice} of ${row.sku}'s spot range is above on-demand: the spot share is priced on-demand`,
        priceRowId: row.id,
      });
    }
  }

  if (isGpuOnly && row.host) {
    const h = row.host;
    const hostWhat = `host VM ${h.sku} (1 per GPU)`;
    if (odHours > 0)
      components.push(component('compute', `${hostWhat} on-demand`, 'VM-hour', odHours, h.onDemandUsd, ref));
    if (spotHours > 0) {
      components.push(
        component(
          'compute',
          `${hostWhat} spot${h.spotUsd === null ? ', on-demand price: no spot price' : ''}`,
          'VM-hour',
          spotHours,
          h.spotUsd ?? h.onDemandUsd,
          ref,
        ),
      );
      if (h.spotUsd === null) {
        warnings.push({
          code: 'host_spot_missing',
          message: `host VM ${h.sku} has no spot price: its ${pct(c.spotShare)} spot share is priced on-demand`,
          priceRowId: row.id,
        });
      }
    }
  } else if (isGpuOnly) {
    unpriced.push({
      category: 'compute',
      name: `host VM for ${row.sku}`,
      reason: 'the source gives the GPU price only and no host VM price',
    });
    warnings.push({
      code: 'host_vm_missing',
      message: `${row.sku} is priced without its host VM and the price table has none: the compute figure is too low by the host's cost`,
      priceRowId: row.id,
    });
  }

  return {
    plan: {
      priceRowId: row.id,
      sku: row.sku,
      gpusPerInstance: chosen.gpusPerUnit,
      instancesPerJob: chosen.unitsPerJob,
      idleGpusPerJob: idle,
      spotUsdUsed: c.spotShare > 0 ? spot.usd : null,
    },
    components,
    unpriced,
    warnings,
  };
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
