/** What the browser harness page measures, read from its address. */
export interface BrowserRunRequest {
  model: string;
  version?: number | undefined;
  provider: 'wasm' | 'webgpu';
  batchSize: number;
  minDurationMs: number;
  minIterations: number;
  threads: number;
  warmupRuns: number;
  seed: number;
}

/** Reads a run request from the page address: ?model=&version=&provider=&batch=&minTime=&minIterations=&threads=. */
export function requestFromQuery(search: string): BrowserRunRequest {
  const q = new URLSearchParams(search);
  const number = (name: string, fallback: number) => {
    const value = q.get(name);
    const n = value === null ? fallback : Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`?${name}=${value} must be a positive number`);
    return n;
  };
  const model = q.get('model');
  if (!model || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(model)) throw new Error('?model=<slug> names the model to run');
  const provider = q.get('provider') ?? 'wasm';
  if (provider !== 'wasm' && provider !== 'webgpu') throw new Error('?provider= is wasm or webgpu');
  const minTime = q.get('minTime') ?? '2s';
  const seconds = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(minTime);
  if (!seconds) throw new Error('?minTime= is a duration such as 2s or 500ms');
  return {
    model,
    version: q.get('version') ? number('version', 1) : undefined,
    provider,
    batchSize: number('batch', 1),
    minDurationMs: Number(seconds[1]) * (seconds[2] === 'ms' ? 1 : 1000),
    minIterations: number('minIterations', 1000),
    threads: number('threads', 1),
    warmupRuns: number('warmup', 20),
    seed: number('seed', 2026),
  };
}
