/** The study page's plots, drawn with Chart.js from the data the page embeds (no inline scripts: CSP). */
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
  ScatterController,
  Title,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { HistoryPoint } from '../../lib/hpo/history';
import type { ParamImportance } from '../../lib/hpo/importance';
import type { IntermediateCurve, ParallelData } from '../../lib/hpo/study-charts';
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
  ScatterController,
  Legend,
  Title,
  Tooltip,
);

export interface StudyChartData {
  metric: string;
  direction: 'minimize' | 'maximize';
  history: HistoryPoint[];
  parallel: ParallelData;
  importance: ParamImportance[];
  curves: IntermediateCurve[];
}

interface Colors {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  ok: string;
  warn: string;
}

const axisTitle = (text: string, c: Colors) => ({ display: true, text, color: c.text });

function historyConfig(d: StudyChartData, c: Colors): ChartConfiguration {
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          type: 'scatter',
          label: `${d.metric} of the trial`,
          data: d.history.map((p) => ({ x: p.number, y: p.value })),
          backgroundColor: c.accent,
          pointRadius: 3,
        },
        {
          type: 'line',
          label: 'Best so far',
          data: d.history.map((p) => ({ x: p.number, y: p.best })),
          borderColor: c.ok,
          backgroundColor: c.ok,
          stepped: 'before',
          pointRadius: 0,
          borderWidth: 2,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          type: 'linear',
          title: axisTitle('Trial number', c),
          ticks: { color: c.muted, precision: 0 },
          grid: { color: c.grid },
        },
        y: {
          type: 'linear',
          title: axisTitle(
            `${d.metric} (objective value, ${d.direction === 'minimize' ? 'lower' : 'higher'} is better)`,
            c,
          ),
          ticks: { color: c.muted },
          grid: { color: c.grid },
        },
      },
      plugins: {
        title: { display: true, text: 'Optimisation history', color: c.text },
        legend: { position: 'bottom', labels: { color: c.text } },
      },
    },
  };
}

