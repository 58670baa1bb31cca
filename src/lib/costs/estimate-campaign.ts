import { campaignInputSchema } from './campaign-input';
import type { Campaign, CampaignInput, OnPremRate, OptionTarget } from './campaign-input';
import { priceCompute } from './compute-cost';
import { UnknownGpuTypeError } from './errors';
import { allowanceReadings, type AllowanceReadings } from './egress-allowance';
import { estimateAssumptions } from './estimate-assumptions';
import { COST_CATEGORIES } from './estimate-types';
import type {
  CostCategory,
  CostComponent,
  Estimate,
  EstimateWarning,
  OptionEstimate,
  UnpricedItem,
} from './estimate-types';
import { onPremPlaceholders, priceOnPrem } from './on-prem-option';
import type { PriceRow, PriceVersion, Provider } from './price-types';
import { priceStorage } from './storage-cost';
import { priceTransfer } from './transfer-cost';
import { roundUsd } from './units';

const PROVIDER_LABEL: Record<Provider, string> = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure' };

/** GPU names the price version prices, sorted. */
export function knownGpuTypes(version: PriceVersion): string[] {
  return [...new Set(version.rows.flatMap((r) => (r.accelerator ? [r.accelerator] : [])))].sort();
}

/** Every cloud region that has GPU prices in the version, in the version's row order. */
function cloudRegions(version: PriceVersion): { provider: Provider; region: string }[] {
  const seen = new Map<string, { provider: Provider; region: string }>();
  for (const r of version.rows) {
    if (r.kind === 'gpu_vm' || r.kind === 'gpu_only')
      seen.set(`${r.provider}:${r.region}`, { provider: r.provider, region: r.region });
  }
  return [...seen.values()];
}

function resolveTargets(
  targets: OptionTarget[] | undefined,
  version: PriceVersion,
): { clouds: { provider: Provider; region: string }[]; onPrem: boolean } {
  const regions = cloudRegions(version);
  if (!targets) return { clouds: regions, onPrem: true };
  const clouds: { provider: Provider; region: string }[] = [];
  let onPrem = false;
  for (const t of targets) {
    if (t.provider === 'on-prem') {
      onPrem = true;
      continue;
    }
    const wanted =
      'region' in t && t.region
        ? [{ provider: t.provider, region: t.region }]
        : regions.filter((r) => r.provider === t.provider);
    for (const w of wanted) if (!clouds.some((c) => c.provider === w.provider && c.region === w.region)) clouds.push(w);
  }
  return { clouds, onPrem };
}

function summarize(components: CostComponent[]): { subtotals: Record<CostCategory, number>; totalUsd: number } {
  const subtotals = Object.fromEntries(
    COST_CATEGORIES.map((cat) => [
      cat,
      roundUsd(components.filter((x) => x.category === cat).reduce((s, x) => s + x.costUsd, 0)),
    ]),
  ) as Record<CostCategory, number>;
  return { subtotals, totalUsd: roundUsd(COST_CATEGORIES.reduce((s, cat) => s + subtotals[cat], 0)) };
}

function cloudOption(c: Campaign, version: PriceVersion, provider: Provider, region: string): OptionEstimate {
  const here = version.rows.filter((r) => r.provider === provider && r.region === region);
  const where = `${provider} ${region}`;
  const gpu = c.gpuType.toLowerCase();
  const gpuRows = here.filter(
    (r) => (r.kind === 'gpu_vm' || r.kind === 'gpu_only') && r.accelerator?.toLowerCase() === gpu,
  );
  const byKind = (k: PriceRow['kind']) => here.filter((r) => r.kind === k);

  const compute = priceCompute(c, gpuRows, where);
  const storage = priceStorage(c, byKind('storage'), where);
  const transfer = priceTransfer(c, { egress: byKind('egress'), ingress: byKind('ingress') }, where);

  const components = [...compute.components, ...storage.components, ...transfer.components];
  const unpriced: UnpricedItem[] = [...compute.unpriced, ...storage.unpriced, ...transfer.unpriced];
  const warnings: EstimateWarning[] = dedupe([...compute.warnings, ...storage.warnings, ...transfer.warnings]);
  if (here.length === 0)
    warnings.unshift({
      code: 'no_prices_for_region',
      message: `price version ${version.id} has no prices for ${where}`,
    });

  return {
    id: `${provider}:${region}`,
    kind: 'cloud',
    provider,
    region,
    label: `${PROVIDER_LABEL[provider]} ${region}`,
    instance: compute.plan,
    components,
    ...summarize(components),
    complete: unpriced.length === 0,
    unpriced,
    placeholders: [],
    warnings,
  };
}

