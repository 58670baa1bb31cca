import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Title,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { costChartData } from '../lib/cost-report/chart-data';
import { formatUsd, formatUsdCompact } from '../lib/cost-report/format';
import type { Estimate } from '../lib/costs/estimate-types';
import { onThemeChange, themeColor } from './theme-colors';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

/** Colours come from the theme's CSS variables, so the chart follows light and dark mode. */
function palette(el: Element) {
  return {
    compute: themeColor('--cost-compute', el),
    storage: themeColor('--cost-storage', el),
    transfer: themeColor('--cost-transfer', el),
    text: themeColor('--text', el),
    muted: themeColor('--muted', el),
    grid: themeColor('--border', el),
  };
}

function configFor(e: Estimate, el: Element): ChartConfiguration<'bar'> {
  const d = costChartData(e);
  const p = palette(el);
  const totals = e.options.map((o) => o.totalUsd);
  return {
    type: 'bar',
    data: {
      labels: d.labels,
      datasets: d.datasets.map((ds) => ({
        label: ds.label,
        data: ds.data,
        backgroundColor: p[ds.category],
        stack: 'cost',
        borderWidth: 0,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true, ticks: { color: p.text }, grid: { display: false } },
        y: {
          type: d.yAxis.type,
          stacked: true,
          beginAtZero: d.yAxis.beginAtZero,
          title: { display: true, text: d.yAxis.title, color: p.text },
          ticks: { color: p.muted, callback: (value) => formatUsdCompact(Number(value)) },
          grid: { color: p.grid },
        },
      },
      plugins: {
        title: {
          display: true,
          text: `Cost per option by category (USD, price version ${e.priceVersion.id})`,
          color: p.text,
        },
        legend: { labels: { color: p.text } },
        tooltip: {
          callbacks: {
            label: (ctx) => `${ctx.dataset.label}: ${formatUsd(Number(ctx.parsed.y))}`,
            footer: (items) => `Total: ${formatUsd(totals[items[0]?.dataIndex ?? 0] ?? 0)}`,
          },
        },
      },
    },
  };
}

/** One Chart.js stacked bar chart on a canvas, redrawn with each estimate and on theme changes. */
export function createCostChart(canvas: HTMLCanvasElement) {
  let chart: Chart<'bar'> | undefined;
  let last: Estimate | undefined;
  const draw = (e: Estimate) => {
    last = e;
    const config = configFor(e, canvas);
    if (chart) {
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update();
    } else {
      chart = new Chart(canvas, config);
    }
    canvas.setAttribute(
      'aria-label',
      `Stacked bar chart of cost per option: ${e.options.map((o) => `${o.label} ${formatUsd(o.totalUsd)}`).join('; ')}. The totals table has the same figures.`,
    );
  };
  const redraw = () => last && draw(last);
  onThemeChange(redraw);
  return { draw };
}
