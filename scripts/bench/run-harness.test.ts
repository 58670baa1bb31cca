import { describe, expect, it } from 'vitest';
import { parseEventBody } from '../../functions/events/envelope';
import { BenchmarkCreateSchema } from '../../functions/contract/benchmarks/schema';
import { parseModelRef } from '../../src/lib/benchmarks/model-ref';
import { benchmarkEvent } from './post-results';
import { runHarness } from './run-harness';
import { manifestTargets } from './targets';

describe('the node harness', () => {
  it('measures a small demo model into a valid, complete record the hub accepts', { timeout: 60_000 }, async () => {
    const targets = await manifestTargets([parseModelRef('pid-dedx')]);
    const progress: number[] = [];
    const report = await runHarness(
      targets,
      {
        batches: [1, 8],
        threads: [1],
        minDurationMs: 600,
        minIterations: 300,
        warmupRuns: 10,
        seed: 7,
        source: 'harness',
      },
      (p) => progress.push(p.done),
    );
    expect(report.failed).toEqual([]);
    expect(report.records).toHaveLength(2);
    expect(progress.at(-1)).toBe(2);
    const [record] = report.records;
    expect(record).toMatchObject({
      model: 'pid-dedx',
      version: 1,
      artifact: { sha256: targets[0]!.artifact.sha256, precision: 'fp32', irVersion: 8, opsets: { '': 17 } },
      engine: { name: 'onnxruntime-node', version: '1.30.0', executionProvider: 'cpu' },
      settings: {
        batchSize: 1,
        intraOpThreads: 1,
        minIterations: 300,
        minDurationMs: 600,
        input: { description: 'track float32 [1, 2] ~ N(0, 1) (seed 7)' },
      },
      provenance: { source: 'harness', harness: { name: 'hep-ml-hub bench-models' } },
    });
    expect(record!.hardware.cpu?.model).toBeTruthy();
    expect(record!.software.runtime).toMatch(/^Node 20|^Node 2\d/);
    const { results } = record!;
    expect(results.iterations).toBeGreaterThanOrEqual(300);
    expect(results.durationMs).toBeGreaterThanOrEqual(600);
    expect(results.latencyMs.min).toBeLessThanOrEqual(results.latencyMs.p50);
    expect(results.latencyMs.p50).toBeLessThanOrEqual(results.latencyMs.p99);
    expect(results.peakMemoryBytes!).toBeGreaterThan(results.baselineMemoryBytes!);
    expect(results.sessionCreateMs).toBeGreaterThan(0);
    // A loaded host (CI runs several suites at once) can make the p50 vary between parts of the run; the
    // record then says so with cv_above_10_percent, which is the harness doing its job. Any other flag is a fault.
    const faults = record!.validity.flags.filter((f) => f.severity === 'invalid' && f.code !== 'cv_above_10_percent');
    expect(faults, JSON.stringify(faults)).toEqual([]);
    expect(report.records[1]!.results.throughputPerSec).toBeGreaterThan(results.throughputPerSec);

    expect(BenchmarkCreateSchema.safeParse(record).success).toBe(true);
    const parsed = parseEventBody(JSON.stringify(benchmarkEvent(record!)));
    expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
  });

  it('leaves out configurations that would overrun the time bound, saying so', async () => {
    const targets = await manifestTargets([parseModelRef('pid-dedx')]);
    const report = await runHarness(targets, {
      batches: [1, 8],
      threads: [1],
      minDurationMs: 500,
      minIterations: 100,
      warmupRuns: 1,
      seed: 7,
      source: 'harness',
      maxTotalMs: 1000,
    });
    expect(report.records).toEqual([]);
    expect(report.skipped.map((s) => s.configuration)).toEqual([
      'pid-dedx v1 batch 1 threads 1',
      'pid-dedx v1 batch 8 threads 1',
    ]);
    expect(report.skipped[0]!.reason).toMatch(/1 s time bound/);
  });

  it('refuses aliases without a hub and unknown demo models', async () => {
    await expect(manifestTargets([parseModelRef('jet-btag@production')])).rejects.toThrow(/--url/);
    await expect(manifestTargets([parseModelRef('no-such-model')])).rejects.toThrow(/known: pid-dedx/);
  });
});
