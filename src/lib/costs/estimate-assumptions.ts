import type { Campaign, OnPremRate } from './campaign-input';
import { MAX_GPUS_PER_HOST } from './compute-cost';
import type { PriceVersion } from './price-types';
import type { AllowanceReadings } from './egress-allowance';
import { PLACEHOLDER_FILL_IN } from './on-prem-option';
import { GB_PER_TB } from './units';

/** Every rule the estimate applies, in words, with the campaign's own numbers filled in. */
export function estimateAssumptions(
  c: Campaign,
  version: PriceVersion,
  onPrem: OnPremRate | null,
  readings: AllowanceReadings[] = [],
): string[] {
  const gb = c.datasetTb * GB_PER_TB;
  const egressGb = gb * c.egressCount;
  const list = [
    `Prices from price version ${version.id} (effective ${version.effectiveDate}): ${version.note} Every component names its price row, source and retrieval date.`,
    `Volumes use the providers' binary billing units: 1 TB = ${GB_PER_TB} GB (AWS counts 10 TB as 10 × 2^40 bytes; GCP tiers read "1,024 GiB to 10,240 GiB"; Azure assumed the same). The dataset is ${c.datasetTb} TB = ${gb} GB; convert decimal sizes (10^12 bytes) first.`,
    `Compute: each of the ${c.jobs} job(s) rents ceil(${c.gpusPerJob} GPUs / GPUs per instance) whole instances for ${c.hoursPerJob} h; instance-hours = instances per job × ${c.hoursPerJob} h × ${c.jobs} jobs. Idle GPUs on a partly used instance are paid for. No time is added for setup, queueing, data staging or failed runs.`,
    c.placement === 'single-node'
      ? `Placement "single-node": the instance type is the cheapest (at the chosen spot share) among those that hold all ${c.gpusPerJob} GPUs of a job on one machine; only if none does is a job split, over the fewest machines (then the cheapest).`
      : `Placement "cheapest": the instance type is the cheapest (at the chosen spot share) even if a job then spans several machines.`,
    `GPUs priced apart from their host VM (GCP) pay one 1-GPU host share per GPU: GCP's N-GPU hosts (1, 2, 4, 8 GPUs) cost N × the 1-GPU host, and up to ${MAX_GPUS_PER_HOST} GPUs share one machine.`,
    `Spot: ${pct(c.spotShare)} of compute hours at the spot price, the rest on-demand. Zone-dependent spot ranges use the ${c.spotPrice === 'max' ? 'maximum (conservative: any zone)' : 'minimum (best zone)'} of the range. A missing spot price, or one above on-demand, is replaced by on-demand. No extra hours are added for preemptions and restarts.`,
    `Storage: the whole dataset (${gb} GB) is kept in class "${c.storageClass}" for ${c.storageMonths} month(s), billed per GB-month on the full size; tiered storage prices apply to the volume stored in a month. Request, retrieval and operation charges are not priced.`,
    `Egress: the dataset leaves the cloud ${c.egressCount} time(s) = ${egressGb} GB, spread evenly over ${c.egressMonths} billing month(s) (${egressGb / c.egressMonths} GB a month). Tiers apply cumulatively to each month's volume starting from zero, i.e. no other traffic from the account that month and any free allowance still unused.`,
    allowanceAssumption(readings),
    `GCP egress uses the ${c.networkTier} network tier; AWS and Azure have one internet price ladder.`,
    `Ingress: the dataset enters the cloud ${c.ingressCount} time(s) = ${gb * c.ingressCount} GB at the providers' ingress price (${ingressPriceWords(version)}).`,
    'Not priced: taxes, support plans, negotiated or committed-use discounts, sustained-use discounts, boot/scratch disks, inter-zone and inter-region traffic, request charges.',
    'Each component is rounded to the cent; subtotals and totals are sums of the rounded components. Options with unpriced items are marked incomplete and are not ranked as cheapest; nor are options priced with a placeholder figure.',
  ];
  const placeholders = onPrem?.placeholderFields ?? [];
  if (onPrem && placeholders.length > 0) {
    list.push(
      `On-prem (a placeholder, not a price): $${onPrem.usdPerGpuHour} per GPU-hour and $${onPrem.usdPerTbMonth} per TB-month (source: ${onPrem.source}). ${placeholders.map((f) => PLACEHOLDER_FILL_IN[f]).join(' and ')} (or set them in the hub configuration) to rank the on-prem option against the clouds.`,
    );
  } else if (onPrem) {
    list.push(
      `On-prem (an assumption, not a list price): $${onPrem.usdPerGpuHour} per GPU-hour and $${onPrem.usdPerTbMonth} per TB-month (source: ${onPrem.source}${onPrem.asOf ? `, ${onPrem.asOf}` : ''}). GPU-hours = ${c.gpusPerJob} × ${c.hoursPerJob} h × ${c.jobs} jobs with no whole-instance rounding and no spot; the lab network is not charged per GB.`,
    );
  }
  return list;
}

const usd = (x: number) => `$${x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const gbWords = (gb: number) => (gb >= GB_PER_TB && gb % GB_PER_TB === 0 ? `${gb / GB_PER_TB} TB` : `${gb} GB`);

/**
 * The free-allowance convention, with what the other reading would change for this campaign,
 * computed from the prices rather than claimed.
 */
export function allowanceAssumption(readings: AllowanceReadings[]): string {
  const convention =
    'Free egress allowance, convention used: tier bounds are absolute monthly volumes that include the free allowance ("up to 10 TB" after "first 100 GB" covers 100 GB–10 TB, "next 40 TB" 10–50 TB).';
  if (readings.length === 0)
    return `${convention} No compared option has a free egress allowance, so the reading changes nothing here.`;
  const first = readings[0]!;
  const volume = `${first.monthlyGb} GB a month${first.months > 1 ? ` for ${first.months} months` : ''}`;
  const other = `Counting the tiers after the free allowance instead moves every bound above it up by the allowance (${readings.map((r) => `${gbWords(r.allowanceGb)} in ${r.where}`).join(', ')})`;
  if (readings.every((r) => r.differenceUsd === 0)) {
    const bound = Math.min(...readings.map((r) => r.firstMovedBoundGb ?? Infinity));
    const below = Number.isFinite(bound)
      ? ` (${volume} stays below the first bound that moves, ${gbWords(bound)})`
      : '';
    return `${convention} ${other}; for this campaign both readings give the same egress cost${below}.`;
  }
  const diffs = readings.map(
    (r) =>
      `${r.where}: ${usd(r.usedUsd)} → ${usd(r.otherUsd)} (${r.differenceUsd >= 0 ? '+' : '−'}${usd(Math.abs(r.differenceUsd))})`,
  );
  const sizes = readings.map((r) => Math.abs(r.differenceUsd));
  const lo = Math.min(...sizes);
  const hi = Math.max(...sizes);
  const range = lo === hi ? usd(lo) : `${usd(lo)}–${usd(hi)}`;
  return `${convention} ${other}; for ${volume} the egress would then cost ${diffs.join('; ')}: the two readings differ by ${range} for this campaign.`;
}

/** The ingress price was once hard-coded as "free"; a later price version may charge for it. */
function ingressPriceWords(version: PriceVersion): string {
  const rows = version.rows.filter((r) => r.kind === 'ingress');
  if (rows.length === 0) return 'this price version has none: ingress is not priced';
  return rows.every((r) => r.onDemandUsd === 0) ? 'free in this price version' : 'per region, as listed';
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
