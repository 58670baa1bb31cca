/**
 * `npm run bench:browser -- --url http://hub [--model slug[:version]] [--provider wasm,webgpu] [--batch 1,64]
 *   [--min-time 2s] [--min-iterations N] [--threads 1] [--post --source src_… --secret whsec_…|--secret-env VAR] [--out file]`
 *
 * The browser side of the harness: drives the hub's /benchmarks/run/ page in Chromium (playwright-core,
 * system Chromium) so onnxruntime-web measures each model on the WASM and WebGPU providers. Without a
 * GPU, WebGPU runs on SwiftShader and the record says it is software-rendered. Writes the records as
 * JSON, prints a summary, and with --post sends them like the node harness.
 */
import { Command } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDuration, parseIntList } from '../src/lib/benchmarks/cli-values';
import { summaryTable } from '../src/lib/benchmarks/format';
import { hardwareLabel } from '../src/lib/benchmarks/labels';
import { parseModelRef } from '../src/lib/benchmarks/model-ref';
import type { BenchmarkRecord } from '../src/lib/benchmarks/record';
import type { DemoModelsManifest } from '../src/lib/demo-data/manifest';
import { textTable } from '../src/lib/onnx/text-table';
import { launchChromium } from '../test/helpers/chromium';
import { postRecord } from './bench/post-results';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const program = new Command('bench:browser')
  .description('Profile catalog models with onnxruntime-web (WASM, WebGPU) in Chromium, through a running hub.')
  .requiredOption('--url <hub>', 'the running hub whose /benchmarks/run/ page measures')
  .option(
    '--model <ref...>',
    'slug or slug:version (repeatable or comma-separated); default: every demo model',
    (v: string, acc: string[] = []) => [...acc, ...v.split(',')],
  )
  .option('--provider <list>', 'execution providers: wasm, webgpu', 'wasm,webgpu')
  .option('--batch <sizes>', 'batch sizes', '1,64')
  .option('--threads <n>', 'WASM threads', '1')
  .option('--min-time <duration>', 'minimum measuring time per configuration', '2s')
  .option('--min-iterations <n>', 'minimum timed runs per configuration', '1000')
  .option('--timeout <duration>', 'give up on one configuration after this long', '120s')
  .option(
    '--out <file>',
    'where to write the JSON results (default: benchmarks/model-latency/results/browser-<time>.json)',
  )
  .option('--post', 'send each result to the hub as a signed benchmark.completed event')
  .option('--source <id>', 'the hub webhook source to post as (src_…)')
  .option('--secret <whsec>', "the source's signing secret")
  .option('--secret-env <var>', 'read the secret from this environment variable', 'HUB_WEBHOOK_SECRET')
  .parse();

const opts = program.opts<{
  url: string;
  model?: string[];
  provider: string;
  batch: string;
  threads: string;
  minTime: string;
  minIterations: string;
  timeout: string;
  out?: string;
  post?: boolean;
  source?: string;
  secret?: string;
  secretEnv: string;
}>();

function fail(message: string): never {
  console.error(`bench:browser: ${message}`);
  process.exit(2);
}

function parseSettings() {
  try {
    const providers = opts.provider.split(',').map((p) => p.trim());
    for (const p of providers)
      if (p !== 'wasm' && p !== 'webgpu') throw new RangeError(`--provider ${p}: use wasm and/or webgpu`);
    const refs = (opts.model ?? []).map((m) => parseModelRef(m.trim()));
    for (const ref of refs)
      if (ref.kind === 'alias')
        throw new RangeError(`${ref.slug}@${ref.alias}: the browser harness takes slug or slug:version`);
    return {
      refs,
      providers: providers as ('wasm' | 'webgpu')[],
      batches: parseIntList(opts.batch, 'batch size'),
      threads: parseIntList(opts.threads, 'thread count')[0]!,
      minDurationMs: parseDuration(opts.minTime),
      minIterations: parseIntList(opts.minIterations, 'iteration count')[0]!,
      timeoutMs: parseDuration(opts.timeout),
    };
  } catch (error) {
    return fail((error as Error).message);
  }
}

