import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModels, DEFAULT_OUT_DIR, type BuildReport } from '../../scripts/build-models';

/** Operators that ORT CPU, ORT-web WebGPU (JSEP), TMVA SOFIE and hls4ml all list (shared/reference/onnx-ops). */
const EVERY_ENGINE = new Set(['Add', 'Div', 'MatMul', 'Mul', 'Relu', 'Sigmoid', 'Softmax', 'Sub']);

let dirA: string;
let dirB: string;
let report: BuildReport;

beforeAll(async () => {
  dirA = await mkdtemp(join(tmpdir(), 'hub-models-a-'));
  dirB = await mkdtemp(join(tmpdir(), 'hub-models-b-'));
  report = await buildModels(dirA);
  await buildModels(dirB);
  // jet-btag-large trains a million weights: ≈ 45 s of one core per build.
}, 600_000);

afterAll(async () => {
  await rm(dirA, { recursive: true, force: true });
  await rm(dirB, { recursive: true, force: true });
});

const metric = (slug: string, name: string): number => {
  const model = report.manifest.models.find((m) => m.slug === slug);
  const value = model?.metrics.find((m) => m.name === name)?.value;
  if (value === undefined) throw new Error(`no metric ${name} for ${slug}`);
  return value;
};

describe('npm run models:build', () => {
  it('writes byte-identical models and manifest on two runs', async () => {
    const files = (await readdir(dirA)).sort();
    expect(files).toEqual((await readdir(dirB)).sort());
    expect(files).toContain('manifest.json');
    for (const file of files) {
      expect(Buffer.compare(await readFile(join(dirA, file)), await readFile(join(dirB, file))), file).toBe(0);
    }
  });

  it('ships public/models exactly as a fresh build makes it', async () => {
    for (const file of await readdir(dirA)) {
      expect(
        Buffer.compare(await readFile(join(DEFAULT_OUT_DIR, file)), await readFile(join(dirA, file))),
        `${file}: run npm run models:build`,
      ).toBe(0);
    }
  });

  it('builds at least the three demo models plus fp16, int8 and pruned variants of one', () => {
    const slugs = report.manifest.models.map((m) => m.slug);
    expect(slugs).toEqual([
      'pid-dedx',
      'jet-btag',
      'jet-btag-fp16',
      'jet-btag-int8',
      'jet-btag-pruned50',
      'l1-anomaly-ae',
      'jet-btag-large',
    ]);
    const variants = report.manifest.models.filter((m) => m.variantOf === 'jet-btag').map((m) => m.precision);
    expect(variants).toEqual(['fp16', 'int8-qdq', 'fp32']);
  });

  it('agrees with the TypeScript forward pass in onnxruntime-node within the stated tolerance', () => {
    for (const check of report.checks) {
      for (const level of check.levels) {
        expect(level.maxScaledDiff, `${check.slug} ${level.graphOptimizationLevel}`).toBeLessThanOrEqual(
          level.tolerance,
        );
      }
      if (check.precision === 'fp32' && check.slug !== 'l1-anomaly-ae') {
        for (const level of check.levels) expect(level.maxAbsDiff, check.slug).toBeLessThanOrEqual(1e-5);
      }
      expect(check.examplesPassed, check.slug).toBe(check.examplesTotal);
    }
  });

  it('records each file with its real size and sha256', async () => {
    for (const model of report.manifest.models) {
      const bytes = await readFile(join(dirA, model.file));
      expect(model.bytes).toBe(bytes.length);
      expect(model.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(model.trainingDataset.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
  });

  it('uses only operators every engine lists in the fp32 models, and QDQ in the int8 one', () => {
    for (const model of report.manifest.models.filter((m) => m.precision === 'fp32')) {
      for (const op of model.operators) expect(EVERY_ENGINE.has(op), `${model.slug}: ${op}`).toBe(true);
    }
    const int8 = report.manifest.models.find((m) => m.slug === 'jet-btag-int8')!;
    expect(int8.operators).toEqual(expect.arrayContaining(['QuantizeLinear', 'DequantizeLinear']));
    expect(report.manifest.models.find((m) => m.slug === 'jet-btag-fp16')!.operators).toContain('Cast');
  });

  it('reaches sane held-out metrics', () => {
    expect(metric('pid-dedx', 'accuracy')).toBeGreaterThan(0.78);
    expect(metric('pid-dedx', 'bayes_optimal_accuracy') - metric('pid-dedx', 'accuracy')).toBeLessThan(0.02);
    expect(metric('jet-btag', 'auc')).toBeGreaterThan(0.94);
    expect(metric('jet-btag', 'light_mistag_at_70pct_b_eff')).toBeLessThan(0.03);
    for (const slug of ['jet-btag-fp16', 'jet-btag-int8', 'jet-btag-pruned50']) {
      expect(metric('jet-btag', 'auc') - metric(slug, 'auc'), slug).toBeLessThan(0.005);
      expect(metric(slug, 'decision_agreement_vs_fp32'), slug).toBeGreaterThan(0.98);
    }
    expect(metric('jet-btag-fp16', 'max_abs_diff_vs_fp32')).toBeLessThan(0.01);
    for (const signal of ['monojet-dark-matter', 'leptoquark-pair', 'a-to-4-leptons']) {
      expect(metric('l1-anomaly-ae', `auc_${signal}`), signal).toBeGreaterThan(0.9);
    }
    expect(metric('l1-anomaly-ae', 'background_rate_at_threshold')).toBeLessThan(0.02);
  });

  it('prunes half of the weights of jet-btag-pruned50', () => {
    const pruned = report.manifest.models.find((m) => m.slug === 'jet-btag-pruned50')!;
    expect(pruned.sparsityPct).toBe(50);
    expect(pruned.nonzeroParameters).toBeLessThan(0.55 * pruned.parameters);
  });
});
