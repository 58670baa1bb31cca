import type { BenchmarkRecord } from './record';
import { precisionLabel } from './labels';

/** Numbers as the tables show them: three significant digits, units spelled out by the column. */

export function formatMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 0.001) return ms.toPrecision(3);
  return ms.toExponential(2);
}

export function formatThroughput(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toPrecision(3)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toPrecision(3)} k`;
  return perSecond.toPrecision(3);
}

export function formatMiB(bytes: number | undefined): string {
  return bytes === undefined ? '—' : (bytes / 2 ** 20).toFixed(1);
}

/** The harness's printed summary: one row per configuration, the reasons of invalid runs after. */
export function summaryTable(records: readonly BenchmarkRecord[]): { headers: string[]; rows: string[][] } {
  const headers = [
    'model',
    'v',
    'variant',
    'batch',
    'threads',
    'p50 ms',
    'p99 ms',
    'p99.9 ms',
    'samples/s',
    'peak MiB',
    'runs',
    'valid',
  ];
  const rows = records.map((r) => [
    r.model,
    String(r.version),
    precisionLabel(r.artifact),
    String(r.settings.batchSize),
    String(r.settings.intraOpThreads ?? '—'),
    formatMs(r.results.latencyMs.p50),
    formatMs(r.results.latencyMs.p99),
    formatMs(r.results.latencyMs.p999),
    formatThroughput(r.results.throughputPerSec),
    formatMiB(r.results.peakMemoryBytes),
    r.results.iterations.toLocaleString('en-US'),
    r.validity.valid
      ? 'yes'
      : `NO: ${r.validity.flags
          .filter((f) => f.severity === 'invalid')
          .map((f) => f.code)
          .join(', ')}`,
  ]);
  return { headers, rows };
}
