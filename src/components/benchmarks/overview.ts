import { bestCharts, bestTablesHtml } from '../../lib/benchmarks/best-table';
import type { BenchmarkResultJson } from '../../lib/benchmarks/result-json';
import { bestByEngineAndHardware } from '../../lib/benchmarks/series';
import { makeSortable } from '../sortable-table';
import { barConfig, p50Spec, themedChart, throughputSpec } from './benchmark-charts';
import { fetchAllResults } from './results-api';

/** The overview island: best figures per model, engine and machine, redrawn from live results. */
export function mountOverview(root: HTMLElement) {
  const tables = root.querySelector<HTMLElement>('[data-best-tables]')!;
  const latencyFigure = root.querySelector<HTMLElement>('[data-chart="best-latency"]')!;
  const throughputFigure = root.querySelector<HTMLElement>('[data-chart="best-throughput"]')!;
  let results: BenchmarkResultJson[] = [];
  const redraws: (() => void)[] = [];

  const rows = () => bestByEngineAndHardware(results);

  function render() {
    const best = rows();
    tables.innerHTML = bestTablesHtml(best);
    for (const table of tables.querySelectorAll('table')) makeSortable(table);
    latencyFigure.hidden = throughputFigure.hidden = best.length === 0;
    root.querySelectorAll<HTMLElement>('[data-overview-empty]').forEach((el) => (el.hidden = results.length > 0));
    if (best.length === 0) return;
    if (redraws.length) {
      for (const redraw of redraws) redraw();
      return;
    }
    const latencyCanvas = latencyFigure.querySelector('canvas')!;
    const throughputCanvas = throughputFigure.querySelector('canvas')!;
    redraws.push(
      themedChart(latencyCanvas, () => barConfig(bestCharts(rows()).latency, latencyCanvas, p50Spec('Best p50 latency at the smallest batch, per model, engine and machine', 'Model version')), 'Best latency per model').redraw,
      themedChart(throughputCanvas, () => barConfig(bestCharts(rows()).throughput, throughputCanvas, { ...throughputSpec('Best throughput over batch sizes, per model, engine and machine'), xTitle: 'Model version' }), 'Best throughput per model').redraw,
    );
  }

  async function load() {
    try {
      results = await fetchAllResults('/api/benchmarks');
      render();
      root.dataset.loaded = String(results.length);
    } catch {
      root.dataset.loaded = 'error';
    }
  }

  document.addEventListener('benchmarks:reload', () => void load());
  void load();
}
