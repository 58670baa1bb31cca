/**
 * npm run models:build — trains the demo models on seeded synthetic data,
 * exports them to public/models/<slug>.onnx, checks every file with
 * onnxruntime-node against the TypeScript forward pass, and writes
 * public/models/manifest.json. Same bytes on every run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as ort from 'onnxruntime-node';
import { buildDemoModels, type BuiltDemoModel, type DemoModelsManifest } from './demo-models';

export interface ModelCheck {
  slug: string;
  precision: string;
  bytes: number;
  parameters: number;
  sparsityPct: number;
  headline: string;
  levels: LevelCheck[];
  examplesPassed: number;
  examplesTotal: number;
}

export interface LevelCheck {
  graphOptimizationLevel: 'disabled' | 'all';
  tolerance: number;
  /** Largest |ORT − TypeScript| over all outputs of the verification rows. */
  maxAbsDiff: number;
  /** Largest |ORT − TypeScript| / max(1, |TypeScript|): what the tolerance bounds. */
  maxScaledDiff: number;
}

export interface BuildReport {
  outDir: string;
  manifest: DemoModelsManifest;
  checks: ModelCheck[];
  trainMs: number;
  verifyMs: number;
  totalMs: number;
}

export const DEFAULT_OUT_DIR = fileURLToPath(new URL('../public/models/', import.meta.url));

export async function buildModels(outDir: string = DEFAULT_OUT_DIR): Promise<BuildReport> {
  const start = performance.now();
  const build = await buildDemoModels();
  const trained = performance.now();

  const checks: ModelCheck[] = [];
  for (const built of build.models) checks.push(await verify(built));
  const verified = performance.now();

  await mkdir(outDir, { recursive: true });
  for (const { entry, onnx } of build.models) await writeFile(join(outDir, entry.file), onnx);
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(build.manifest, null, 2)}\n`);

  return {
    outDir,
    manifest: build.manifest,
    checks,
    trainMs: trained - start,
    verifyMs: verified - trained,
    totalMs: performance.now() - start,
  };
}

/**
 * Runs the exported bytes in onnxruntime-node at each optimisation level the
 * manifest names; throws when an output strays past its tolerance or a known
 * example gets the wrong class.
 */
async function verify({ model, onnx, entry, expected }: BuiltDemoModel): Promise<ModelCheck> {
  const width = model.network.inputWidth;
  const input = model.network.inputName;
  const levels: LevelCheck[] = [];
  let examplesPassed = 0;
  for (const { graphOptimizationLevel, tolerance } of entry.verification.checks) {
    const session = await ort.InferenceSession.create(onnx, { graphOptimizationLevel });
    const results = await session.run({
      [input]: new ort.Tensor('float32', model.verificationInputs, [model.verificationRows, width]),
    });
    let maxAbsDiff = 0;
    let maxScaledDiff = 0;
    for (const [name, reference] of Object.entries(expected)) {
      const actual = results[name]?.data as Float32Array | undefined;
      if (!actual || actual.length !== reference.length)
        throw new Error(`${model.slug}: output ${name} missing or mis-shaped in onnxruntime`);
      for (let k = 0; k < reference.length; k++) {
        const diff = Math.abs(actual[k]! - reference[k]!);
        maxAbsDiff = Math.max(maxAbsDiff, diff);
        maxScaledDiff = Math.max(maxScaledDiff, diff / Math.max(1, Math.abs(reference[k]!)));
      }
    }
    if (!(maxScaledDiff <= tolerance)) {
      throw new Error(
        `${model.slug}: onnxruntime (optimisation ${graphOptimizationLevel}) differs from the TypeScript forward pass by ${maxScaledDiff} (tolerance ${tolerance})`,
      );
    }
    levels.push({ graphOptimizationLevel, tolerance, maxAbsDiff, maxScaledDiff });

    const examples = new ort.Tensor('float32', Float32Array.from(model.examples.flatMap((e) => e.input)), [
      model.examples.length,
      width,
    ]);
    const exampleOut = await session.run({ [input]: examples });
    examplesPassed = 0;
    model.examples.forEach((example, r) => {
      const got = classify(model.classLabels, exampleOut, r, entry.anomalyThreshold);
      if (got !== example.expected) {
        throw new Error(
          `${model.slug}: known example ${JSON.stringify(example.input)} gave ${got}, expected ${example.expected}`,
        );
      }
      examplesPassed++;
    });
    await session.release();
  }

  const headline = entry.metrics
    .filter((m) => m.split === 'held-out')
    .slice(0, 2)
    .map((m) => `${m.name}=${m.value.toFixed(4)}`)
    .join(' ');
  return {
    slug: entry.slug,
    precision: entry.precision,
    bytes: entry.bytes,
    parameters: entry.parameters,
    sparsityPct: entry.sparsityPct,
    headline,
    levels,
    examplesPassed,
    examplesTotal: model.examples.length,
  };
}

/** Class label for row r: argmax of the probabilities, or normal/anomalous against the threshold. */
export function classify(
  labels: string[],
  outputs: ort.InferenceSession.ReturnType,
  r: number,
  threshold?: number,
): string {
  if (threshold !== undefined) {
    const score = (outputs.anomaly_score!.data as Float32Array)[r]!;
    return score > threshold ? 'anomalous' : 'normal';
  }
  const p = outputs.probabilities!.data as Float32Array;
  let best = 0;
  for (let j = 1; j < labels.length; j++) if (p[r * labels.length + j]! > p[r * labels.length + best]!) best = j;
  return labels[best]!;
}

export function summaryTable(report: BuildReport): string {
  const header = [
    'model',
    'precision',
    'params',
    'sparsity',
    'bytes',
    'held-out metrics',
    'ORT vs TS max|Δ| (opt off / on)',
    'tolerance',
    'examples',
  ];
  const rows = report.checks.map((c) => [
    c.slug,
    c.precision,
    String(c.parameters),
    `${c.sparsityPct.toFixed(1)} %`,
    String(c.bytes),
    c.headline,
    c.levels.map((l) => l.maxAbsDiff.toExponential(1)).join(' / '),
    c.levels.map((l) => l.tolerance.toExponential(0)).join(' / '),
    `${c.examplesPassed}/${c.examplesTotal}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await buildModels(process.argv[2] ?? DEFAULT_OUT_DIR);
  console.log(summaryTable(report));
  console.log(
    `\nwrote ${report.checks.length} models + manifest.json to ${report.outDir} in ${(report.totalMs / 1000).toFixed(2)} s ` +
      `(train + export ${(report.trainMs / 1000).toFixed(2)} s, onnxruntime checks ${(report.verifyMs / 1000).toFixed(2)} s)`,
  );
}
