import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Title,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type TooltipItem,
} from 'chart.js';
import { formatMs, formatThroughput } from '../../lib/benchmarks/format';
import { resultPagePath } from '../../lib/benchmarks/result-json';
import type { ChartTable, ResultPoint, Series } from '../../lib/benchmarks/series';
import { onThemeChange, themeColor } from '../theme-colors';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Title,
  Tooltip,
);

const SERIES_COLORS = 8;

interface Palette {
  series: string[];
  text: string;
  muted: string;
  grid: string;
  invalid: string;
}

function palette(el: Element): Palette {
  return {
    series: Array.from({ length: SERIES_COLORS }, (_, i) => themeColor(`--bm-${i + 1}`, el)),
    text: themeColor('--text', el),
    muted: themeColor('--muted', el),
    grid: themeColor('--border', el),
    invalid: themeColor('--bm-invalid', el),
  };
}

const pointNote = (p: ResultPoint) =>
  [p.valid ? '' : `INVALID: ${p.reason}`, p.community ? 'community result' : ''].filter(Boolean);

/** Clicking a point or bar opens that result's full environment record. */
function openRecord(ids: (string | null)[][]) {
  return (_event: unknown, elements: { datasetIndex: number; index: number }[]) => {
    const hit = elements[0];
    const id = hit ? ids[hit.datasetIndex]?.[hit.index] : null;
    if (id) location.assign(resultPagePath(id));
  };
}

function axis(p: Palette, title: string, log: boolean, format?: (v: number) => string) {
  return {
    type: log ? ('logarithmic' as const) : ('linear' as const),
    title: { display: true, text: title, color: p.text },
    ticks: { color: p.muted, ...(format ? { callback: (v: number | string) => format(Number(v)) } : {}) },
    grid: { color: p.grid },
  };
}

const logTick = (format: (v: number) => string) => (v: number) => {
  // Label only 1-2-5 steps of each decade so a log axis stays readable.
  const mantissa = v / 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-6) ? format(v) : '';
};

/** p50 (solid) and p99 (dashed) against batch size, both axes logarithmic. */
export function latencyConfig(series: Series[], el: Element, title: string | string[]): ChartConfiguration<'line'> {
  const p = palette(el);
  const ids: (string | null)[][] = [];
  const datasets: ChartDataset<'line', { x: number; y: number }[]>[] = [];
  series.forEach((s, i) => {
    const color = p.series[i % SERIES_COLORS]!;
    for (const [stat, dash] of [
      ['p50', []],
      ['p99', [6, 4]],
    ] as const) {
      ids.push(s.points.map((pt) => pt.id));
      datasets.push({
        label: `${s.label} (${stat})`,
        data: s.points.map((pt) => ({ x: pt.batch, y: pt[stat] })),
        borderColor: color,
        backgroundColor: color,
        pointBackgroundColor: s.points.map((pt) => (pt.valid ? color : p.invalid)),
        pointBorderColor: s.points.map((pt) => (pt.valid ? color : p.invalid)),
        pointStyle: s.points.map((pt) => (!pt.valid ? 'crossRot' : pt.community ? 'triangle' : 'circle')),
        pointRadius: s.points.map((pt) => (pt.valid ? 4 : 7)),
        borderDash: [...dash],
        borderWidth: stat === 'p50' ? 2 : 1.5,
      });
    }
  });
  const points = series.flatMap((s) => s.points);
  const batches = [...new Set(points.map((pt) => pt.batch))].sort((a, b) => a - b);
  return {
    type: 'line',
    data: { datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      parsing: false,
      onClick: openRecord(ids),
      scales: {
        x: {
          ...axis(p, 'Batch size (samples per run), log scale', true),
          min: Math.max(0.7, (batches[0] ?? 1) * 0.7),
          max: (batches.at(-1) ?? 1) * 1.4,
          afterBuildTicks: (scale) => {
            scale.ticks = batches.map((value) => ({ value }));
          },
          ticks: { color: p.muted, callback: (v) => String(v) },
        },
        y: axis(p, 'Latency per batch (ms), log scale', true, logTick(formatMs)),
      },
      plugins: {
        title: { display: true, text: title, color: p.text },
        legend: {
          position: 'bottom',
          labels: { color: p.text, boxWidth: 14, font: { size: 11 }, filter: (item) => item.text.endsWith('(p50)') },
        },
        tooltip: {
          callbacks: {
            label: (ctx: TooltipItem<'line'>) => {
              const s = series[Math.floor(ctx.datasetIndex / 2)]!;
              const pt = s.points[ctx.dataIndex]!;
              const stat = ctx.datasetIndex % 2 === 0 ? 'p50' : 'p99';
              return [`${s.label}: batch ${pt.batch}, ${stat} ${formatMs(pt[stat])} ms`, ...pointNote(pt)];
            },
          },
        },
      },
    },
  };
}

