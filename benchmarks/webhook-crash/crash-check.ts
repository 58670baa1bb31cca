/**
 * Durability check: deliveries are sent while the Node host is killed with SIGKILL mid-run
 * and restarted on the same database file, several times. Deliveries without an answer are
 * sent again with the same webhook-id. Afterwards every delivery that got a 2xx must be in
 * the database, once; retried deliveries must not be doubled.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, sql } from 'drizzle-orm';
import { events, webhookDeliveries } from '../../db/schema';
import { openDatabase } from '../../server/database';
import { prepareBenchDatabase } from '../webhook-ingest/setup';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = fileURLToPath(new URL('../webhook-ingest/server.ts', import.meta.url));

export interface CrashCheckOptions {
  /** Distinct deliveries to get stored, at least (sending goes on until every kill happened). */
  deliveries: number;
  kills: number;
  concurrency: number;
  /** Each server lives this long (ms, random in the range) before it is killed. */
  lifeMs: [number, number];
  /** Give up (and fail) after this long. */
  budgetMs: number;
  log?: (line: string) => void;
}

export interface CrashCheckReport {
  deliveries: number;
  kills: number;
  restarts: number;
  acknowledged: number;
  /** Deliveries sent more than once (no answer before a kill, or refused while down). */
  retried: number;
  /** 2xx answers with duplicate: true (a retry of something already stored). */
  duplicateAnswers: number;
  attempts: number;
  storedDeliveries: number;
  storedEvents: number;
  /** Acknowledged but not in the database: must be 0. */
  lost: number;
  /** Stored more than once: must be 0. */
  doubled: number;
  seconds: number;
}

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const m = /READY (\d+)/.exec(output);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once('exit', (code, signal) =>
      reject(new Error(`server exited (${code ?? signal}) before it was ready:\n${output}`)),
    );
  });
}

export async function runCrashCheck(options: CrashCheckOptions): Promise<CrashCheckReport> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'webhook-crash-'));
  const databaseUrl = `file:${join(dir, 'hub.db')}`;
  const serverKey = 'crash-check-server-key-0123456789abcdefghij';
  const source = await prepareBenchDatabase(databaseUrl, serverKey);
  const key = Buffer.from(source.secret.replace(/^whsec_/, ''), 'base64');
  // A fixed port, so a restarted server is where the client already sends.
  const env = {
    DATABASE_URL: databaseUrl,
    HUB_SECRET_KEY: serverKey,
    PORT: '0',
    INGEST_BATCH_MAX: '256',
    INGEST_BATCH_WAIT_MS: '2',
  };
  let server = await startServer(env);
  const port = server.port;
  env.PORT = String(port);

  const retries: string[] = [];
  let issued = 0;
  const acked = new Set<string>();
  const sends = new Map<string, number>();
  let duplicateAnswers = 0;
  let attempts = 0;
  let kills = 0;
  let restarts = 0;
  let up = true;
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });

  const send = (id: string): Promise<'ok' | 'retry'> =>
    new Promise((resolve) => {
      attempts++;
      sends.set(id, (sends.get(id) ?? 0) + 1);
      const timestamp = Math.floor(Date.now() / 1000);
      const body = `{"type":"job.started","data":{"job":{"id":"${id}","kind":"training","model":"${source.model}"}}}`;
      const signature = `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: `/api/hooks/${source.sourceId}`,
          method: 'POST',
          agent,
          timeout: 10_000,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'webhook-id': id,
            'webhook-timestamp': timestamp,
            'webhook-signature': signature,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => {
            if (res.statusCode === 200) {
              if (text.includes('"duplicate":true')) duplicateAnswers++;
              acked.add(id);
              resolve('ok');
            } else resolve('retry');
          });
          res.on('error', () => resolve('retry'));
        },
      );
      req.on('error', () => resolve('retry'));
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.end(body);
    });

  const killing = () => kills < options.kills;
  const lane = async () => {
    while (performance.now() - started < options.budgetMs) {
      let id = retries.shift();
      if (id === undefined && (issued < options.deliveries || killing())) id = `crash-${issued++}`;
      if (id === undefined) {
        if (acked.size >= issued) return;
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
      if ((await send(id)) === 'retry') {
        retries.push(id);
        if (!up) await new Promise((r) => setTimeout(r, 50));
      }
    }
  };

  const killer = async () => {
    while (kills < options.kills) {
      const [lo, hi] = options.lifeMs;
      await new Promise((r) => setTimeout(r, lo + Math.random() * (hi - lo)));
      const exited = new Promise((r) => server.child.once('exit', r));
      up = false;
      server.child.kill('SIGKILL');
      await exited;
      kills++;
      log(`kill ${kills}: ${acked.size} acknowledged so far`);
      server = await startServer(env);
      restarts++;
      up = true;
    }
  };

  await Promise.all([killer(), ...Array.from({ length: options.concurrency }, lane)]);
  agent.destroy();
  await new Promise((r) => {
    server.child.once('exit', r);
    server.child.kill('SIGKILL');
  });

  const { client, db } = await openDatabase(databaseUrl);
  const rows = await db
    .select({ id: webhookDeliveries.deliveryId, n: sql<number>`count(*)` })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.sourceId, source.sourceId), eq(webhookDeliveries.status, 'accepted')))
    .groupBy(webhookDeliveries.deliveryId);
  const [eventRows] = await db
    .select({ n: sql<number>`count(*)`, distinct: sql<number>`count(distinct ${events.jobId})` })
    .from(events)
    .where(eq(events.sourceId, source.sourceId));
  client.close();
  rmSync(dir, { recursive: true, force: true });

  const stored = new Map(rows.map((r) => [r.id, r.n]));
  return {
    deliveries: issued,
    kills,
    restarts,
    acknowledged: acked.size,
    retried: [...sends.values()].filter((n) => n > 1).length,
    duplicateAnswers,
    attempts,
    storedDeliveries: rows.length,
    storedEvents: eventRows?.n ?? 0,
    lost: [...acked].filter((id) => !stored.has(id)).length,
    doubled: rows.filter((r) => r.n > 1).length + Math.max(0, (eventRows?.n ?? 0) - (eventRows?.distinct ?? 0)),
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
