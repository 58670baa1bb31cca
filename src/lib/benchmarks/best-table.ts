import { taskLabel } from '../catalog-vocabulary';
import { formatMs, formatThroughput } from './format';
import { resultPagePath, versionBenchmarksPath } from './result-json';
import { escapeHtml } from './results-table';
import type { BestRow, ChartTable, ResultPoint } from './series';

const point = (id: string, batch: number, p50: number, throughput: number): ResultPoint => ({
  id,
  batch,
  p50,
  p99: p50,
  throughput,
  valid: true,
  reason: '',
  community: false,
});

/** Best latency and best throughput per model version (x) and engine · machine (one bar each). */
export function bestCharts(rows: readonly BestRow[]): { latency: ChartTable; throughput: ChartTable } {
  const models = [...new Set(rows.map((r) => `${r.model} v${r.version}`))];
  const setups = [...new Set(rows.map((r) => `${r.engine} · ${r.hardware}`))].sort();
  const find = (m: string, s: string) =>
    rows.find((r) => `${r.model} v${r.version}` === m && `${r.engine} · ${r.hardware}` === s);
  const table = (value: (r: BestRow) => ResultPoint | null): ChartTable => ({
    labels: models,
    datasets: setups.map((s) => ({
      label: s,
      values: models.map((m) => {
        const r = find(m, s);
        return r ? value(r) : null;
      }),
    })),
  });
  return {
    latency: table((r) => (r.latency ? point(r.latency.id, r.latency.batch, r.latency.p50, 0) : null)),
    throughput: table((r) =>
      r.throughput ? point(r.throughput.id, r.throughput.batch, 0, r.throughput.perSecond) : null,
    ),
  };
}

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
        `<h3>${escapeHtml(taskLabel(task))}</h3><div class="table-wrap bm-table"><table data-best-table="${escapeHtml(task)}">` +
        '<thead><tr><th scope="col" data-sort="text">Model</th><th scope="col" data-sort="text">Engine · provider</th><th scope="col" data-sort="text">Hardware</th>' +
        '<th scope="col" data-sort="number" class="num">Best p50 (ms)</th><th scope="col" data-sort="number" class="num">Best throughput (samples/s)</th><th scope="col" data-sort="number">Results</th></tr></thead>' +
        `<tbody>${body}</tbody></table></div>`
      );
    })
    .join('');
}
