/** A valid POST /api/benchmarks/data-access body (the harness's shape); override any top-level field. */
export function dataAccessInput(overrides: Record<string, unknown> = {}) {
  const bytesRead = 3 * 4 * 64_000_000;
  const durationMs = 1600;
  return {
    storage: { kind: 'local-nvme', protocol: 'posix', endpoint: '/scratch' },
    file: { format: 'parquet', sizeBytes: 64_000_000, count: 4, compression: 'snappy', eventsPerFile: 1_000_000 },
    reader: { name: 'hyparquet', version: '1.25.1' },
    settings: { concurrency: 4, cacheState: 'warm', cacheMethod: 'files read once before timing', repetitions: 3 },
    results: {
      durationMs,
      bytesRead,
      throughputMBps: bytesRead / 1e3 / durationMs,
      eventsPerSec: (3 * 4 * 1_000_000) / (durationMs / 1000),
      timeToFirstByteMs: 0.4,
      throughputCv: 0.03,
    },
    hardware: { cpu: { model: 'AMD EPYC 7763 64-Core Processor', cores: 16 }, memoryBytes: 64 * 2 ** 30 },
    software: { os: 'Linux', runtime: 'Node 20.19.2', libraries: { hyparquet: '1.25.1' } },
    provenance: { source: 'harness', measuredAt: new Date(Date.now() - 60_000).toISOString() },
    ...overrides,
  };
}
