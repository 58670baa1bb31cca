/**
 * Latency of the demo models in onnxruntime-node and in onnxruntime-web (WASM back end) in headless
 * Chromium on this machine, at batch 1 and batch 64: p50 per inference and the web / node ratio.
 *
 *   npx tsx benchmarks/onnx-latency/run.ts [--threads 1] [--runs 5000] [--block 20] [--json]
 *
 * Each sample is the mean of a block of consecutive runs: a cross-origin-isolated Chromium page
 * reads its clock in 5 µs steps, coarser than one inference of these models.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as ortNode from 'onnxruntime-node';
import { createRandom } from '../../src/lib/demo-data/random';
import type { DemoModelsManifest, ManifestModel } from '../../scripts/demo-models';
import { summarizeLatencies } from '../../src/lib/stats';
import { launchChromium } from '../../test/helpers/chromium';

/** Target: a trial in the browser is representative when WASM is within this factor of native at batch 64. */
export const TARGET_MAX_RATIO_BATCH64 = 3;
const BATCHES = [1, 64] as const;

const { values: args } = parseArgs({
  options: {
    threads: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5000' },
    block: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '100' },
    json: { type: 'boolean', default: false },
  },
});
const threads = Number(args.threads);
const runs = Number(args.runs);
const warmup = Number(args.warmup);
const block = Number(args.block);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MODELS_DIR = join(ROOT, 'public/models');
const ORT_WEB_DIST = dirname(createRequire(import.meta.url).resolve('onnxruntime-web'));
const manifest = JSON.parse(await readFile(join(MODELS_DIR, 'manifest.json'), 'utf8')) as DemoModelsManifest;

/** Rows spread over each feature's demo range, the same for both engines. */
function inputRows(model: ManifestModel, batch: number): Float32Array {
  const random = createRandom(4242);
  const features = model.inputs[0]!.features;
  return Float32Array.from({ length: batch * features.length }, (_, k) => {
    const [lo, hi] = features[k % features.length]!.range;
    return lo + (hi - lo) * random.uniform();
  });
}

async function nodeP50(model: ManifestModel, batch: number): Promise<number> {
  const session = await ortNode.InferenceSession.create(join(MODELS_DIR, model.file), {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  });
  const input = model.inputs[0]!;
  const feeds = {
    [input.name]: new ortNode.Tensor('float32', inputRows(model, batch), [batch, input.features.length]),
  };
  for (let i = 0; i < warmup; i++) await session.run(feeds);
  const samples: number[] = [];
  for (let b = 0; b < runs / block; b++) {
    const start = performance.now();
    for (let i = 0; i < block; i++) await session.run(feeds);
    samples.push((performance.now() - start) / block);
  }
  await session.release();
  return summarizeLatencies(samples).p50Ms;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.onnx': 'application/octet-stream',
};

/** Serves ORT's dist files and the models, cross-origin isolated so WASM threads are possible. */
async function startServer() {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = path.startsWith('/ort/')
      ? join(ORT_WEB_DIST, path.slice(5))
      : path.startsWith('/models/')
        ? join(MODELS_DIR, path.slice(8))
        : null;
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    if (path === '/') {
      res.end('<!doctype html><title>onnx latency</title>');
      return;
    }
    try {
      if (!file || file.includes('..')) throw new Error('not found');
      const body = await readFile(file);
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface WebJob {
  file: string;
  inputName: string;
  width: number;
  batch: number;
  data: number[];
}

async function webP50s(jobs: WebJob[]): Promise<number[]> {
  const { server, url } = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    return await page.evaluate(
      async ({ jobs, threads, runs, warmup, block }) => {
        const ort = await import(/* @vite-ignore */ `${location.origin}/ort/ort.min.mjs`);
        ort.env.wasm.numThreads = threads;
        ort.env.wasm.wasmPaths = `${location.origin}/ort/`;
        const p50s: number[] = [];
        for (const job of jobs) {
          const session = await ort.InferenceSession.create(`/models/${job.file}`, {
            executionProviders: ['wasm'],
            graphOptimizationLevel: 'all',
          });
          const feeds = {
            [job.inputName]: new ort.Tensor('float32', Float32Array.from(job.data), [job.batch, job.width]),
          };
          for (let i = 0; i < warmup; i++) await session.run(feeds);
          const samples: number[] = [];
          for (let b = 0; b < runs / block; b++) {
            const start = performance.now();
            for (let i = 0; i < block; i++) await session.run(feeds);
            samples.push((performance.now() - start) / block);
          }
          await session.release();
          samples.sort((a, b) => a - b);
          // Same percentile definition as summarizeLatencies (linear between closest ranks).
          const at = (samples.length - 1) * 0.5;
          const lo = Math.floor(at);
          p50s.push(samples[lo]! + (samples[Math.ceil(at)]! - samples[lo]!) * (at - lo));
        }
        return p50s;
      },
      { jobs, threads, runs, warmup, block },
    );
  } finally {
    await browser.close();
    server.close();
  }
}

const rows: { model: string; batch: number; nodeP50Ms: number; webWasmP50Ms: number; ratio: number }[] = [];
const jobs: WebJob[] = [];
for (const model of manifest.models) {
  for (const batch of BATCHES) {
    const input = model.inputs[0]!;
    jobs.push({
      file: model.file,
      inputName: input.name,
      width: input.features.length,
      batch,
      data: Array.from(inputRows(model, batch)),
    });
  }
}
const web = await webP50s(jobs);
let k = 0;
for (const model of manifest.models) {
  for (const batch of BATCHES) {
    const nodeP50Ms = await nodeP50(model, batch);
    const webWasmP50Ms = web[k++]!;
    rows.push({ model: model.slug, batch, nodeP50Ms, webWasmP50Ms, ratio: webWasmP50Ms / nodeP50Ms });
  }
}

const worst64 = Math.max(...rows.filter((r) => r.batch === 64).map((r) => r.ratio));
if (args.json) {
  console.log(
    JSON.stringify(
      {
        threads,
        runs,
        warmup,
        block,
        rows,
        targetMaxRatioBatch64: TARGET_MAX_RATIO_BATCH64,
        worstRatioBatch64: worst64,
      },
      null,
      2,
    ),
  );
} else {
  const f = (ms: number) => ms.toFixed(4);
  console.log(
    `onnxruntime-node ${ortNode.env.versions?.common ?? ''} vs onnxruntime-web WASM in Chromium; ${threads} thread(s), ${runs} timed runs (p50 of ${block}-run block means) after ${warmup} warm-up`,
  );
  console.log('| model | batch | node p50 ms | web-wasm p50 ms | ratio (web / node) |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(`| ${r.model} | ${r.batch} | ${f(r.nodeP50Ms)} | ${f(r.webWasmP50Ms)} | ${r.ratio.toFixed(2)} |`);
  console.log(
    `\nTarget: web-wasm within ${TARGET_MAX_RATIO_BATCH64}x of node at batch 64. Worst ratio at batch 64: ${worst64.toFixed(2)}x (${worst64 <= TARGET_MAX_RATIO_BATCH64 ? 'met' : 'NOT met'}).`,
  );
}
