import { escapeHtml } from './escape';
import { scrollRegion } from './table-scroll';
import { formatMetric } from '../lib/catalog/format';
import { compareVersions, type ComparableVersion, type CompareRow } from '../lib/catalog/version-compare';

/** A value cell; in a changed row the cell is marked (and said so to screen readers). */
function cell(value: string | null, changed: boolean): string {
  const mark = changed ? ' class="changed-cell" data-changed' : '';
  const hidden = changed ? '<span class="visually-hidden"> (differs)</span>' : '';
  return value === null
    ? `<td${mark}><span class="muted">—</span>${changed ? '<span class="visually-hidden"> (absent)</span>' : ''}</td>`
    : `<td${mark}><code>${escapeHtml(value)}</code>${hidden}</td>`;
}

const DIRECTION_WORDS = { higher: 'higher is better', lower: 'lower is better' } as const;

function deltaCell(row: CompareRow): string {
  if (row.delta === undefined || row.delta === 0) return '<td class="num muted">—</td>';
  const sign = row.delta > 0 ? '+' : '−';
  const verdict = row.verdict
    ? ` <span class="badge ${row.verdict === 'better' ? 'ok' : 'danger'}" data-verdict="${row.verdict}" title="${DIRECTION_WORDS[row.direction!]}">${row.verdict === 'better' ? '▲ better' : '▼ worse'}</span>`
    : ' <span class="muted small" data-verdict="unknown">(direction unknown)</span>';
  return `<td class="num">${sign}${escapeHtml(formatMetric(Math.abs(row.delta)))}${verdict}</td>`;
}

function summaryLine(a: ComparableVersion, b: ComparableVersion, rows: CompareRow[], metrics: CompareRow[]): string {
  const changes = rows.filter((r) => r.changed).length;
  const better = metrics.filter((r) => r.verdict === 'better').length;
  const worse = metrics.filter((r) => r.verdict === 'worse').length;
  const metricWords =
    better + worse > 0
      ? ` In v${b.version}, ${better} metric${better === 1 ? '' : 's'} better and ${worse} worse than v${a.version}.`
      : '';
  return `<p class="lead" data-compare-summary>${changes === 0 ? 'No differences recorded' : `${changes} difference${changes === 1 ? '' : 's'}`} between v${a.version} and v${b.version}. Changed rows and cells are highlighted.${metricWords}</p>`;
}

/** The comparison as HTML tables. */
export function renderComparison(a: ComparableVersion, b: ComparableVersion): string {
  const sections = compareVersions(a, b);
  const metrics = sections.find((s) => s.id === 'metrics')?.rows ?? [];
  return (
    summaryLine(
      a,
      b,
      sections.flatMap((s) => s.rows),
      metrics,
    ) +
    sections
      .map((section) => {
        const head = `<h2 id="${section.id}">${escapeHtml(section.title)}</h2>`;
        if (section.rows.length === 0) return `${head}<p class="muted">Neither version records any.</p>`;
        const withDelta = section.id === 'metrics';
        const matching =
          section.id === 'metrics'
            ? '<p class="small muted">Matched by name, unit, split and dataset version; a unit is read from the name (“latency (ms)”, “latency_ms”).</p>'
            : section.id === 'artifacts'
              ? '<p class="small muted">Matched by role (format, then precision), not by file name.</p>'
              : '';
        const rows = section.rows
          .map(
            (row) =>
              `<tr${row.changed ? ' class="changed" data-changed-row' : ''}${row.note ? ' data-unit-mismatch' : ''}><th scope="row">${escapeHtml(row.key)}${row.changed ? '<span class="visually-hidden"> (changed)</span>' : ''}` +
              `${row.note ? `<br /><span class="small muted" data-note>${escapeHtml(row.note)}</span>` : ''}</th>` +
              `${cell(row.a, row.changed && row.a !== null)}${cell(row.b, row.changed && row.b !== null)}${withDelta ? deltaCell(row) : ''}</tr>`,
          )
          .join('');
        return (
          `${head}${matching}<div class="table-wrap" ${scrollRegion(`${section.title} compared`)}><table class="compare-table" data-compare-section="${section.id}"><thead><tr><th scope="col">${section.id === 'metrics' ? 'Metric · split · dataset' : 'Field'}</th>` +
          `<th scope="col">v${a.version}</th><th scope="col">v${b.version}</th>${withDelta ? '<th scope="col" class="num">Change</th>' : ''}</tr></thead><tbody>${rows}</tbody></table></div>`
        );
      })
      .join('')
  );
}
