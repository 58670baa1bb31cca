/**
 * `npm run bench:models -- [--model slug[@alias|:version]] [--batch 1,8,64,256] [--threads 1,2]
 *   [--min-time 2s] [--min-iterations N] [--post --url http://hub --source src_… --secret whsec_…|--secret-env VAR]
 *   [--pool hardware-pool-slug] [--out results.json]`
 *
 * Profiles ONNX models with onnxruntime-node: each configuration (model × batch × threads) runs in
 * a fresh process, warms up, then runs until both the minimum iterations and the minimum time are
 * met. Writes every record as JSON, prints a summary, and with --post sends each record to a hub
 * as a signed `benchmark.completed` delivery, exactly as a CI job would.
 */
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDuration, parseIntList } from '../src/lib/benchmarks/cli-values';
import { summaryTable } from '../src/lib/benchmarks/format';
import { parseModelRef, type ModelRef } from '../src/lib/benchmarks/model-ref';
import { textTable } from '../src/lib/onnx/text-table';
import { postRecord } from './bench/post-results';
import { runHarness, type HarnessProgress, type HarnessSettings } from './bench/run-harness';
import { hubTargets, manifestTargets } from './bench/targets';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const program = new Command('bench:models')
  .description('Profile ONNX models with onnxruntime-node and record comparable, reproducible results.')
  .option(
    '--model <ref...>',
    'slug, slug@alias or slug:version (repeatable or comma-separated); default: every demo model',
    (v: string, acc: string[] = []) => [...acc, ...v.split(',')],
  )
  .option('--batch <sizes>', 'batch sizes', '1,8,64,256')
  .option('--threads <counts>', 'intra-op thread counts', '1')
  .option('--min-time <duration>', 'minimum measuring time per configuration (e.g. 2s, 500ms)', '2s')
  .option('--min-iterations <n>', 'minimum timed runs per configuration', '1000')
  .option('--warmup <n>', 'minimum warm-up runs (warm-up also lasts 10 % of --min-time, at most 1 s)', '20')
  .option('--seed <n>', 'seed of the synthetic inputs', '2026')
  .option('--max-time <duration>', 'stop starting configurations after this much time in all')
  .option('--out <file>', 'where to write the JSON results (default: benchmarks/model-latency/results/<time>.json)')
  .option('--url <hub>', 'a hub: resolve models through its API (and post there with --post)')
  .option('--post', 'send each result to the hub as a signed benchmark.completed event')
  .option('--source <id>', 'the hub webhook source to post as (src_…)')
  .option('--secret <whsec>', "the source's signing secret")
  .option('--secret-env <var>', 'read the secret from this environment variable', 'HUB_WEBHOOK_SECRET')
  .addOption(
    new Option('--provenance <source>', 'what the records say produced them')
      .choices(['harness', 'ci'])
      .default(process.env.CI ? 'ci' : 'harness'),
  )
  .option('--submitter <name>', 'who ran it (default: the webhook source name)')
  .option('--raw-log-url <url>', 'link to the raw log (e.g. the CI job)')
  .option('--pool <slug>', 'the hardware pool it runs on (/hardware/<slug>/); the hub refuses an unknown pool')
  .addOption(
    new Option('--progress <style>', 'progress display')
      .choices(['bar', 'jsonl', 'none'])
      .default(process.stderr.isTTY ? 'bar' : 'none'),
  )
  .option('--low-priority', 'measure at the lowest CPU priority (beside a running server)')
  .parse();

const opts = program.opts<{
  model?: string[];
  batch: string;
  threads: string;
  minTime: string;
  minIterations: string;
  warmup: string;
  seed: string;
  maxTime?: string;
  out?: string;
  url?: string;
  post?: boolean;
  source?: string;
  secret?: string;
  secretEnv: string;
  provenance: 'harness' | 'ci';
  submitter?: string;
  rawLogUrl?: string;
  pool?: string;
  progress: 'bar' | 'jsonl' | 'none';
  lowPriority?: boolean;
}>();

function fail(message: string): never {
  console.error(`bench:models: ${message}`);
  process.exit(2);
}

