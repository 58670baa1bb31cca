/**
 * Webhook ingest benchmark: signed deliveries over loopback against the Node host with the
 * embedded database, measured beside a bare Hono route on the same server in the same run.
 * The server and the load generator are separate processes on this machine.
 *
 *   npx tsx benchmarks/webhook-ingest/run.ts [--concurrency 64] [--seconds 20] [--batch 256] [--wait-ms 2]
 *
 * Prints sustained events/s, p50/p99 latency, the ratio to the bare route, and checks that
 * every delivery answered 2xx is in the database exactly once. Exit code 1 if a target is missed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import { events, webhookDeliveries } from '../../db/schema';
import { openDatabase } from '../../server/database';
import type { LoadOptions, LoadResult } from './load';
import { prepareBenchDatabase } from './setup';

const TARGETS = { eventsPerSecond: 5000, p99Ms: 30 };
const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const { values: args } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '64' },
    seconds: { type: 'string', default: '20' },
    'bare-seconds': { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    'max-requests': { type: 'string', default: '240000' },
    batch: { type: 'string', default: '256' },
    'wait-ms': { type: 'string', default: '2' },
  },
});
const num = (v: string | undefined) => Number(v);

function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      join(HERE, 'server.ts'),
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /READY (\d+)/.exec(output);
      if (m) resolve({ child, port: Number(m[1]), output: () => output });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function runGenerator(options: LoadOptions): Promise<LoadResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, 'load.ts'), JSON.stringify(options)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`generator exited with ${code}`)),
    );
  });
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const dir = mkdtempSync(join(tmpdir(), 'bench-webhook-ingest-'));
const databaseUrl = `file:${join(dir, 'hub.db')}`;
const serverKey = 'benchmark-server-key-0123456789abcdefghijklmnop';
const source = await prepareBenchDatabase(databaseUrl, serverKey);
const server = await startServer({
  DATABASE_URL: databaseUrl,
  HUB_SECRET_KEY: serverKey,
  PORT: '0',
  INGEST_BATCH_MAX: args.batch!,
  INGEST_BATCH_WAIT_MS: args['wait-ms']!,
});
const url = `http://127.0.0.1:${server.port}`;
const concurrency = num(args.concurrency);
const common = { url, concurrency, warmupMs: num(args.warmup) * 1000, maxRequests: num(args['max-requests']) };

interface Stats {
  cpuMicros: number;
}
const stats = async (): Promise<Stats> => (await fetch(`${url}/bench/stats`)).json() as Promise<Stats>;
/** Server CPU (all threads) per request during a phase. */
const costOf = (before: Stats, after: Stats, result: LoadResult) => (after.cpuMicros - before.cpuMicros) / result.sent;

let bare: LoadResult;
let ingest: LoadResult;
let bareCost = NaN;
let ingestCost = NaN;
try {
  if (num(args['bare-seconds']) > 0) {
    const before = await stats();
    bare = await runGenerator({
      ...common,
      mode: 'bare',
      durationMs: num(args['bare-seconds']) * 1000,
      idPrefix: 'bare',
    });
    bareCost = costOf(before, await stats(), bare);
  } else {
    bare = { measuredOk: NaN, measuredSeconds: 1, p50Ms: NaN, p90Ms: NaN, p99Ms: NaN, maxMs: NaN } as LoadResult;
  }
  const before = await stats();
  ingest = await runGenerator({
    ...common,
    mode: 'ingest',
    durationMs: num(args.seconds) * 1000,
    idPrefix: 'bench',
    ...source,
  });
  ingestCost = costOf(before, await stats(), ingest);
} finally {
  await new Promise((resolve) => {
    server.child.once('exit', resolve);
    server.child.kill('SIGTERM');
  });
}

// No event lost: every id answered 2xx is stored once, and nothing else was stored.
const { client, db } = await openDatabase(databaseUrl);
const stored = await db
  .select({ id: webhookDeliveries.deliveryId })
  .from(webhookDeliveries)
  .where(and(eq(webhookDeliveries.sourceId, source.sourceId), eq(webhookDeliveries.status, 'accepted')));
const [eventCount] = await db
  .select({ n: sql<number>`count(*)` })
  .from(events)
  .where(eq(events.sourceId, source.sourceId));
client.close();
const storedIds = new Set(stored.map((r) => r.id));
const missing = ingest.okIds!.filter((id) => !storedIds.has(id));
rmSync(dir, { recursive: true, force: true });

const bareRate = bare.measuredOk / bare.measuredSeconds;
const rate = ingest.measuredOk / ingest.measuredSeconds;
const slowest = Math.min(...ingest.perSecond.slice(0, Math.floor(ingest.measuredSeconds)));
const lost = missing.length;
const pass = rate >= TARGETS.eventsPerSecond && ingest.p99Ms < TARGETS.p99Ms && lost === 0 && ingest.failed === 0;

console.log(`
Webhook ingest benchmark — ${new Date().toISOString()}
machine: ${availableParallelism()} CPU (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; server and generator are separate processes on loopback
server: Node host (createNodeApp), embedded libSQL file (WAL, synchronous=FULL), group commit ≤ ${args.batch} deliveries / ${args['wait-ms']} ms
load: ${concurrency} concurrent keep-alive requests, ${args.warmup} s warm-up, then bare ${args['bare-seconds']} s and ingest ${args.seconds} s; unique webhook-ids, Standard Webhooks signatures

                     req/s      p50 ms   p90 ms   p99 ms   max ms
bare Hono route   ${fmt(bareRate).padStart(9)}   ${fmt(bare.p50Ms, 2).padStart(7)}  ${fmt(bare.p90Ms, 2).padStart(7)}  ${fmt(bare.p99Ms, 2).padStart(7)}  ${fmt(bare.maxMs, 1).padStart(7)}
signed ingest     ${fmt(rate).padStart(9)}   ${fmt(ingest.p50Ms, 2).padStart(7)}  ${fmt(ingest.p90Ms, 2).padStart(7)}  ${fmt(ingest.p99Ms, 2).padStart(7)}  ${fmt(ingest.maxMs, 1).padStart(7)}

sustained events/s: ${fmt(rate)} (slowest 1-s interval ${fmt(slowest)}), ratio to the bare route ${fmt(rate / bareRate, 3)}
server CPU per request (all threads): bare ${fmt(bareCost)} µs, signed ingest ${fmt(ingestCost)} µs; load average at the end ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' ')} (other work on the machine lowers throughput)
deliveries sent ${fmt(ingest.sent)}, answered 2xx ${fmt(ingest.ok)} (duplicates ${ingest.duplicates}), failed ${ingest.failed} ${JSON.stringify(ingest.statuses)}
stored: ${fmt(storedIds.size)} accepted deliveries, ${fmt(eventCount?.n ?? 0)} events; 2xx not in the database: ${lost}
targets: ≥ ${fmt(TARGETS.eventsPerSecond)} events/s ${rate >= TARGETS.eventsPerSecond ? 'MET' : 'MISSED'}, p99 < ${TARGETS.p99Ms} ms ${ingest.p99Ms < TARGETS.p99Ms ? 'MET' : 'MISSED'}, none lost ${lost === 0 && storedIds.size === ingest.ok ? 'MET' : 'MISSED'}
${pass ? 'PASS' : 'FAIL'}`);
process.exitCode = pass ? 0 : 1;
