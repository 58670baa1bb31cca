/**
 * Latency of the demo models in onnxruntime-node and in onnxruntime-web (WASM back end, SIMD) in
 * headless Chromium on this machine, at batch 1 and batch 64: p50 per inference and the web / node ratio.
 *
 *   npx tsx benchmarks/onnx-latency/run.ts [--threads 1] [--runs 5000] [--block 20] [--kernel-runs 200] [--json]
 *
 * Two groups of models:
 * - kernel-dominated ones (≥ 1 M parameters, e.g. jet-btag-large): measured at 1 and 2 threads, the
 *   same number in both engines (intra-op threads in node, env.wasm.numThreads in the page). The
 *   target is on these: WASM / node ≤ 1.5 at batch 64 for every thread count; the script exits 1
 *   when it is missed.
 * - the small demo models (~10 µs a call): measured at --threads, as context only; their ratio
 *   measures the JavaScript ↔ WASM call overhead, not the kernels.
 *
 * Each sample of a small model is the mean of a block of consecutive runs: a cross-origin-isolated
 * Chromium page reads its clock in 5 µs steps, coarser than one inference of these models.
 */
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
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
import type { Browser } from 'playwright-core';

/** Target: WASM within this factor of native at batch 64, same threads, on the kernel-dominated models. */
export const TARGET_MAX_RATIO_BATCH64 = 1.5;
/** A model counts as kernel-dominated (its time goes to the matrix kernels, not to the call) from this size. */
export const KERNEL_DOMINATED_MIN_PARAMETERS = 1_000_000;
const BATCHES = [1, 64] as const;
const KERNEL_THREADS = [1, 2] as const;

const { values: args } = parseArgs({
  options: {
    threads: { type: 'string', default: '1' },
    runs: { type: 'string', default: '5000' },
    block: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '100' },
    'kernel-runs': { type: 'string', default: '200' },
    /** ort.min.mjs is what the demos ship (WASM + WebGPU, JSEP build); ort.wasm.min.mjs is WASM only. */
    bundle: { type: 'string', default: 'ort.min.mjs' },
    /** Only the kernel-dominated models (quicker, for investigating the target). */
    'kernel-only': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const threads = Number(args.threads);
const runs = Number(args.runs);
const warmup = Number(args.warmup);
const block = Number(args.block);
const kernelRuns = Number(args['kernel-runs']);
const bundle = args.bundle;
if (!/^ort[a-z.]*\.mjs$/.test(bundle))
  throw new Error(`--bundle ${bundle}: expected an ort*.mjs file of onnxruntime-web/dist`);

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

interface Timing {
  threads: number;
  runs: number;
  block: number;
  warmup: number;
}

/** How a model is timed: small models in blocks (clock resolution), big ones run by run. */
function timing(model: ManifestModel, batch: number, threads: number): Timing {
  if (model.parameters < KERNEL_DOMINATED_MIN_PARAMETERS) return { threads, runs, block, warmup };
  return batch === 1
    ? { threads, runs: kernelRuns * 5, block: 10, warmup: 50 }
    : { threads, runs: kernelRuns, block: 1, warmup: 10 };
}

async function nodeP50(model: ManifestModel, batch: number, t: Timing): Promise<number> {
  const session = await ortNode.InferenceSession.create(join(MODELS_DIR, model.file), {
    intraOpNumThreads: t.threads,
    interOpNumThreads: 1,
    graphOptimizationLevel: 'all',
  });
  const input = model.inputs[0]!;
  const feeds = {
    [input.name]: new ortNode.Tensor('float32', inputRows(model, batch), [batch, input.features.length]),
  };
  for (let i = 0; i < t.warmup; i++) await session.run(feeds);
  const samples: number[] = [];
  for (let b = 0; b < t.runs / t.block; b++) {
    const start = performance.now();
    for (let i = 0; i < t.block; i++) await session.run(feeds);
    samples.push((performance.now() - start) / t.block);
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
  timing: Timing;
}

interface WebRun {
  p50s: number[];
  /** The WASM binaries the page fetched (which build of ORT ran). */
  wasmFiles: string[];
  crossOriginIsolated: boolean;
}

/** Runs jobs in a fresh page: ORT's WASM module (and its thread count) is set up once per page. */
async function webP50s(browser: Browser, url: string, threads: number, jobs: WebJob[]): Promise<WebRun> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(
      async ({ jobs, threads, bundle }) => {
        const ort = await import(/* @vite-ignore */ `${location.origin}/ort/${bundle}`);
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
          const t = job.timing;
          for (let i = 0; i < t.warmup; i++) await session.run(feeds);
          const samples: number[] = [];
          for (let b = 0; b < t.runs / t.block; b++) {
            const start = performance.now();
            for (let i = 0; i < t.block; i++) await session.run(feeds);
            samples.push((performance.now() - start) / t.block);
          }
          await session.release();
          samples.sort((a, b) => a - b);
          // Same percentile definition as summarizeLatencies (linear between closest ranks).
          const at = (samples.length - 1) * 0.5;
          const lo = Math.floor(at);
          p50s.push(samples[lo]! + (samples[Math.ceil(at)]! - samples[lo]!) * (at - lo));
        }
        const wasmFiles = performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname.split('/').pop()!)
          .filter((name) => name.endsWith('.wasm'));
        return { p50s, wasmFiles: [...new Set(wasmFiles)], crossOriginIsolated };
      },
      { jobs, threads, bundle },
    );
  } finally {
    await page.close();
  }
}

