import { createHash } from 'node:crypto';
import { engineLabel, hardwareLabel } from '../../src/lib/benchmarks/labels';
import type { BenchmarkRecord } from '../../src/lib/benchmarks/record';
import { signOutbound } from '../../src/lib/webhooks';

export interface PostTarget {
  /** The hub's origin, e.g. http://localhost:4321. */
  url: string;
  sourceId: string;
  /** The source's signing secret (`whsec_…`). */
  secret: string;
}

export interface PostOutcome {
  ok: boolean;
  status: number;
  message: string;
}

/**
 * A `benchmark.completed` event carrying the full record as `result`, plus the short engine,
 * hardware and metrics fields timelines and retraining policies read.
 */
export function benchmarkEvent(record: BenchmarkRecord) {
  const { model, version, ...result } = record;
  const latency = record.results.latencyMs;
  return {
    type: 'benchmark.completed@1',
    timestamp: new Date().toISOString(),
    data: {
      model,
      version,
      engine: engineLabel(record.engine),
      hardware: hardwareLabel(record.hardware),
      settings: {
        batch: record.settings.batchSize,
        ...(record.settings.intraOpThreads ? { threads: record.settings.intraOpThreads } : {}),
        ...(record.artifact.precision ? { precision: record.artifact.precision } : {}),
      },
      metrics: {
        latency_p50_ms: latency.p50,
        latency_p90_ms: latency.p90,
        latency_p99_ms: latency.p99,
        latency_p999_ms: latency.p999,
        throughput_per_s: record.results.throughputPerSec,
        ...(record.results.peakMemoryBytes
          ? { peak_memory_mib: Number((record.results.peakMemoryBytes / 2 ** 20).toFixed(1)) }
          : {}),
      },
      result,
    },
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one record as a Standard Webhooks delivery, exactly as a CI job would. The delivery id
 * is derived from the record, so sending the same results file twice stores them once; network
 * errors, 429 and 5xx are retried (re-signed each time, so the timestamp stays fresh).
 */
export async function postRecord(record: BenchmarkRecord, target: PostTarget, attempts = 3): Promise<PostOutcome> {
  const body = JSON.stringify(benchmarkEvent(record));
  const id = `bench_${createHash('sha256').update(JSON.stringify(record)).digest('hex').slice(0, 32)}`;
  const url = new URL(`/api/hooks/${encodeURIComponent(target.sourceId)}`, target.url);
  let last: PostOutcome = { ok: false, status: 0, message: 'not sent' };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const headers = await signOutbound({ secret: target.secret, id, timestamp: Math.floor(Date.now() / 1000), body });
      const response = await fetch(url, { method: 'POST', headers, body });
      const text = await response.text();
      let json: { duplicate?: boolean; eventId?: number | null; error?: { message?: string } } = {};
      try {
        json = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      if (response.ok)
        return {
          ok: true,
          status: response.status,
          message: json.duplicate ? 'already stored (same delivery id)' : `stored (event ${json.eventId ?? '?'})`,
        };
      last = { ok: false, status: response.status, message: json.error?.message ?? text.slice(0, 300) };
      if (response.status !== 429 && response.status < 500) return last;
    } catch (error) {
      last = { ok: false, status: 0, message: (error as Error).message };
    }
    if (attempt < attempts) await pause(500 * 2 ** (attempt - 1));
  }
  return last;
}
