import type { ChartConfiguration } from 'chart.js';
import type { BenchmarkResultJson } from '../../lib/benchmarks/result-json';
import {
  batchSizes,
  hardwareTable,
  latencySeries,
  sharedSetup,
  throughputTable,
  variantTable,
  versionTable,
} from '../../lib/benchmarks/series';
import { makeSortable } from '../sortable-table';
import { barConfig, latencyConfig, p50Spec, themedChart, throughputSpec } from './benchmark-charts';
import { fetchAllResults } from './results-api';

export type ChartKind = 'latency' | 'throughput' | 'variants' | 'hardware' | 'versions';

interface ChartSlot {
  kind: ChartKind;
  figure: HTMLElement;
  canvas: HTMLCanvasElement;
  redraw?: () => void;
}

function q<T extends Element>(root: ParentNode, selector: string): T | null {
  return root.querySelector<T>(selector);
}

/** A figure is shown only when its chart has something to compare. */
function drawable(kind: ChartKind, results: BenchmarkResultJson[]): boolean {
  if (results.length === 0) return false;
  if (kind === 'variants') return new Set(variantTable(results).labels).size > 1;
  if (kind === 'versions') return new Set(results.map((r) => r.version)).size > 1;
  if (kind === 'hardware')
    return new Set(results.map((r) => r.hardwareLabel)).size > 1 || new Set(results.map((r) => r.engineLabel)).size > 1;
  return true;
}

/** The charts read at most this many of the newest results (the tables page through all of them). */
const CHART_PAGES = 5;

/**
 * The charts of a benchmark page: the server renders the tables (one page of results); this
 * island loads the results from the API and draws them, and makes a table holding every result
 * sortable. Markup contract: `[data-benchmark-view][data-api][data-total]`, figures
 * `[data-chart=kind]` with a canvas, `[data-load-status]`, `select[data-batch-select]`,
 * tables under `[data-sortable]`.
 */
export function mountBenchmarkView(root: HTMLElement) {
  const api = root.dataset.api!;
  const title = root.dataset.title ?? 'Benchmark results';
  const status = q<HTMLElement>(root, '[data-load-status]');
  const batchSelect = q<HTMLSelectElement>(root, 'select[data-batch-select]');
  const slots: ChartSlot[] = [...root.querySelectorAll<HTMLElement>('[data-chart]')].map((figure) => ({
    kind: figure.dataset.chart as ChartKind,
    figure,
    canvas: figure.querySelector('canvas')!,
  }));
  let results: BenchmarkResultJson[] = [];

  const batch = () => Number(batchSelect?.value || batchSizes(results)[0] || 1);
  /** What every series shares goes on the title's second line, so the legend stays short. */
  const withSetup = (text: string): string | string[] => {
    const setup = sharedSetup(results);
    return setup ? [text, setup] : text;
  };

  const configs: Record<
    ChartKind,
    (canvas: HTMLCanvasElement) => ChartConfiguration<'line'> | ChartConfiguration<'bar'>
  > = {
    latency: (c) =>
      latencyConfig(latencySeries(results), c, withSetup(`${title}: latency vs batch size (p50 solid, p99 dashed)`)),
    throughput: (c) =>
      barConfig(throughputTable(results), c, throughputSpec(withSetup(`${title}: throughput by batch size`))),
    variants: (c) => {
      const table = variantTable(results);
      return barConfig(
        table,
        c,
        p50Spec(`Precision and pruning variants, ${table.setup ?? ''}`, 'Variant (model version · precision)'),
      );
    },
    hardware: (c) =>
      barConfig(hardwareTable(results, batch()), c, p50Spec(`Hardware comparison at batch ${batch()}`, 'Hardware')),
    versions: (c) =>
      barConfig(versionTable(results, batch()), c, p50Spec(`Versions compared at batch ${batch()}`, 'Model version')),
  };

  function renderBatchChoices() {
    if (!batchSelect) return;
    const current = batchSelect.value;
    const sizes = batchSizes(results);
    batchSelect.replaceChildren(...sizes.map((b) => new Option(String(b), String(b), false, String(b) === current)));
    if (!sizes.map(String).includes(current) && sizes.length) batchSelect.value = String(sizes[0]);
  }

  function renderCharts() {
    const picker = batchSelect?.closest<HTMLElement>('[data-batch-picker]');
    if (picker)
      picker.hidden = !slots.some((s) => (s.kind === 'hardware' || s.kind === 'versions') && drawable(s.kind, results));
    for (const slot of slots) {
      const show = drawable(slot.kind, results);
      slot.figure.hidden = !show;
      if (!show) continue;
      const describe = `${slot.figure.querySelector('figcaption')?.textContent?.trim() ?? slot.kind}. The table below has the same figures.`;
      if (slot.redraw) slot.redraw();
      else
        slot.redraw = themedChart(
          slot.canvas,
          () => configs[slot.kind](slot.canvas) as ChartConfiguration<'bar'>,
          describe,
        ).redraw;
    }
  }

  async function load() {
    const total = Number(root.dataset.total ?? 0);
    for (const table of root.querySelectorAll<HTMLTableElement>('[data-sortable] table')) makeSortable(table);
    if (total === 0 || slots.length === 0) {
      root.dataset.loaded = '0';
      return;
    }
    if (status) {
      status.hidden = false;
      status.textContent = 'Loading the charts…';
    }
    root.setAttribute('aria-busy', 'true');
    try {
      results = await fetchAllResults(api, CHART_PAGES);
      renderBatchChoices();
      renderCharts();
      root.dataset.loaded = String(results.length);
      if (status) {
        const shown =
          results.length < total
            ? `the newest ${results.length.toLocaleString('en')} of ${total.toLocaleString('en')} results`
            : `${results.length} result${results.length === 1 ? '' : 's'}`;
        status.textContent = `Charts of ${shown}.`;
      }
    } catch (error) {
      if (status)
        status.textContent = `Could not load the charts (${(error as Error).message}); the table below has every figure.`;
      root.dataset.loaded = 'error';
    } finally {
      root.removeAttribute('aria-busy');
    }
  }

  batchSelect?.addEventListener('change', () => {
    for (const slot of slots) if (slot.kind === 'hardware' || slot.kind === 'versions') slot.redraw?.();
  });
  void load();
}
