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