const settings = parseSettings();
const secret = opts.secret ?? process.env[opts.secretEnv];
if (opts.post && (!opts.source || !secret))
  fail(`--post needs --source and the secret (--secret or ${opts.secretEnv})`);

const hub = new URL(opts.url);
let models = settings.refs.map((r) => ({ slug: r.slug, version: r.kind === 'version' ? r.version : undefined }));
if (models.length === 0) {
  const response = await fetch(new URL('/models/manifest.json', hub)).catch(() => undefined);
  if (!response?.ok)
    fail(`${hub.origin}/models/manifest.json is not reachable: is the hub running? Or name models with --model.`);
  models = ((await response.json()) as DemoModelsManifest).models.map((m) => ({ slug: m.slug, version: undefined }));
}

const records: BenchmarkRecord[] = [];
const failed: { configuration: string; error: string }[] = [];
const browser = await launchChromium({ webgpu: settings.providers.includes('webgpu') });
try {
  const context = await browser.newContext();
  for (const model of models) {
    for (const provider of settings.providers) {
      for (const batch of settings.batches) {
        const label = `${model.slug}${model.version ? ` v${model.version}` : ''} ${provider} batch ${batch}`;
        process.stderr.write(`  measuring ${label}…\n`);
        const query = new URLSearchParams({
          model: model.slug,
          provider,
          batch: String(batch),
          minTime: `${settings.minDurationMs}ms`,
          minIterations: String(settings.minIterations),
          threads: String(settings.threads),
          autostart: '1',
        });
        if (model.version) query.set('version', String(model.version));
        const page = await context.newPage();
        try {
          await page.goto(new URL(`/benchmarks/run/?${query}`, hub).href);
          const handle = await page.waitForFunction(
            () => (window as unknown as { __benchmarkResult?: unknown }).__benchmarkResult,
            undefined,
            { timeout: settings.timeoutMs },
          );
          const result = (await handle.jsonValue()) as
            { ok: true; record: BenchmarkRecord } | { ok: false; error: string };
          if (result.ok) records.push(result.record);
          else failed.push({ configuration: label, error: result.error });
        } catch (error) {
          failed.push({ configuration: label, error: (error as Error).message.split('\n')[0]! });
        } finally {
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
}

const startedAt = new Date().toISOString();
const out = resolve(
  opts.out ?? `${ROOT}/benchmarks/model-latency/results/browser-${startedAt.replace(/[:.]/g, '-')}.json`,
);
await mkdir(dirname(out), { recursive: true });
await writeFile(
  out,
  `${JSON.stringify({ harness: 'hep-ml-hub bench-browser', hub: hub.origin, settings, records, failed }, null, 2)}\n`,
);

const machines = [
  ...new Set(
    records.map(
      (r) => `${r.engine.name} ${r.engine.version} · ${r.engine.executionProvider} on ${hardwareLabel(r.hardware)}`,
    ),
  ),
];
for (const m of machines) console.log(`\n${m}`);
const table = summaryTable(records);
console.log(
  `\n${textTable(
    ['provider', ...table.headers],
    table.rows.map((row, i) => [records[i]!.engine.executionProvider, ...row]),
  )}`,
);
for (const f of failed) console.log(`  FAILED: ${f.configuration}: ${f.error}`);
console.log(`\n${records.length} results written to ${relative(process.cwd(), out) || out}`);

let postFailures = 0;
if (opts.post) {
  for (const record of records) {
    const outcome = await postRecord(record, { url: hub.origin, sourceId: opts.source!, secret: secret! });
    if (!outcome.ok) postFailures++;
    console.log(
      `  post ${record.model} v${record.version} ${record.engine.executionProvider} batch ${record.settings.batchSize}: ${outcome.ok ? outcome.message : `FAILED (${outcome.status}): ${outcome.message}`}`,
    );
  }
}
process.exit(failed.length > 0 || postFailures > 0 ? 1 : 0);
