import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { classify, DEFAULT_OUT_DIR } from '../../scripts/build-models';
import { decodeModel } from '../../scripts/demo-models/export/onnx-builder';
import type { DemoModelsManifest } from '../../scripts/demo-models';

// The kernel-dominated demo model of benchmarks/onnx-latency: its size is read from the graph
// itself (initializer shapes), not from the manifest it is checked against.
const manifest = JSON.parse(await readFile(join(DEFAULT_OUT_DIR, 'manifest.json'), 'utf8')) as DemoModelsManifest;
const entry = manifest.models.find((m) => m.slug === 'jet-btag-large')!;
const bytes = new Uint8Array(await readFile(join(DEFAULT_OUT_DIR, 'jet-btag-large.onnx')));
const graph = decodeModel(bytes).graph!;
const dims = (name: string) => (graph.initializer ?? []).find((t) => t.name === name)?.dims?.map(Number) ?? [];

describe('jet-btag-large (kernel-dominated demo model)', () => {
  it('is in the manifest with the real size, checksum and parameter count of its file', () => {
    expect(entry).toBeDefined();
    expect(entry.bytes).toBe(bytes.length);
    expect(entry.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(entry.bytes).toBeLessThan(5 * 1024 * 1024);
    // Every weight and bias tensor; the normalisation constants (mean, scale) are not parameters.
    const weights = (graph.initializer ?? [])
      .filter((t) => !/mean|scale/i.test(t.name ?? ''))
      .reduce((sum, t) => sum + (t.dims ?? []).reduce((p: number, d) => p * Number(d), 1), 0);
    expect(weights).toBe(entry.parameters);
    expect(entry.parameters).toBeGreaterThanOrEqual(1_000_000);
  });

  it('costs over 2 MFLOP per event in its MatMul nodes, as the manifest says', () => {
    const matmuls = (graph.node ?? []).filter((n) => n.opType === 'MatMul');
    expect(matmuls).toHaveLength(3);
    const flops = matmuls.reduce((sum, n) => {
      const [k, m] = dims(n.input![1]!);
      return sum + 2 * k! * m!;
    }, 0);
    expect(flops).toBe(entry.hyperParameters.flops_per_event);
    expect(flops).toBeGreaterThan(2_000_000);
  });

  it('classifies its known examples as expected in onnxruntime-node, at batch 1 and together', async () => {
    const session = await ort.InferenceSession.create(bytes, { graphOptimizationLevel: 'all' });
    const width = entry.inputs[0]!.features.length;
    const all = Float32Array.from(entry.examples.flatMap((e) => e.input));
    const together = await session.run({
      jet_features: new ort.Tensor('float32', all, [entry.examples.length, width]),
    });
    for (const [r, example] of entry.examples.entries()) {
      expect(classify(entry.classLabels, together, r), example.note).toBe(example.expected);
      const alone = await session.run({
        jet_features: new ort.Tensor('float32', Float32Array.from(example.input), [1, width]),
      });
      const p = alone.probabilities!.data as Float32Array;
      expect(p[0]! + p[1]!).toBeCloseTo(1, 5);
      expect(classify(entry.classLabels, alone, 0)).toBe(example.expected);
    }
    await session.release();
  });

  it('states held-out metrics close to the small jet-btag on the same held-out jets', () => {
    const small = manifest.models.find((m) => m.slug === 'jet-btag')!;
    const auc = (m: typeof entry) => m.metrics.find((x) => x.name === 'auc' && x.split === 'held-out')!.value;
    expect(entry.trainingDataset.seed).toBe(small.trainingDataset.seed);
    expect(entry.trainingDataset.samples.held_out).toBe(small.trainingDataset.samples.held_out);
    expect(auc(entry)).toBeGreaterThan(0.95);
    expect(Math.abs(auc(entry) - auc(small))).toBeLessThan(0.01);
  });
});