export interface BarSpec {
  /** Lines of the title. */
  title: string | string[];
  yTitle: string;
  xTitle: string;
  value: (p: ResultPoint) => number;
  format: (v: number) => string;
  log: boolean;
}

/** Grouped bars from a ChartTable; invalid bars are drawn in the invalid colour. */
export function barConfig(table: ChartTable, el: Element, spec: BarSpec): ChartConfiguration<'bar'> {
  const p = palette(el);
  const ids = table.datasets.map((d) => d.values.map((v) => v?.id ?? null));
  return {
    type: 'bar',
    data: {
      labels: table.labels,
      datasets: table.datasets.map((d, i) => {
        const color = p.series[i % SERIES_COLORS]!;
        return {
          label: d.label,
          data: d.values.map((v) => (v ? spec.value(v) : null)) as number[],
          backgroundColor: d.values.map((v) => (v && !v.valid ? p.invalid : color)),
          borderColor: d.values.map((v) => (v?.community ? p.text : 'transparent')),
          borderWidth: d.values.map((v) => (v?.community ? 2 : 0)),
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      onClick: openRecord(ids),
      scales: {
        x: {
          title: { display: true, text: spec.xTitle, color: p.text },
          ticks: { color: p.text },
          grid: { display: false },
        },
        y: axis(p, spec.yTitle, spec.log, spec.log ? logTick(spec.format) : spec.format),
      },
      plugins: {
        title: { display: true, text: spec.title, color: p.text },
        legend: {
          position: 'bottom',
          // The series colour, even when its first bar is an invalid (grey) one.
          labels: {
            color: p.text,
            boxWidth: 14,
            font: { size: 11 },
            generateLabels: (chart) =>
              chart.data.datasets.map((d, i) => {
                const color = p.series[i % SERIES_COLORS]!;
                return {
                  text: d.label ?? '',
                  fillStyle: color,
                  strokeStyle: color,
                  lineWidth: 0,
                  datasetIndex: i,
                  hidden: !chart.isDatasetVisible(i),
                  fontColor: p.text,
                };
              }),
          },
        },
        tooltip: {
          callbacks: {
            label: (ctx: TooltipItem<'bar'>) => {
              const v = table.datasets[ctx.datasetIndex]?.values[ctx.dataIndex];
              return v ? [`${ctx.dataset.label}: ${spec.format(spec.value(v))}`, ...pointNote(v)] : '';
            },
          },
        },
      },
    },
  };
}

export const throughputSpec = (title: string | string[]): BarSpec => ({
  title,
  xTitle: 'Batch size (samples per run)',
  yTitle: 'Throughput (samples/s), log scale',
  value: (p) => p.throughput,
  format: formatThroughput,
  log: true,
});

export const p50Spec = (title: string, xTitle: string): BarSpec => ({
  title,
  xTitle,
  yTitle: 'p50 latency per batch (ms), log scale',
  value: (p) => p.p50,
  format: (v) => `${formatMs(v)} ms`,
  log: true,
});

/** A chart on a canvas that follows the theme; `draw` replaces its configuration. */
export function themedChart<T extends 'line' | 'bar'>(
  canvas: HTMLCanvasElement,
  build: () => ChartConfiguration<T>,
  describe: string,
) {
  let chart: Chart<T> | undefined;
  const draw = () => {
    const config = build();
    chart?.destroy();
    chart = new Chart(canvas, config);
    canvas.setAttribute('aria-label', describe);
  };
  onThemeChange(draw);
  draw();
  return { redraw: draw };
}
