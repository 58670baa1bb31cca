import type { Estimate, OptionEstimate } from './estimate-types';

const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const qty = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const usd = (x: number) => `$${money.format(x)}`;

/** Left-aligns text columns and right-aligns the ones listed in `right`. */
function table(rows: string[][], right: number[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => (right.includes(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function optionSection(o: OptionEstimate, sourceNo: (id: string) => number): string[] {
  const plan = o.instance ? ` — ${o.instance.instancesPerJob} × ${o.instance.sku} per job` : '';
  const lines = [`${o.label}${plan}: ${usd(o.totalUsd)}${o.complete ? '' : ' (INCOMPLETE: see "not priced")'}`];
  const rows = [['category', 'component', 'quantity', 'unit', 'unit price', 'cost', 'src']];
  for (const c of o.components) {
    rows.push([
      c.category,
      c.name,
      qty.format(c.quantity),
      c.unit,
      `$${c.unitPriceUsd}`,
      usd(c.costUsd),
      `[${sourceNo(c.priceRow.id)}]`,
    ]);
  }
  lines.push(...table(rows, [2, 4, 5]).map((l) => `  ${l}`));
  for (const u of o.unpriced) lines.push(`  not priced: ${u.name} (${u.reason})`);
  for (const w of o.warnings) lines.push(`  warning: ${w.message}`);
  return lines;
}

/** The estimate as a plain-text report for the CLI: summary, one breakdown per option, warnings, assumptions, sources. */
export function formatEstimateTable(e: Estimate): string {
  const c = e.campaign;
  const sources: { id: string; text: string }[] = [];
  const sourceNo = (id: string) => sources.findIndex((s) => s.id === id) + 1;
  for (const comp of e.options.flatMap((o) => o.components)) {
    if (sourceNo(comp.priceRow.id) === 0) {
      const r = comp.priceRow;
      sources.push({
        id: r.id,
        text: `${r.id}: ${r.source}; retrieved ${r.retrieved}${r.assumption ? ' (assumption)' : ''}${r.flags.length ? `; flags: ${r.flags.join(', ')}` : ''}`,
      });
    }
  }

  const summary = [['option', 'compute', 'storage', 'transfer', 'total', '']];
  for (const o of e.options) {
    summary.push([
      o.label,
      usd(o.subtotals.compute),
      usd(o.subtotals.storage),
      usd(o.subtotals.transfer),
      usd(o.totalUsd),
      [o.complete ? '' : 'incomplete', o.placeholders.length > 0 ? 'placeholder: not ranked' : '']
        .filter(Boolean)
        .join(', '),
    ]);
  }
  const label = (id: string | undefined) => e.options.find((o) => o.id === id)?.label ?? id ?? '';

  const out = [
    `Cost estimate with price version ${e.priceVersion.id} (effective ${e.priceVersion.effectiveDate})`,
    `Campaign: ${c.datasetTb} TB dataset; ${c.jobs} job(s) × ${c.gpusPerJob}× ${c.gpuType} × ${c.hoursPerJob} h; spot share ${c.spotShare}; ` +
      `egress ${c.egressCount}× over ${c.egressMonths} month(s); ingress ${c.ingressCount}×; storage ${c.storageMonths} month(s) ${c.storageClass}`,
    '',
    ...table(summary, [1, 2, 3, 4]),
    '',
    e.cheapest
      ? `Cheapest: ${label(e.cheapest.optionId)} ${usd(e.cheapest.totalUsd)}`
      : 'Cheapest: none (no option is fully priced)',
    ...(e.cheapestCloud && e.cheapestCloud.optionId !== e.cheapest?.optionId
      ? [`Cheapest cloud: ${label(e.cheapestCloud.optionId)} ${usd(e.cheapestCloud.totalUsd)}`]
      : []),
    ...e.warnings.map((w) => `warning: ${w.message}`),
  ];
  for (const o of e.options) out.push('', ...optionSection(o, sourceNo));
  out.push('', 'Assumptions:', ...e.assumptions.map((a, i) => `  ${i + 1}. ${a}`));
  out.push('', 'Sources:', ...sources.map((s, i) => `  [${i + 1}] ${s.text}`));
  return out.join('\n') + '\n';
}
