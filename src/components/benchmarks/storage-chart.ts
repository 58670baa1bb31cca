/** Throughput against concurrency, one line per storage · format · reader · cache state (the storage benchmark page). */
import {
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
} from 'chart.js';
import type { ThroughputSeries } from '../../lib/benchmarks/storage-view';
import { onThemeChange, themeColor } from '../theme-colors';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  LogarithmicScale,
  CategoryScale,
  Legend,
  Title,
  Tooltip,
);

export const X_AXIS_TITLE = 'Concurrency (files read at once)';
export const Y_AXIS_TITLE = 'Throughput (MB/s, log scale)';

const PALETTE = ['--accent', '--ok', '--warn', '--danger', '--muted', '--text'];
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

export function mountStorageChart(canvas: HTMLCanvasElement, series: ThroughputSeries[]): void {
  let chart: Chart<'line'> | undefined;
  const draw = () => {
    const text = themeColor('--text', canvas);
    const muted = themeColor('--muted', canvas);
    const grid = themeColor('--border', canvas);
    chart?.destroy();
    chart = new Chart(canvas, {
      type: 'line',
      data: {
        datasets: series.map((s, i) => {
          const color = themeColor(PALETTE[i % PALETTE.length]!, canvas);
          return {
            label: s.label,
            data: s.points.map((p) => ({ x: p.concurrency, y: p.mbPerSec })),
            borderColor: color,
            backgroundColor: color,
            borderDash: DASHES[Math.floor(i / PALETTE.length) % DASHES.length],
            pointRadius: 4,
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
            title: { display: true, text: X_AXIS_TITLE, color: text },
            ticks: { color: muted, precision: 0 },
            grid: { color: grid },
          },
          y: {
            type: 'logarithmic',
            title: { display: true, text: Y_AXIS_TITLE, color: text },
            ticks: { color: muted },
            grid: { color: grid },
          },
        },
        plugins: {
          title: { display: true, text: 'Read throughput against concurrency', color: text },
          legend: { position: 'bottom', labels: { color: text } },
          tooltip: {
            callbacks: {
              label: (item) =>
                `${item.dataset.label}: ${Number((item.parsed.y ?? 0).toPrecision(4))} MB/s at ${item.parsed.x}`,
            },
          },
        },
      },
    });
    // What was drawn, for people reading the DOM (and the browser test): the axis titles in use.
    const scales = chart.options.scales as Record<string, { title?: { text?: string } }>;
    canvas.dataset.xAxis = String(scales.x?.title?.text ?? '');
    canvas.dataset.yAxis = String(scales.y?.title?.text ?? '');
    canvas.dataset.series = String(series.length);
  };
  onThemeChange(draw);
  draw();
}
