/**
 * `npm run bench:storage -- [--size 4MB] [--files 4] [--concurrency 1,2,4] [--readers node-fs,…]
 *   [--min-time 1s] [--dir /path] [--json] [--out file] [--post <hub url> --token hub_…|--source src_… --secret whsec_…]`
 *
 * Measures how fast this machine reads files: raw bytes with node fs (buffered and O_DIRECT),
 * Parquet with hyparquet and HDF5 with h5wasm, at each concurrency. See scripts/bench/storage/README.md.
 */
import { Command, Option } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseDuration, parseIntList } from '../../../src/lib/benchmarks/cli-values';
import { textTable } from '../../../src/lib/onnx/text-table';
import {
  runStorageHarness,
  DEFAULT_READERS,
  READERS,
  type StorageHarnessSettings,
  type StorageProgress,
} from './harness';
import { postStorageRecord, type StoragePostTarget } from './post';
import type { WorkerReader } from './reader-worker';

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|KiB|MiB|GiB)?$/i.exec(value.trim());
  if (!m) throw new Error(`not a size: "${value}" (e.g. 4MB, 512KiB)`);
  const unit = (m[2] ?? 'B').toLowerCase();
  const factor: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30 };
  return Math.round(Number(m[1]) * factor[unit]!);
}

const program = new Command('bench:storage')
  .description(
    'Measure storage-access throughput (node fs, Parquet with hyparquet, HDF5 with h5wasm) at several concurrencies.',
  )
  .option('--size <bytes>', 'size of each test file (B, KB, MB, KiB, MiB)', '4MB')
  .option('--files <n>', 'test files per format', '4')
  .option('--concurrency <list>', 'reading threads', '1,2,4')
  .option('--readers <list>', `readers (${READERS.join(', ')})`, DEFAULT_READERS.join(','))
  .option(
    '--cache <states>',
    'cache states: warm, cold (cold empties the page cache: needs root, affects the whole machine)',
    'warm,cold',
  )
  .option('--min-time <duration>', 'keep making passes until this much time (at least 3 passes)', '1s')
  .option('--max-passes <n>', 'at most this many timed passes per configuration', '1000')
  .option(
    '--dir <path>',
    'where to write the test files (its file system is what is measured); default: the OS temp dir',
  )
  .option(
    '--storage <kind>',
    'what the directory is on (local-disk, local-nvme, local-ssd, cephfs, nfs, eos-fuse, tmpfs, …)',
  )
  .option('--pool <slug>', 'the hardware pool this machine belongs to')
  .option('--dataset <slug>', 'a dataset the test files stand for')
  .option('--json', 'print the report as JSON on stdout (progress goes to stderr)')
  .option('--out <file>', 'also write the JSON report to this file')
  .option('--post <hub>', 'send each record to this hub')
  .option('--token <token>', 'a write token of your group (or HUB_TOKEN): POST /api/benchmarks/data-access')
  .option('--source <id>', 'instead of a token: a webhook source (src_…) to send signed events as')
  .option('--secret <whsec>', "the source's signing secret (or HUB_WEBHOOK_SECRET)")
  .addOption(
    new Option('--provenance <source>', 'what the records say produced them')
      .choices(['harness', 'ci'])
      .default(process.env.CI ? 'ci' : 'harness'),
  )
  .option('--submitter <name>', 'who ran it (default: the token or source name)')
  .parse();

const opts = program.opts<{
  size: string;
  files: string;
  concurrency: string;
  readers: string;
  cache: string;
  minTime: string;
  maxPasses: string;
  dir?: string;
  storage?: string;
  pool?: string;
  dataset?: string;
  json?: boolean;
  out?: string;
  post?: string;
  token?: string;
  source?: string;
  secret?: string;
  provenance: 'harness' | 'ci';
  submitter?: string;
}>();

function fail(message: string): never {
  process.stderr.write(`bench:storage: ${message}\n`);
  process.exit(2);
}

