import type { CampaignOrigin } from '../lib/costs/campaign-url';
import type { EstimateProblem } from '../lib/cost-report/estimate-problem';
import type { CostComponent, Estimate, EstimateWarning, OptionEstimate, PriceRef } from '../lib/costs/estimate-types';
import { escapeHtml as h } from './escape';
import { scrollRegion } from './table-scroll';
import { formatQuantity, formatUnitPrice, formatUsd } from '../lib/cost-report/format';

/**
 * The estimate as HTML for the /costs/ page: totals, one sortable breakdown per option,
 * warnings, assumptions, the price version and every source. The server render (no JS)
 * and the island (as you type) both use it, so the two never disagree.
 */
export interface RenderEstimateContext {
  /** the catalog model version the inputs came from */
  from?: CampaignOrigin | null;
}

interface SourceIndex {
  numberOf(ref: PriceRef): number;
  list: PriceRef[];
}

function indexSources(e: Estimate): SourceIndex {
  const list: PriceRef[] = [];
  for (const c of e.options.flatMap((o) => o.components)) {
    if (!list.some((r) => r.id === c.priceRow.id)) list.push(c.priceRow);
  }
  return { list, numberOf: (ref) => list.findIndex((r) => r.id === ref.id) + 1 };
}

const badge = (kind: string, text: string, title?: string) =>
  `<span class="badge ${kind}"${title ? ` title="${h(title)}"` : ''}>${h(text)}</span>`;

function sourceCell(ref: PriceRef, n: number): string {
  const flags = ref.flags.length > 0 ? ` ${badge('warn', 'flagged', ref.flags.join(', '))}` : '';
  const assumption = ref.assumption ? ` ${badge('accent', 'assumption')}` : '';
  return (
    `<a href="#cost-src-${n}" aria-label="source ${n}">[${n}]</a> ${h(ref.source)}` +
    `<span class="muted"> · retrieved <span data-retrieved>${h(ref.retrieved)}</span></span>${assumption}${flags}`
  );
}

function componentRow(c: CostComponent, sources: SourceIndex): string {
  const n = sources.numberOf(c.priceRow);
  return (
    `<tr data-component data-category="${h(c.category)}"${c.priceRow.flags.length ? ' data-flagged' : ''}>` +
    `<td data-value="${h(c.category)}">${h(c.category)}</td>` +
    `<td data-value="${h(c.name)}">${h(c.name)}</td>` +
    `<td data-value="${h(c.unit)}">${h(c.unit)}</td>` +
    `<td class="num" data-value="${c.quantity}">${formatQuantity(c.quantity)}</td>` +
    `<td class="num" data-value="${c.unitPriceUsd}">${formatUnitPrice(c.unitPriceUsd)}</td>` +
    `<td class="num" data-value="${c.costUsd}" data-cost>${formatUsd(c.costUsd)}</td>` +
    `<td class="cost-source" data-value="${n}" data-source>${sourceCell(c.priceRow, n)}</td>` +
    '</tr>'
  );
}

const HEADERS: [label: string, sort: 'text' | 'number'][] = [
  ['Category', 'text'],
  ['Component', 'text'],
  ['Unit', 'text'],
  ['Quantity', 'number'],
  ['Unit price', 'number'],
  ['Cost', 'number'],
  ['Source and date', 'number'],
];

function warningList(warnings: EstimateWarning[]): string {
  if (warnings.length === 0) return '';
  const items = warnings
    .map(
      (w) =>
        `<li data-warning="${h(w.code)}"${w.priceRowId ? ` data-price-row="${h(w.priceRowId)}"` : ''}>${w.code === 'flagged_price_row' ? '<strong>Flagged price:</strong> ' : ''}${h(w.message)}</li>`,
    )
    .join('');
  return `<div class="callout warn cost-warnings"><ul>${items}</ul></div>`;
}

/** "cheapest" only for the ranked winner; incomplete and placeholder options say why they do not compete. */
function optionBadges(o: OptionEstimate, isCheapest: boolean): string {
  const placeholder = o.placeholders?.length
    ? ` ${badge('warn', 'placeholder rate', 'not a price: not ranked until your site’s figures are entered')}`
    : '';
  return `${isCheapest ? ` ${badge('ok', 'cheapest')}` : ''}${o.complete ? '' : ` ${badge('warn', 'incomplete')}`}${placeholder}`;
}

