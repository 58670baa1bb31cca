import { escapeHtml } from './escape';
import { scrollRegion } from './table-scroll';
import { formatMetric } from '../lib/catalog/format';
import { compareVersions, type ComparableVersion, type CompareRow } from '../lib/catalog/version-compare';

function cell(value: string | null): string {
  return value === null ? '<td class="muted">—</td>' : `<td><code>${escapeHtml(value)}</code></td>`;
}

function deltaCell(row: CompareRow): string {
  if (row.delta === undefined || row.delta === 0) return '<td class="num muted">—</td>';
  const sign = row.delta > 0 ? '+' : '−';
  return `<td class="num">${sign}${escapeHtml(formatMetric(Math.abs(row.delta)))}</td>`;
}

/** The comparison as HTML tables (the static compare pages and the any-pair island both use it). */
export function renderComparison(a: ComparableVersion, b: ComparableVersion): string {
  const sections = compareVersions(a, b);
  const changes = sections.reduce((n, s) => n + s.rows.filter((r) => r.changed).length, 0);
  const summary = `<p class="lead" data-compare-summary>${changes === 0 ? 'No differences recorded' : `${changes} difference${changes === 1 ? '' : 's'}`} between v${a.version} and v${b.version}. Changed rows are highlighted.</p>`;
  return (
    summary +
    sections
      .map((section) => {
        const head = `<h2 id="${section.id}">${escapeHtml(section.title)}</h2>`;
        if (section.rows.length === 0) return `${head}<p class="muted">Neither version records any.</p>`;
        const withDelta = section.id === 'metrics';
        const rows = section.rows
          .map(
            (row) =>
              `<tr${row.changed ? ' class="changed"' : ''}><th scope="row">${escapeHtml(row.key)}${row.changed ? '<span class="visually-hidden"> (changed)</span>' : ''}</th>` +
              `${cell(row.a)}${cell(row.b)}${withDelta ? deltaCell(row) : ''}</tr>`,
          )
          .join('');
        return (
          `${head}<div class="table-wrap" ${scrollRegion(`${section.title} compared`)}><table class="compare-table"><thead><tr><th scope="col">${section.id === 'metrics' ? 'Metric · split · dataset' : 'Field'}</th>` +
          `<th scope="col">v${a.version}</th><th scope="col">v${b.version}</th>${withDelta ? '<th scope="col" class="num">Change</th>' : ''}</tr></thead><tbody>${rows}</tbody></table></div>`
        );
      })
      .join('')
  );
}