const readers = opts.readers.split(',').map((r) => r.trim()) as WorkerReader[];
for (const r of readers) if (!READERS.includes(r)) fail(`unknown reader "${r}" (known: ${READERS.join(', ')})`);
let settings: StorageHarnessSettings;
try {
  settings = {
    readers,
    cacheStates: opts.cache.split(',').map((c) => {
      const state = c.trim();
      if (state !== 'warm' && state !== 'cold') throw new Error(`--cache takes warm and/or cold, not "${state}"`);
      return state;
    }),
    concurrency: parseIntList(opts.concurrency, 'concurrency'),
    fileCount: Number.parseInt(opts.files, 10),
    fileSizeBytes: parseSize(opts.size),
    minRepetitions: 3,
    maxRepetitions: Number.parseInt(opts.maxPasses, 10),
    minDurationMs: parseDuration(opts.minTime),
    dir: opts.dir,
    source: opts.provenance,
    submitter: opts.submitter,
    hardwarePool: opts.pool,
    dataset: opts.dataset,
    ...(opts.storage ? { storage: { kind: opts.storage as never } } : {}),
  };
} catch (error) {
  fail((error as Error).message);
}
if (!(settings.fileCount >= 1)) fail('--files must be at least 1');

let target: StoragePostTarget | undefined;
if (opts.post) {
  const token = opts.token ?? process.env.HUB_TOKEN;
  const secret = opts.secret ?? process.env.HUB_WEBHOOK_SECRET;
  if (opts.source && secret) target = { url: opts.post, sourceId: opts.source, secret };
  else if (token) target = { url: opts.post, token };
  else fail('--post needs --token (or HUB_TOKEN), or --source with --secret (or HUB_WEBHOOK_SECRET)');
}

const say = (line: string) => (opts.json ? process.stderr : process.stdout).write(`${line}\n`);
const started = Date.now();
const onProgress = (p: StorageProgress) => {
  const s = ((Date.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    p.current ? `[${p.done + 1}/${p.total}] ${p.current} (${s} s)\n` : `[${p.total}/${p.total}] done (${s} s)\n`,
  );
};
const report = await runStorageHarness(settings, onProgress);

if (opts.out) {
  const out = resolve(opts.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
}
if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

const first = report.records[0];
if (first) {
  say(
    `\n${first.hardware.cpu?.model} (${first.hardware.cpu?.cores} logical cores), ${first.software.os}, ${first.software.runtime}`,
  );
  say(`files: ${settings.fileCount} × ${settings.fileSizeBytes} bytes per format in ${first.storage.endpoint}`);
}
say(`cache: ${report.cache.note}\n`);
say(
  textTable(
    ['reader', 'format', 'conc.', 'cache', 'passes', 'MB/s', 'events/s', 'TTFB ms', 'CV', 'valid'],
    report.records.map((r) => [
      r.reader.name,
      r.file.format,
      String(r.settings.concurrency),
      r.settings.cacheState,
      String(r.settings.repetitions),
      r.results.throughputMBps.toFixed(1),
      r.results.eventsPerSec ? Math.round(r.results.eventsPerSec).toLocaleString('en') : '–',
      r.results.timeToFirstByteMs.toFixed(2),
      r.results.throughputCv !== undefined ? `${(r.results.throughputCv * 100).toFixed(1)}%` : '–',
      r.validity?.valid
        ? 'yes'
        : `no: ${r.validity?.flags
            .filter((f) => f.severity === 'invalid')
            .map((f) => f.code)
            .join(', ')}`,
    ]),
  ),
);
for (const s of report.skipped) say(`  skipped: ${s.configuration}: ${s.reason}`);
for (const f of report.failed) say(`  FAILED: ${f.configuration}: ${f.error}`);

let postFailures = 0;
if (target) {
  for (const record of report.records) {
    const outcome = await postStorageRecord(record, target);
    if (!outcome.ok) postFailures++;
    say(
      `  post ${record.reader.name} concurrency ${record.settings.concurrency}: ${outcome.ok ? outcome.message : `FAILED (${outcome.status}): ${outcome.message}`}`,
    );
  }
}
process.exit(report.failed.length > 0 || postFailures > 0 ? 1 : 0);