/** What to fill in, linked to the form field that takes it. */
function placeholderNote(o: OptionEstimate): string {
  if (!o.placeholders?.length) return '';
  const field = { usdPerGpuHour: 'onPremGpuHour', usdPerTbMonth: 'onPremTbMonth' } as const;
  const items = o.placeholders
    .map(
      (p) =>
        `<li><a href="#cost-${field[p.field]}">${h(p.fillIn.charAt(0).toUpperCase() + p.fillIn.slice(1))}</a> (the $${h(String(p.placeholderUsd))} per ${h(p.unit)} used here is a placeholder).</li>`,
    )
    .join('');
  return `<div class="callout warn" data-placeholder-note><p><strong>Not ranked:</strong> this option uses placeholder figures, not prices.</p><ul>${items}</ul></div>`;
}

function optionSection(o: OptionEstimate, isCheapest: boolean, sources: SourceIndex): string {
  const plan = o.instance
    ? `${o.instance.instancesPerJob} × ${o.instance.sku} per job`
    : o.kind === 'on-prem'
      ? "the lab's own GPUs and storage, at an assumed rate"
      : 'no instance priced';
  const badges = optionBadges(o, isCheapest);
  const headers = HEADERS.map(
    ([label, sort], i) => `<th scope="col" data-sort="${sort}"${i >= 3 && i <= 5 ? ' class="num"' : ''}>${label}</th>`,
  ).join('');
  const unpriced = o.unpriced.length
    ? `<p class="small"><strong>Not priced</strong> (the total leaves these out): ${o.unpriced.map((u) => `${h(u.name)} — ${h(u.reason)}`).join('; ')}</p>`
    : '';
  return (
    `<section class="card cost-option${isCheapest ? ' cost-cheapest' : ''}" data-option="${h(o.id)}" id="cost-option-${h(o.id.replace(/[^a-z0-9-]/gi, '-'))}">` +
    `<h3>${h(o.label)}${badges}</h3>` +
    `<p class="muted small">${h(plan)}</p>` +
    `<div class="table-wrap" ${scrollRegion(`Cost breakdown for ${o.label}`)}><table class="cost-breakdown" data-sortable>` +
    `<caption class="visually-hidden">Cost breakdown for ${h(o.label)}</caption>` +
    `<thead><tr>${headers}</tr></thead>` +
    `<tbody>${o.components.map((c) => componentRow(c, sources)).join('')}</tbody>` +
    `<tfoot><tr><th scope="row" colspan="5">Total${o.complete ? '' : ' (incomplete)'}</th><td class="num" data-option-total>${formatUsd(o.totalUsd)}</td><td></td></tr></tfoot>` +
    `</table></div>${unpriced}${placeholderNote(o)}${warningList(o.warnings.filter((w) => w.code !== 'placeholder_rate'))}</section>`
  );
}

function summaryTable(e: Estimate): string {
  const rows = e.options
    .map((o) => {
      const cheapest = o.id === e.cheapest?.optionId;
      const mark = optionBadges(o, cheapest);
      return (
        `<tr data-option-row="${h(o.id)}"${cheapest ? ' class="cost-cheapest" data-cheapest' : ''}>` +
        `<th scope="row"><a href="#cost-option-${h(o.id.replace(/[^a-z0-9-]/gi, '-'))}">${h(o.label)}</a>${mark}</th>` +
        `<td class="num">${formatUsd(o.subtotals.compute)}</td><td class="num">${formatUsd(o.subtotals.storage)}</td>` +
        `<td class="num">${formatUsd(o.subtotals.transfer)}</td><td class="num" data-total><strong>${formatUsd(o.totalUsd)}</strong></td></tr>`
      );
    })
    .join('');
  return (
    `<div class="table-wrap" ${scrollRegion('Total cost per option')}><table class="cost-summary" data-cost-summary><caption class="visually-hidden">Total cost per option</caption>` +
    '<thead><tr><th scope="col">Option</th><th scope="col" class="num">Compute</th><th scope="col" class="num">Storage</th>' +
    `<th scope="col" class="num">Data transfer</th><th scope="col" class="num">Total (USD)</th></tr></thead><tbody>${rows}</tbody></table></div>`
  );
}