function parallelConfig(d: StudyChartData, c: Colors): ChartConfiguration {
  const { axes, lines } = d.parallel;
  // Chart.js's scale option types are deep partials it does not export; the object is checked at run time by Chart.js.
  const scales: Record<string, unknown> = {
    // The x axis names the parameter axes at their foot; the vertical axes carry the values.
    x: {
      type: 'linear',
      min: 0,
      max: Math.max(1, axes.length - 1),
      title: axisTitle('Parameter axes (each line: one completed trial)', c),
      ticks: {
        stepSize: 1,
        color: c.text,
        autoSkip: false,
        callback: (v: string | number) => axes[Number(v)]?.title ?? '',
      },
      grid: { display: false },
    },
    norm: { type: 'linear', min: 0, max: 1, display: false },
  };
  axes.forEach((a, i) => {
    const common = {
      axis: 'y',
      position: { x: i },
      title: { display: false, text: a.title },
      ticks: { color: c.muted, autoSkip: true },
      grid: { display: false },
      border: { color: c.text },
    };
    scales[`axis${i}`] =
      a.kind === 'category'
        ? { ...common, type: 'category', labels: a.labels, offset: true }
        : a.kind === 'log'
          ? {
              ...common,
              type: 'logarithmic',
              min: a.min,
              max: a.max,
              // Decades only, as 1e-4, 1e-3 …: Chart.js's default log ticks crowd and pad with zeros.
              ticks: {
                ...common.ticks,
                callback: (v: string | number) =>
                  Number.isInteger(Math.round(Math.log10(Number(v)) * 1e6) / 1e6) ? Number(v).toExponential(0) : '',
              },
            }
          : { ...common, type: 'linear', min: a.min, max: a.max };
  });
  return {
    type: 'line',
    data: {
      datasets: lines.map((l) => ({
        label: l.best ? `Trial ${l.number} (best)` : `Trial ${l.number}`,
        data: l.y.map((y, i) => ({ x: i, y })),
        yAxisID: 'norm',
        xAxisID: 'x',
        borderColor: l.best ? c.ok : c.accent,
        borderWidth: l.best ? 3 : 1,
        pointRadius: l.best ? 3 : 0,
        spanGaps: false,
        order: l.best ? 0 : 1,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { left: 36, right: 12 } },
      scales: scales as never,
      plugins: {
        title: { display: true, text: `Parameters and ${d.metric} of completed trials`, color: c.text },
        legend: { display: false },
        tooltip: { mode: 'nearest', intersect: false, callbacks: { label: (item) => item.dataset.label ?? '' } },
      },
    },
  };
}

function importanceConfig(d: StudyChartData, c: Colors): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: d.importance.map((r) => r.param),
      datasets: [
        {
          label: 'Importance (η², normalised)',
          data: d.importance.map((r) => Number((r.importance * 100).toFixed(2))),
          backgroundColor: c.accent,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: 'y',
      scales: {
        x: {
          type: 'linear',
          beginAtZero: true,
          max: 100,
          title: axisTitle(`Share of ${d.metric} variance explained (%)`, c),
          ticks: { color: c.muted },
          grid: { color: c.grid },
        },
        y: { title: axisTitle('Parameter', c), ticks: { color: c.text }, grid: { display: false } },
      },
      plugins: {
        title: { display: true, text: 'Parameter importance', color: c.text },
        legend: { display: false },
      },
    },
  };
}

function intermediateConfig(d: StudyChartData, c: Colors): ChartConfiguration {
  return {
    type: 'line',
    data: {
      datasets: d.curves.map((curve) => {
        const pruned = curve.state === 'PRUNED';
        const last = curve.points.length - 1;
        return {
          label: `Trial ${curve.number}${pruned ? ' (pruned)' : curve.state === 'COMPLETE' ? '' : ` (${curve.state.toLowerCase()})`}`,
          data: curve.points.map((p) => ({ x: p.step, y: p.value })),
          borderColor: pruned ? c.warn : c.accent,
          backgroundColor: pruned ? c.warn : c.accent,
          borderDash: pruned ? [6, 4] : [],
          borderWidth: 1.5,
          pointStyle: pruned ? 'crossRot' : 'circle',
          pointRadius: curve.points.map((_, i) => (pruned && i === last ? 7 : 0)),
          pointBorderWidth: pruned ? 2 : 1,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          type: 'linear',
          title: axisTitle('Step (as the trial reports it, e.g. epoch)', c),
          ticks: { color: c.muted, precision: 0 },
          grid: { color: c.grid },
        },
        y: {
          type: 'linear',
          title: axisTitle(`${d.metric} (intermediate value)`, c),
          ticks: { color: c.muted },
          grid: { color: c.grid },
        },
      },
      plugins: {
        title: { display: true, text: 'Intermediate values; pruned trials dashed, ✕ where pruned', color: c.text },
        legend: { display: d.curves.length <= 12, position: 'bottom', labels: { color: c.text, usePointStyle: true } },
      },
    },
  };
}

const CONFIGS = {
  history: historyConfig,
  parallel: parallelConfig,
  importance: importanceConfig,
  intermediate: intermediateConfig,
} as const;

/** Draws `canvas[data-chart]` elements; each canvas then lists its axis titles in `data-axes` (for readers and tests). */
const drawn = new Map<HTMLCanvasElement, Chart>();
let chartData: StudyChartData | undefined;

function draw(canvas: HTMLCanvasElement, data: StudyChartData): void {
  const make = CONFIGS[canvas.dataset.chart as keyof typeof CONFIGS];
  if (!make) return;
  const colors: Colors = {
    text: themeColor('--text', canvas),
    muted: themeColor('--muted', canvas),
    grid: themeColor('--border', canvas),
    accent: themeColor('--accent', canvas),
    ok: themeColor('--ok', canvas),
    warn: themeColor('--warn', canvas),
  };
  drawn.get(canvas)?.destroy();
  const chart = new Chart(canvas, make(data, colors));
  drawn.set(canvas, chart);
  const axes = Object.values(chart.scales)
    .filter((s) => s.options.display !== false)
    .map((s) => ({
      id: s.id,
      type: s.type,
      title: (s.options as { title?: { text?: string } }).title?.text ?? '',
    }));
  canvas.dataset.axes = JSON.stringify(axes);
}

/** Draws these canvases now, and again (all drawn so far) when the theme changes. */
export function drawStudyCharts(canvases: Iterable<HTMLCanvasElement>, data: StudyChartData): void {
  if (!chartData) onThemeChange(() => drawn.forEach((_, canvas) => draw(canvas, chartData!)));
  chartData = data;
  for (const canvas of canvases) draw(canvas, data);
}
