/**
 * Crawls a list of pages with bounded concurrency and a time limit, sampling the hub's render
 * cache (`GET /api/render-cache`) once a second so the largest size it reached is known, not
 * only the size at the end.
 */
import { HubClient } from './http';

export interface RenderCacheStats {
  pages: number;
  bytes: number;
  maxBytes: number;
  rssBytes: number;
}

export interface CrawlResult {
  requested: number;
  ms: number;
  timedOut: boolean;
  failures: { path: string; status: number }[];
  largest: { path: string; bytes: number };
  peak: { bytes: number; rssBytes: number; samples: number };
}

export async function renderCacheStats(client: HubClient): Promise<RenderCacheStats> {
  const res = await client.get('/api/render-cache');
  if (res.status !== 200) throw new Error(`/api/render-cache answered ${res.status}`);
  return JSON.parse(res.body) as RenderCacheStats;
}

export async function crawl(
  origin: string,
  paths: readonly string[],
  { concurrency, timeLimitMs }: { concurrency: number; timeLimitMs: number },
): Promise<CrawlResult> {
  const pages = new HubClient(origin, concurrency);
  const monitor = new HubClient(origin, 1);
  const started = performance.now();
  const result: CrawlResult = {
    requested: 0,
    ms: 0,
    timedOut: false,
    failures: [],
    largest: { path: '', bytes: 0 },
    peak: { bytes: 0, rssBytes: 0, samples: 0 },
  };
  const sample = async () => {
    const stats = await renderCacheStats(monitor);
    result.peak.bytes = Math.max(result.peak.bytes, stats.bytes);
    result.peak.rssBytes = Math.max(result.peak.rssBytes, stats.rssBytes);
    result.peak.samples++;
  };
  let sampling = Promise.resolve();
  const sampler = setInterval(() => (sampling = sampling.then(sample, sample)), 1000);
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < paths.length) {
          if (performance.now() - started > timeLimitMs) {
            result.timedOut = true;
            return;
          }
          const path = paths[next++]!;
          const res = await pages.get(path);
          result.requested++;
          if (res.status !== 200) result.failures.push({ path, status: res.status });
          const bytes = Buffer.byteLength(res.body);
          if (bytes > result.largest.bytes) result.largest = { path, bytes };
        }
      }),
    );
  } finally {
    clearInterval(sampler);
    result.ms = performance.now() - started;
    await sampling.catch(() => undefined);
  }
  await sample();
  await Promise.all([pages.close(), monitor.close()]);
  return result;
}
