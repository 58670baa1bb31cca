import { taskLabel } from '../../lib/catalog-vocabulary';
import { formatMs, formatThroughput } from '../../lib/benchmarks/format';
import { resultPagePath, versionBenchmarksPath } from '../../lib/benchmarks/result-json';
import { escapeHtml } from '../escape';
import { scrollRegion } from '../table-scroll';
import type { BestRow } from '../../lib/benchmarks/series';

/** Per task, a table of each model version's best latency and throughput by engine and machine. */
export function bestTablesHtml(rows: readonly BestRow[]): string {
  const tasks = [...new Set(rows.map((r) => r.task))];
  return tasks
    .map((task) => {
      const body = rows
        .filter((r) => r.task === task)
        .map((r) => {
          const latency = r.latency
            ? `<a href="${escapeHtml(resultPagePath(r.latency.id))}">${formatMs(r.latency.p50)}</a> <span class="muted small">(batch ${r.latency.batch})</span>`
            : '<span class="muted">no valid run</span>';
          const throughput = r.throughput
            ? `<a href="${escapeHtml(resultPagePath(r.throughput.id))}">${formatThroughput(r.throughput.perSecond)}</a> <span class="muted small">(batch ${r.throughput.batch})</span>`
            : '<span class="muted">no valid run</span>';
          const counts = `${r.valid} valid${r.invalid ? `, ${r.invalid} invalid` : ''}${r.community ? `, ${r.community} community` : ''}`;
          return (
            `<tr${r.latency ? '' : ' class="bm-invalid"'}>` +
            `<th scope="row" data-value="${escapeHtml(r.model)}"><a href="${escapeHtml(versionBenchmarksPath(r.model, r.version))}">${escapeHtml(r.modelName)}</a> <span class="muted">v${r.version}</span></th>` +
            `<td data-value="${escapeHtml(r.engine)}">${escapeHtml(r.engine)}</td>` +
            `<td data-value="${escapeHtml(r.hardware)}">${escapeHtml(r.hardware)}</td>` +
            `<td class="num" data-value="${r.latency?.p50 ?? -1}">${latency}</td>` +
            `<td class="num" data-value="${r.throughput?.perSecond ?? -1}">${throughput}</td>` +
            `<td data-value="${r.valid}">${counts}</td></tr>`
          );
        })
        .join('');
      return (
        `<h3>${escapeHtml(taskLabel(task))}</h3><div class="table-wrap bm-table" ${scrollRegion(`Best results: ${taskLabel(task)}`)}><table data-best-table="${escapeHtml(task)}">` +
        '<thead><tr><th scope="col" data-sort="text">Model</th><th scope="col" data-sort="text">Engine · provider</th><th scope="col" data-sort="text">Hardware</th>' +
        '<th scope="col" data-sort="number" class="num">Best p50 (ms)</th><th scope="col" data-sort="number" class="num">Best throughput (samples/s)</th><th scope="col" data-sort="number">Results</th></tr></thead>' +
        `<tbody>${body}</tbody></table></div>`
      );
    })
    .join('');
}
