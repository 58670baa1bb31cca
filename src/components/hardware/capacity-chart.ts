/** The directory's capacity summary: GPUs per pool (recorded or reported) beside the free GPUs last reported. */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Title, Tooltip } from 'chart.js';
import type { CapacityRow } from '../../lib/hardware-capacity';
import { onThemeChange, themeColor } from '../theme-colors';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

export function mountCapacityChart(canvas: HTMLCanvasElement, rows: CapacityRow[]): void {
  let chart: Chart<'bar'> | undefined;
  const draw = () => {
    const text = themeColor('--text', canvas);
    const muted = themeColor('--muted', canvas);
    const grid = themeColor('--border', canvas);
    chart?.destroy();
    chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.name),
        datasets: [
          {
            label: 'GPUs in the pool (reported, else recorded)',
            data: rows.map((r) => r.totalGpus),
            backgroundColor: themeColor('--accent', canvas),
          },
          {
            label: 'Free GPUs (latest report)',
            data: rows.map((r) => r.freeGpus),
            backgroundColor: themeColor('--ok', canvas),
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
            title: { display: true, text: 'GPUs (count)', color: text },
            ticks: { color: muted, precision: 0 },
            grid: { color: grid },
          },
          y: {
            title: { display: true, text: 'Pool', color: text },
            ticks: { color: text },
            grid: { display: false },
          },
        },
        plugins: {
          title: { display: true, text: 'GPU capacity by pool', color: text },
          legend: { position: 'bottom', labels: { color: text } },
          tooltip: {
            callbacks: {
              afterBody: (items) => {
                const row = rows[items[0]?.dataIndex ?? -1];
                if (!row) return '';
                return row.updatedAt ? `Updated ${row.updatedAt.slice(0, 16).replace('T', ' ')} UTC` : 'No report yet';
              },
            },
          },
        },
      },
    });
  };
  onThemeChange(draw);
  draw();
}
