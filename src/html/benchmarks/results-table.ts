import { escapeHtml } from '../escape';
import { CSV_COLUMNS } from '../../lib/benchmarks/csv';
import { formatMiB, formatMs, formatThroughput } from '../../lib/benchmarks/format';
import { precisionLabel } from '../../lib/benchmarks/labels';
import type { BenchmarkResultJson } from '../../lib/benchmarks/result-json';
import { invalidReason } from '../../lib/benchmarks/series';

/**
 * Results tables as HTML strings: the static page renders them at build time and the live island
 * renders the very same markup from fresh API data, so both look and sort alike. Every value is
 * escaped (community results carry user agents and adapter names from visitors).
 */

export interface TableColumn {
  label: string;
  numeric: boolean;
  /** The sort key (numbers sort numerically). */
  value: (r: BenchmarkResultJson) => string | number;
  /** Cell HTML; defaults to the escaped value. */
  html?: (r: BenchmarkResultJson) => string;
}

const ms = (label: string, get: (r: BenchmarkResultJson) => number | undefined): TableColumn => ({
  label,
  numeric: true,
  value: (r) => get(r) ?? -1,
  html: (r) => {
    const v = get(r);
    return v === undefined ? '—' : formatMs(v);
  },
});

const badge = (text: string, tone: string) => `<span class="badge ${tone}">${escapeHtml(text)}</span>`;

/**
 * The columns a reader compares, by priority: the key (model version, sticky while the table
 * scrolls), what ran where, the latencies and throughput, then the details; the full environment
 * record is linked in the last column.
 */
export const SUMMARY_COLUMNS: readonly TableColumn[] = [
  {
    label: 'Model version',
    numeric: false,
    value: (r) => `${r.model.slug} v${r.version}`,
    html: (r) => `<a href="${escapeHtml(r.links.version)}">${escapeHtml(r.model.slug)} v${r.version}</a>`,
  },
  { label: 'Variant', numeric: false, value: (r) => precisionLabel(r.artifact) },
  { label: 'Hardware', numeric: false, value: (r) => r.hardwareLabel },
  ms('p50 (ms)', (r) => r.results.latencyMs.p50),
  ms('p90 (ms)', (r) => r.results.latencyMs.p90),
  ms('p99 (ms)', (r) => r.results.latencyMs.p99),
  {
    label: 'Throughput (samples/s)',
    numeric: true,
    value: (r) => r.results.throughputPerSec,
    html: (r) => formatThroughput(r.results.throughputPerSec),
  },
  { label: 'Batch', numeric: true, value: (r) => r.settings.batchSize },
  { label: 'Engine', numeric: false, value: (r) => `${r.engine.name} ${r.engine.version}` },
  { label: 'Provider', numeric: false, value: (r) => r.engine.executionProvider },
  {
    label: 'Threads',
    numeric: true,
    value: (r) => r.settings.intraOpThreads ?? -1,
    html: (r) => String(r.settings.intraOpThreads ?? '—'),
  },
  ms('p99.9 (ms)', (r) => r.results.latencyMs.p999),
  ms('Mean (ms)', (r) => r.results.latencyMs.mean),
  ms('Session create (ms)', (r) => r.results.sessionCreateMs),
  ms('First run (ms)', (r) => r.results.firstInferenceMs),
  {
    label: 'Peak memory (MiB)',
    numeric: true,
    value: (r) => r.results.peakMemoryBytes ?? -1,
    html: (r) => formatMiB(r.results.peakMemoryBytes),
  },
  {
    label: 'Runs',
    numeric: true,
    value: (r) => r.results.iterations,
    html: (r) => r.results.iterations.toLocaleString('en-US'),
  },
  {
    label: 'Source',
    numeric: false,
    value: (r) => r.provenance.source,
    html: (r) => (r.provenance.source === 'community' ? badge('community', 'warn') : escapeHtml(r.provenance.source)),
  },
  {
    label: 'Measured (UTC)',
    numeric: false,
    value: (r) => r.provenance.measuredAt,
    html: (r) => escapeHtml(r.provenance.measuredAt.slice(0, 16).replace('T', ' ')),
  },
  {
    label: 'Validity',
    numeric: false,
    value: (r) => (r.validity.valid ? 'valid' : 'invalid'),
    html: (r) =>
      r.validity.valid
        ? badge('valid', 'ok')
        : `${badge('invalid', 'danger')} <span class="small">${escapeHtml(invalidReason(r))}</span>`,
  },
  {
    label: 'Result',
    numeric: false,
    value: (r) => r.id,
    html: (r) => `<a href="${escapeHtml(r.links.page)}" title="Full environment record">record</a>`,
  },
];

const NUMERIC_FIELD =
  /(_ms|_bytes|_per_s|_cv|_pct|_threads|_cores|_runs|_iterations|^iterations|^version|^batch_size|^onnx_ir_version|^accuracy_value|^accuracy_reference)$/;

/** Every field, as in the CSV export. */
export const ALL_COLUMNS: readonly TableColumn[] = CSV_COLUMNS.map(([label, get], index): TableColumn => {
  const numeric = NUMERIC_FIELD.test(label);
  return {
    label,
    numeric,
    value: (r) => {
      const v = get(r);
      if (v === undefined || v === null) return numeric ? -1 : '';
      return typeof v === 'number' ? v : String(v);
    },
    html:
      index === 0
        ? (r) => `<a href="${escapeHtml(r.links.page)}">${escapeHtml(r.id)}</a>`
        : (r) => escapeHtml(String(get(r) ?? '')),
  };
});

export function resultsTableHtml(
  results: readonly BenchmarkResultJson[],
  columns: readonly TableColumn[] = SUMMARY_COLUMNS,
  caption?: string,
): string {
  const head = columns
    .map(
      (c) =>
        `<th scope="col" data-sort="${c.numeric ? 'number' : 'text'}"${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`,
    )
    .join('');
  const rows = results
    .map((r) => {
      const classes = [r.validity.valid ? '' : 'bm-invalid', r.provenance.source === 'community' ? 'bm-community' : '']
        .filter(Boolean)
        .join(' ');
      const title = r.validity.valid ? '' : ` title="${escapeHtml(`Invalid: ${invalidReason(r)}`)}"`;
      const cells = columns
        .map((c) => {
          const value = c.value(r);
          const html = c.html ? c.html(r) : escapeHtml(String(value));
          return `<td data-value="${escapeHtml(String(value))}"${c.numeric ? ' class="num"' : ''}>${html}</td>`;
        })
        .join('');
      return `<tr data-result-id="${escapeHtml(r.id)}"${classes ? ` class="${classes}"` : ''}${title}>${cells}</tr>`;
    })
    .join('');
  return `<table data-benchmark-table>${caption ? `<caption class="visually-hidden">${escapeHtml(caption)}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}