function cheapestLine(e: Estimate): string {
  const label = (id: string) => e.options.find((o) => o.id === id)?.label ?? id;
  if (!e.cheapest)
    return '<p data-cheapest-line><strong>No option is fully priced</strong> (placeholders are not prices), so none is ranked.</p>';
  const cloud =
    e.cheapestCloud && e.cheapestCloud.optionId !== e.cheapest.optionId
      ? `; cheapest cloud: ${h(label(e.cheapestCloud.optionId))} ${formatUsd(e.cheapestCloud.totalUsd)}`
      : '';
  return `<p data-cheapest-line>Cheapest: <strong>${h(label(e.cheapest.optionId))} ${formatUsd(e.cheapest.totalUsd)}</strong>${cloud}.</p>`;
}

function sourceList(sources: SourceIndex): string {
  const items = sources.list
    .map((r, i) => {
      const flags = r.flags.length ? ` ${badge('warn', `flagged: ${r.flags.join(', ')}`)}` : '';
      return `<li id="cost-src-${i + 1}" data-source-row="${h(r.id)}"><code>${h(r.id)}</code>: ${h(r.source)}; retrieved ${h(r.retrieved)}${r.assumption ? ` ${badge('accent', 'assumption')}` : ''}${flags}</li>`;
    })
    .join('');
  return `<ol class="small cost-sources" data-sources>${items}</ol>`;
}

/** JSON for the island, safe inside a script element. */
function embedJson(e: Estimate): string {
  return `<script type="application/json" data-cost-estimate-json>${JSON.stringify(e).replace(/</g, '\\u003c')}</script>`;
}

export function renderEstimate(e: Estimate, context: RenderEstimateContext = {}): string {
  const sources = indexSources(e);
  const v = e.priceVersion;
  const from = context.from
    ? `<p class="callout" data-from>Prefilled from <a href="/models/${h(context.from.model)}/">${h(context.from.model)}</a> version ${context.from.version}: its datasets' size and its training job's GPU-hours. Change any field to explore.</p>`
    : '';
  return (
    `<div class="cost-result" data-cost-result data-price-version="${h(v.id)}">${from}` +
    `<p class="small" data-price-version-note>Prices: version <strong>${h(v.id)}</strong>, effective ${h(v.effectiveDate)}. ${h(v.note)} ` +
    `<a href="/api/costs/prices?version=${encodeURIComponent(v.id)}">The price table</a>.</p>` +
    `<h2>Totals</h2>${summaryTable(e)}${cheapestLine(e)}${warningList(e.warnings)}` +
    `<h2>Breakdown per option</h2><p class="muted small">Each line names its price row, source and retrieval date; a <span class="badge warn">flagged</span> row has a known anomaly (see the warnings). Select a column heading to sort.</p>` +
    e.options.map((o) => optionSection(o, o.id === e.cheapest?.optionId, sources)).join('') +
    `<h2>Assumptions</h2><ol class="small" data-assumptions>${e.assumptions.map((a) => `<li>${h(a)}</li>`).join('')}</ol>` +
    `<h2>Sources</h2>${sourceList(sources)}${embedJson(e)}</div>`
  );
}

/** A request the estimator refused, said so the visitor can fix the form. */
export function renderEstimateProblem(p: EstimateProblem): string {
  const issues = p.issues?.length
    ? `<ul>${p.issues.map((i) => `<li><code>${h(i.param)}</code>: ${h(i.message)}</li>`).join('')}</ul>`
    : '';
  const known = p.knownGpuTypes?.length
    ? `<p>Known GPU types: ${p.knownGpuTypes.map((g) => `<code>${h(g)}</code>`).join(', ')}.</p>`
    : '';
  return `<div class="callout danger" role="alert" data-cost-error><p><strong>No estimate:</strong> ${h(p.message)}</p>${issues}${known}</div>`;
}