interface Row {
  model: string;
  kernelDominated: boolean;
  threads: number;
  batch: number;
  nodeP50Ms: number;
  webWasmP50Ms: number;
  ratio: number;
}

const kernelModels = manifest.models.filter((m) => m.parameters >= KERNEL_DOMINATED_MIN_PARAMETERS);
const smallModels = manifest.models.filter((m) => m.parameters < KERNEL_DOMINATED_MIN_PARAMETERS);
/** Each pass: one thread count, one page, its models; small models run once at --threads. */
const passes = [
  ...KERNEL_THREADS.map((t) => ({ threads: t, models: kernelModels })),
  ...(args['kernel-only'] ? [] : [{ threads, models: smallModels }]),
];

const loadBefore = loadavg();
const { server, url } = await startServer();
const browser = await launchChromium();
const rows: Row[] = [];
const wasmFiles = new Set<string>();
let isolated = true;
const chromiumVersion = browser.version();
try {
  for (const pass of passes) {
    const jobs: WebJob[] = pass.models.flatMap((model) =>
      BATCHES.map((batch) => {
        const input = model.inputs[0]!;
        return {
          file: model.file,
          inputName: input.name,
          width: input.features.length,
          batch,
          data: Array.from(inputRows(model, batch)),
          timing: timing(model, batch, pass.threads),
        };
      }),
    );
    const web = await webP50s(browser, url, pass.threads, jobs);
    web.wasmFiles.forEach((f) => wasmFiles.add(f));
    isolated &&= web.crossOriginIsolated;
    let k = 0;
    for (const model of pass.models) {
      for (const batch of BATCHES) {
        const nodeP50Ms = await nodeP50(model, batch, timing(model, batch, pass.threads));
        const webWasmP50Ms = web.p50s[k++]!;
        rows.push({
          model: model.slug,
          kernelDominated: model.parameters >= KERNEL_DOMINATED_MIN_PARAMETERS,
          threads: pass.threads,
          batch,
          nodeP50Ms,
          webWasmP50Ms,
          ratio: webWasmP50Ms / nodeP50Ms,
        });
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
const loadAfter = loadavg();

const targetRows = rows.filter((r) => r.kernelDominated && r.batch === 64);
const worstTarget = targetRows.length ? Math.max(...targetRows.map((r) => r.ratio)) : NaN;
const met = targetRows.length > 0 && worstTarget <= TARGET_MAX_RATIO_BATCH64;
const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');
const header = {
  date: new Date().toISOString(),
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  loadAverageBefore: load(loadBefore),
  loadAverageAfter: load(loadAfter),
  onnxruntimeNode: ortNode.env.versions?.common ?? '',
  chromium: chromiumVersion,
  bundle,
  wasmFiles: [...wasmFiles],
  crossOriginIsolated: isolated,
};

if (args.json) {
  console.log(
    JSON.stringify(
      {
        ...header,
        smallModelThreads: threads,
        runs,
        kernelRuns,
        warmup,
        block,
        rows,
        targetMaxRatioBatch64: TARGET_MAX_RATIO_BATCH64,
        worstKernelRatioBatch64: worstTarget,
        targetMet: met,
      },
      null,
      2,
    ),
  );
} else {
  const f = (ms: number) => (ms < 0.1 ? ms.toFixed(4) : ms.toFixed(3));
  console.log(
    `onnxruntime-node ${header.onnxruntimeNode} vs onnxruntime-web WASM (${bundle}: ${header.wasmFiles.join(', ')}) in Chromium ${header.chromium}, ` +
      `cross-origin isolated: ${header.crossOriginIsolated}; ${header.cpu}; ${header.date}`,
  );
  console.log(`load average (1, 5, 15 min): ${header.loadAverageBefore} before, ${header.loadAverageAfter} after`);
  console.log(
    `kernel-dominated models: ${kernelRuns} timed runs at batch 64 (${kernelRuns * 5} in blocks of 10 at batch 1); ` +
      `small models: ${runs} timed runs (p50 of ${block}-run block means) after ${warmup} warm-up, ${threads} thread(s)`,
  );
  console.log('| model | threads | batch | node p50 ms | web-wasm p50 ms | ratio (web / node) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| ${r.model}${r.kernelDominated ? ' (kernel-dominated)' : ''} | ${r.threads} | ${r.batch} | ${f(r.nodeP50Ms)} | ${f(r.webWasmP50Ms)} | ${r.ratio.toFixed(2)} |`,
    );
  console.log(
    `\nTarget: web-wasm within ${TARGET_MAX_RATIO_BATCH64}x of node at batch 64 with matched threads on the kernel-dominated models ` +
      `(${kernelModels.map((m) => m.slug).join(', ') || 'none in the manifest'}). ` +
      `Worst ratio: ${Number.isFinite(worstTarget) ? worstTarget.toFixed(2) : '—'}x (${met ? 'met' : 'NOT met'}).`,
  );
}
if (!met) process.exitCode = 1;
