import type { PriceFlag, PriceRow } from './price-types';

/** Prices that differ by this factor or more between regions are flagged as a warning, smaller spreads as info. */
export const REGIONAL_SPREAD_WARNING_RATIO = 1.5;

const REGION = String.raw`[a-z]+-[a-z0-9-]*\d`;
const PRICE = String.raw`\d+(?:\.\d+)?`;

/** Prices the note quotes for other regions: "us-east4 lists 9.79655", "0.023 in us-east4 and europe-west3". */
export function otherRegionPrices(note: string): { region: string; usd: number }[] {
  const out: { region: string; usd: number }[] = [];
  for (const m of note.matchAll(new RegExp(`(${REGION}) lists (${PRICE})`, 'g'))) {
    if (m[1] && m[2]) out.push({ region: m[1], usd: Number(m[2]) });
  }
  for (const m of note.matchAll(
    new RegExp(`(?:^|[\\s;:(])(${PRICE}) in ((?:${REGION})(?:(?:, | and )${REGION})*)`, 'g'),
  )) {
    if (!m[1] || !m[2]) continue;
    for (const region of m[2].split(/, | and /)) out.push({ region, usd: Number(m[1]) });
  }
  return out;
}

function catalogVersion(source: string): { family: string; version: number } | null {
  const m = /^(.*?catalog) v(\d+)\b/i.exec(source);
  return m?.[1] && m[2] ? { family: m[1].toLowerCase(), version: Number(m[2]) } : null;
}

const fmt = (usd: number) => `$${usd}`;

function rowRules(row: PriceRow): PriceFlag[] {
  const flags: PriceFlag[] = [];
  const isGpu = row.kind === 'gpu_vm' || row.kind === 'gpu_only';

  if (row.spot && row.spot.minUsd > row.onDemandUsd) {
    flags.push({
      code: 'spot_above_on_demand',
      severity: 'warning',
      message: `spot price ${row.spot.raw} is above the on-demand price ${fmt(row.onDemandUsd)}: not credible, estimates use on-demand for the spot share`,
    });
  } else if (row.spot && row.spot.maxUsd > row.onDemandUsd) {
    flags.push({
      code: 'spot_above_on_demand',
      severity: 'info',
      message: `the top of the spot range ${row.spot.raw} is above the on-demand price ${fmt(row.onDemandUsd)} in some zones`,
    });
  }
  if (row.host?.spotUsd != null && row.host.spotUsd > row.host.onDemandUsd) {
    flags.push({
      code: 'spot_above_on_demand',
      severity: 'warning',
      message: `host VM spot price ${fmt(row.host.spotUsd)} is above its on-demand price ${fmt(row.host.onDemandUsd)}`,
    });
  }

  const others = otherRegionPrices(row.note);
  if (others.length > 0) {
    const all = [row.onDemandUsd, ...others.map((o) => o.usd)].filter((x) => x > 0);
    const ratio = Math.max(...all) / Math.min(...all);
    const list = others.map((o) => `${o.region} ${fmt(o.usd)}`).join(', ');
    flags.push({
      code: 'regional_price_spread',
      severity: ratio >= REGIONAL_SPREAD_WARNING_RATIO ? 'warning' : 'info',
      message: `${fmt(row.onDemandUsd)} in ${row.region} but ${list}: prices differ ${ratio.toFixed(2)}× between regions`,
    });
  }

  const claimed = /catalog says (\d+) GPUs?/i.exec(row.note);
  if (claimed?.[1] && row.acceleratorCount !== null && Number(claimed[1]) !== row.acceleratorCount) {
    flags.push({
      code: 'accelerator_count_disputed',
      severity: 'warning',
      message: `the source catalog lists ${claimed[1]} GPUs but the row uses ${row.acceleratorCount} (${row.note})`,
    });
  }

  if (isGpu && row.spot === null) {
    flags.push({
      code: 'spot_missing',
      severity: 'info',
      message: 'no spot price in the source: a spot share is priced on-demand',
    });
  }

  if (row.kind === 'gpu_only' && row.host === null) {
    flags.push({
      code: 'host_vm_missing',
      severity: 'warning',
      message: `the price covers the GPU only and the source gives no host VM price${row.note ? ` (note: "${row.note}")` : ''}: the host is not priced`,
    });
  }
  if (row.kind === 'gpu_only' && row.host && row.host.spotUsd === null) {
    flags.push({
      code: 'host_spot_missing',
      severity: 'info',
      message: `no spot price for host VM ${row.host.sku}: a spot share pays the host on-demand`,
    });
  }

  if (/unverified/i.test(row.source)) {
    flags.push({
      code: 'unverified_source',
      severity: 'info',
      message: `source not checked against the provider: ${row.source}`,
    });
  }
  return flags;
}

/**
 * Adds anomaly flags to parsed rows. Rules are generic (spot above on-demand, a note quoting
 * another region's price, a disputed GPU count, an older catalog than other rows, …), so a
 * new price version is checked the same way.
 */
export function flagPriceRows(rows: PriceRow[]): PriceRow[] {
  const newest = new Map<string, number>();
  for (const row of rows) {
    const v = catalogVersion(row.source);
    if (v) newest.set(v.family, Math.max(newest.get(v.family) ?? 0, v.version));
  }

  const flagged = rows.map((row) => {
    const flags = [...row.flags, ...rowRules(row)];
    const v = catalogVersion(row.source);
    const newer = v ? newest.get(v.family) : undefined;
    if (v && newer !== undefined && v.version < newer) {
      flags.push({
        code: 'old_catalog_version',
        severity: 'warning',
        message: `read from ${v.family} v${v.version} while other rows use v${newer}: the price may be out of date`,
      });
    } else if (/old catalog version/i.test(row.note)) {
      flags.push({ code: 'old_catalog_version', severity: 'warning', message: `the source note says: ${row.note}` });
    }
    return { ...row, flags };
  });

  return flagged.map((row) => {
    const flags = [...row.flags, ...crossRegionFlags(row, flagged)];
    const marked = /\banomaly\b/i.test(row.note);
    if (marked && !flags.some((f) => f.severity === 'warning')) {
      flags.push({
        code: 'marked_anomaly',
        severity: 'warning',
        message: `the source note marks an anomaly: ${row.note}`,
      });
    }
    return { ...row, flags };
  });
}

/** The same SKU priced in several regions of the table. */
function crossRegionFlags(row: PriceRow, rows: PriceRow[]): PriceFlag[] {
  if (row.flags.some((f) => f.code === 'regional_price_spread')) return [];
  const peers = rows.filter(
    (r) => r.provider === row.provider && r.kind === row.kind && r.sku === row.sku && r.region !== row.region,
  );
  if (peers.length === 0) return [];
  const all = [row, ...peers].map((r) => r.onDemandUsd).filter((x) => x > 0);
  const ratio = Math.max(...all) / Math.min(...all);
  if (ratio < REGIONAL_SPREAD_WARNING_RATIO) return [];
  return [
    {
      code: 'regional_price_spread',
      severity: 'warning',
      message: `${row.sku} costs ${fmt(row.onDemandUsd)} in ${row.region} but ${peers.map((p) => `${fmt(p.onDemandUsd)} in ${p.region}`).join(', ')}`,
    },
  ];
}
