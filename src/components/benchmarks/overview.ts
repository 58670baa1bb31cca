import { bestCharts } from '../../lib/benchmarks/best-charts';
import type { BestRow } from '../../lib/benchmarks/series';
import { makeSortable } from '../sortable-table';
import { barConfig, p50Spec, themedChart, throughputSpec } from './benchmark-charts';
import { readEmbeddedJson } from './json-for-script';

/**
 * The overview island: draws the best-figures charts from the rows the server rendered (embedded
 * as JSON beside the tables, so no second request) and makes those tables sortable.
 */
export function mountOverview(root: HTMLElement) {
  const rows = readEmbeddedJson<BestRow[]>(root, 'script[data-best-rows]', []);
  for (const table of root.querySelectorAll<HTMLTableElement>('[data-best-tables] table')) makeSortable(table);
  if (rows.length === 0) {
    root.dataset.loaded = '0';
    return;
  }
  const latencyFigure = root.querySelector<HTMLElement>('[data-chart="best-latency"]')!;
  const throughputFigure = root.querySelector<HTMLElement>('[data-chart="best-throughput"]')!;
  const latencyCanvas = latencyFigure.querySelector('canvas')!;
  const throughputCanvas = throughputFigure.querySelector('canvas')!;
  const charts = bestCharts(rows);
  latencyFigure.hidden = throughputFigure.hidden = false;
  themedChart(
    latencyCanvas,
    () =>
      barConfig(
        charts.latency,
        latencyCanvas,
        p50Spec('Best p50 latency at the smallest batch, per model, engine and machine', 'Model version'),
      ),
    'Best latency per model',
  );
  themedChart(
    throughputCanvas,
    () =>
      barConfig(charts.throughput, throughputCanvas, {
        ...throughputSpec('Best throughput over batch sizes, per model, engine and machine'),
        xTitle: 'Model version',
      }),
    'Best throughput per model',
  );
  root.dataset.loaded = String(rows.length);
}
