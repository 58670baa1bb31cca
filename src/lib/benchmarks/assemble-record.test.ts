import { describe, expect, it } from 'vitest';
import { assembleRecord, summarizeRun, type RecordContext } from './assemble-record';

const context: RecordContext = {
  model: 'jet-btag',
  version: 1,
  artifact: { sha256: 'ab'.repeat(32), precision: 'fp32' },
  engine: { name: 'onnxruntime-node', version: '1.30.0', executionProvider: 'cpu' },
  hardware: { cpu: { model: 'Test CPU', cores: 4 } },
  software: { runtime: 'Node 20' },
  settings: {
    scenario: 'single-stream',
    batchSize: 64,
    intraOpThreads: 1,
    warmupRuns: 10,
    minIterations: 1000,
    minDurationMs: 1000,
  },
  provenance: { source: 'harness', measuredAt: '2026-01-01T00:00:00.000Z' },
};

describe('summarizeRun and assembleRecord', () => {
  it('counts runs, not samples, and takes throughput from the loop time', () => {
    const samples = Array.from({ length: 2000 }, (_, i) => 0.5 + (i % 10) / 100);
    const run = summarizeRun(samples, 1200, 1);
    const record = assembleRecord(context, run, { peakMemoryBytes: 1e8, sessionCreateMs: 3.2 });
    expect(record.results.iterations).toBe(2000);
    expect(record.results.throughputPerSec).toBeCloseTo((64 * 2000 * 1000) / 1200, 0);
    expect(record.results.latencyMs.p50).toBeCloseTo(0.545, 6);
    expect(record.results.peakMemoryBytes).toBe(1e8);
    expect(record.settings).toMatchObject({ runsPerSample: 1, timing: 'each sample is one run' });
    expect(record.validity).toEqual({ valid: true, flags: [] });
  });

  it('records block timing and calls a run below its minimums invalid', () => {
    const run = summarizeRun(
      Array.from({ length: 100 }, () => 0.02),
      400,
      8,
    );
    expect(run.iterations).toBe(800);
    const record = assembleRecord(context, run);
    expect(record.settings.timing).toBe(
      'each sample is the mean of 8 consecutive runs (the clock is coarser than one run)',
    );
    expect(record.validity.valid).toBe(false);
    expect(record.validity.flags.map((f) => f.code)).toEqual([
      'too_few_iterations',
      'too_short',
      'tail_percentiles_thin',
    ]);
  });
});