function onPremOption(c: Campaign, rate: OnPremRate): OptionEstimate {
  const components = priceOnPrem(c, rate);
  const placeholders = onPremPlaceholders(c, rate);
  return {
    id: 'on-prem',
    kind: 'on-prem',
    provider: 'on-prem',
    region: null,
    label: placeholders.length > 0 ? 'On-premises (placeholder rate)' : 'On-premises (assumed rate)',
    instance: null,
    components,
    ...summarize(components),
    complete: true,
    unpriced: [],
    placeholders,
    warnings: placeholders.map((p) => ({
      code: 'placeholder_rate' as const,
      message: `$${p.placeholderUsd} per ${p.unit} is a placeholder, not a price: ${p.fillIn} to rank this option`,
    })),
  };
}

function allowanceReadingsOf(
  c: Campaign,
  version: PriceVersion,
  clouds: { provider: Provider; region: string }[],
): AllowanceReadings[] {
  return clouds.flatMap(({ provider, region }) => {
    const egress = version.rows.filter((r) => r.kind === 'egress' && r.provider === provider && r.region === region);
    const r = allowanceReadings(c, egress, `${PROVIDER_LABEL[provider]} ${region}`);
    return r ? [r] : [];
  });
}

function dedupe(warnings: EstimateWarning[]): EstimateWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => (seen.has(w.message) ? false : (seen.add(w.message), true)));
}

/** Only options with real prices compete: fully priced, and with no placeholder figure. */
export const isRanked = (o: OptionEstimate) => o.complete && o.placeholders.length === 0;

function cheapestOf(options: OptionEstimate[]): { optionId: string; totalUsd: number } | null {
  const ranked = options.filter(isRanked).sort((a, b) => a.totalUsd - b.totalUsd || a.id.localeCompare(b.id));
  const best = ranked[0];
  return best ? { optionId: best.id, totalUsd: best.totalUsd } : null;
}

/**
 * Prices a training campaign on every requested cloud region and on the lab's own resources.
 * Pure and deterministic: same input and price version, same estimate.
 * Throws UnknownGpuTypeError when the GPU is not in the price version, and zod's error for a bad input.
 */
export function estimateCampaign(
  input: CampaignInput,
  version: PriceVersion,
  onPremDefault: OnPremRate | null,
): Estimate {
  const parsed = campaignInputSchema.parse(input);
  const known = knownGpuTypes(version);
  const canonical = known.find((k) => k.toLowerCase() === parsed.gpuType.toLowerCase());
  if (!canonical) throw new UnknownGpuTypeError(parsed.gpuType, known);
  const c: Campaign = { ...parsed, gpuType: canonical };

  const onPremRate = c.onPrem ?? onPremDefault;
  const targets = resolveTargets(c.options, version);
  const options = targets.clouds.map((t) => cloudOption(c, version, t.provider, t.region));
  const warnings: EstimateWarning[] = [];
  if (targets.onPrem && onPremRate) options.push(onPremOption(c, onPremRate));
  else if (targets.onPrem)
    warnings.push({
      code: 'no_on_prem_rate',
      message: 'no on-prem rate is configured or given: the on-prem option is left out',
    });

  const incomplete = options.filter((o) => !o.complete);
  for (const o of incomplete) {
    warnings.push({
      code: 'incomplete_option',
      message: `${o.label} is incomplete (${o.unpriced.map((u) => u.name).join('; ')}): it is not ranked`,
    });
  }

  return {
    priceVersion: { id: version.id, effectiveDate: version.effectiveDate, note: version.note },
    campaign: c,
    options,
    cheapest: cheapestOf(options),
    cheapestCloud: cheapestOf(options.filter((o) => o.kind === 'cloud')),
    assumptions: estimateAssumptions(c, version, onPremRate, allowanceReadingsOf(c, version, targets.clouds)),
    warnings,
  };
}
