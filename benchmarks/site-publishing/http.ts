/**
 * A loopback HTTP client for the benchmark (undici keep-alive pool: less client work than
 * `fetch`, which runs on this process's thread too) and the small statistics it prints.
 */
import { Pool } from 'undici';

export interface Timed {
  ms: number;
  status: number;
  body: string;
  renderCache: string | undefined;
  etag: string | undefined;
}

export class HubClient {
  private readonly pool: Pool;

  constructor(
    readonly origin: string,
    connections = 4,
  ) {
    this.pool = new Pool(origin, { connections, pipelining: 1 });
  }

  /** GET `path`, timed from sending the request to the last byte of the body. */
  async get(path: string, headers: Record<string, string> = {}): Promise<Timed> {
    const started = performance.now();
    const res = await this.pool.request({ path, method: 'GET', headers, headersTimeout: 60_000, bodyTimeout: 60_000 });
    const body = await res.body.text();
    const header = (name: string) => {
      const value = res.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    return {
      ms: performance.now() - started,
      status: res.statusCode,
      body,
      renderCache: header('x-render-cache'),
      etag: header('etag'),
    };
  }

  async post(path: string, token: string, json: unknown): Promise<{ status: number; body: string }> {
    const res = await this.pool.request({
      path,
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
    return { status: res.statusCode, body: await res.body.text() };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const formatMs = (ms: number) =>
  ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
export const formatMiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
export const verdict = (met: boolean) => (met ? 'MET' : 'NOT MET');

export function summary(values: readonly number[]): string {
  return `p50 ${formatMs(percentile(values, 50))}, p95 ${formatMs(percentile(values, 95))}, max ${formatMs(Math.max(...values))} (n=${values.length})`;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