function parseOptions() {
  try {
    const refs: ModelRef[] = (opts.model ?? [])
      .map((m) => m.trim())
      .filter(Boolean)
      .map(parseModelRef);
    const settings: HarnessSettings = {
      batches: parseIntList(opts.batch, 'batch size'),
      threads: parseIntList(opts.threads, 'thread count'),
      minDurationMs: parseDuration(opts.minTime),
      minIterations: parseIntList(opts.minIterations, 'iteration count')[0]!,
      warmupRuns: Number(opts.warmup),
      seed: Number(opts.seed),
      maxTotalMs: opts.maxTime ? parseDuration(opts.maxTime) : undefined,
      source: opts.provenance,
      submitter: opts.submitter,
      rawLogUrl: opts.rawLogUrl,
      lowPriority: opts.lowPriority,
      hardwarePool: opts.pool,
    };
    if (opts.pool !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(opts.pool))
      throw new RangeError('--pool must be a hardware pool slug (lowercase words joined by -)');
    if (!Number.isInteger(settings.warmupRuns) || settings.warmupRuns < 0)
      throw new RangeError('--warmup must be a whole number ≥ 0');
    if (!Number.isSafeInteger(settings.seed)) throw new RangeError('--seed must be an integer');
    return { refs, settings };
  } catch (error) {
    return fail((error as Error).message);
  }
}

const { refs, settings } = parseOptions();
const secret = opts.secret ?? process.env[opts.secretEnv];
if (opts.post) {
  if (!opts.url) fail('--post needs --url (the hub to post to)');
  if (!opts.source)
    fail('--post needs --source (a webhook source id, src_…; an admin creates one with POST /api/webhooks/sources)');
  if (!secret) fail(`--post needs the source's secret: --secret whsec_… or the ${opts.secretEnv} environment variable`);
}

const log = (line: string) => (opts.progress === 'jsonl' ? process.stderr.write(`${line}\n`) : console.log(line));

let targets;
try {
  targets = opts.url ? await hubTargets(refs, opts.url) : await manifestTargets(refs);
} catch (error) {
  fail((error as Error).message);
}

const bar =
  opts.progress === 'bar'
    ? new cliProgress.SingleBar(
        { format: ' {bar} {value}/{total} configurations | {current}', stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
const total = targets.length * settings.batches.length * settings.threads.length;
bar?.start(total, 0, { current: 'starting' });
const onProgress = (p: HarnessProgress) => {
  bar?.update(p.done, { current: p.current ?? 'done' });
  if (opts.progress === 'jsonl') process.stdout.write(`${JSON.stringify({ event: 'progress', ...p })}\n`);
};
const report = await runHarness(targets, settings, onProgress);
bar?.stop();

const out = resolve(
  opts.out ?? `${ROOT}/benchmarks/model-latency/results/${report.startedAt.replace(/[:.]/g, '-')}.json`,
);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);

const env = report.environment;
log(
  `\nonnxruntime-node ${env.engine.version} on ${env.hardware.cpu?.model} (${env.hardware.cpu?.cores} logical cores), ${env.software.os}, ${env.software.runtime}`,
);
log(
  `min time ${settings.minDurationMs / 1000} s, min iterations ${settings.minIterations}, seed ${settings.seed}; p50/p99 per batch in ms\n`,
);
const table = summaryTable(report.records);
log(textTable(table.headers, table.rows));
for (const record of report.records.filter((r) => !r.validity.valid)) {
  const reasons = record.validity.flags.filter((f) => f.severity === 'invalid').map((f) => f.message);
  log(
    `  invalid: ${record.model} batch ${record.settings.batchSize} threads ${record.settings.intraOpThreads}: ${reasons.join('; ')}`,
  );
}
for (const s of report.skipped) log(`  skipped: ${s.configuration}: ${s.reason}`);
for (const f of report.failed) log(`  FAILED: ${f.configuration}: ${f.error}`);
log(`\n${report.records.length} results written to ${relative(process.cwd(), out) || out}`);

let postFailures = 0;
if (opts.post) {
  for (const record of report.records) {
    const outcome = await postRecord(record, { url: opts.url!, sourceId: opts.source!, secret: secret! });
    if (!outcome.ok) postFailures++;
    log(
      `  post ${record.model} v${record.version} batch ${record.settings.batchSize} threads ${record.settings.intraOpThreads}: ${outcome.ok ? outcome.message : `FAILED (${outcome.status}): ${outcome.message}`}`,
    );
  }
}
if (opts.progress === 'jsonl')
  process.stdout.write(
    `${JSON.stringify({ event: 'done', out, results: report.records.length, failed: report.failed.length })}\n`,
  );
process.exit(report.failed.length > 0 || postFailures > 0 ? 1 : 0);
