/**
 * Diagnostic for the kernel-dominated model: onnxruntime-web's WASM build run inside Node (same
 * .wasm, same V8 as Chromium, no browser processes) against onnxruntime-node, one thread each, runs
 * interleaved A/B so that a busy machine slows both alike. Prints the minimum and median per run and
 * the arithmetic rate (GFLOP/s) each engine reaches, per graph optimisation level.
 *
 *   npx tsx benchmarks/onnx-latency/wasm-in-node.ts [--runs 60]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import * as ortNode from 'onnxruntime-node';
import * as ortWeb from 'onnxruntime-web';
import type { DemoModelsManifest } from '../../scripts/demo-models';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '60' } } });
const runs = Number(args.runs);
const MODELS_DIR = fileURLToPath(new URL('../../public/models/', import.meta.url));
const manifest = JSON.parse(await readFile(join(MODELS_DIR, 'manifest.json'), 'utf8')) as DemoModelsManifest;
const model = manifest.models.find((m) => m.slug === 'jet-btag-large')!;
const flops = Number(model.hyperParameters.flops_per_event);
const bytes = await readFile(join(MODELS_DIR, model.file));
const input = model.inputs[0]!;
ortWeb.env.wasm.numThreads = 1;

const stats = (a: number[]) => {
  const s = [...a].sort((p, q) => p - q);
  return { min: s[0]!, median: s[s.length >> 1]! };
};
console.log(
  `load average before: ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`,
);
console.log(
  '| optimisation | batch | node min / median ms | wasm min / median ms | ratio (min) | GFLOP/s node / wasm |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const level of ['disabled', 'basic', 'all'] as const) {
  const native = await ortNode.InferenceSession.create(bytes, { intraOpNumThreads: 1, graphOptimizationLevel: level });
  const wasm = await ortWeb.InferenceSession.create(bytes, {
    executionProviders: ['wasm'],
    graphOptimizationLevel: level,
  });
  for (const batch of [1, 64]) {
    const x = Float32Array.from({ length: batch * input.features.length }, (_, k) => {
      const f = input.features[k % input.features.length]!;
      return f.default;
    });
    const shape = [batch, input.features.length];
    const feedsNode = { [input.name]: new ortNode.Tensor('float32', x, shape) };
    const feedsWasm = { [input.name]: new ortWeb.Tensor('float32', x, shape) };
    const tn: number[] = [];
    const tw: number[] = [];
    for (let i = 0; i < 5; i++) {
      await native.run(feedsNode);
      await wasm.run(feedsWasm);
    }
    for (let i = 0; i < runs; i++) {
      let t = performance.now();
      await native.run(feedsNode);
      tn.push(performance.now() - t);
      t = performance.now();
      await wasm.run(feedsWasm);
      tw.push(performance.now() - t);
    }
    const n = stats(tn);
    const w = stats(tw);
    const gflops = (ms: number) => ((flops * batch) / ms / 1e6).toFixed(0);
    console.log(
      `| ${level} | ${batch} | ${n.min.toFixed(3)} / ${n.median.toFixed(3)} | ${w.min.toFixed(3)} / ${w.median.toFixed(3)} | ${(w.min / n.min).toFixed(2)} | ${gflops(n.min)} / ${gflops(w.min)} |`,
    );
  }
  await native.release();
  await wasm.release();
}
console.log(
  `load average after: ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`,
);
