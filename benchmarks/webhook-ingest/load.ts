/**
 * Load generator, run in its own process: keeps `concurrency` requests in flight over as many
 * keep-alive connections for `warmupMs + durationMs` (or until `maxRequests`), each delivery
 * with a fresh webhook-id, signed as Standard Webhooks. Prints one JSON line of results.
 * Signing uses node:crypto (a few µs) so the generator stays cheap; it is checked against the
 * hub's own signer first.
 */
import { createHmac } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { signStandard } from '../../src/lib/webhooks';

export interface LoadOptions {
  url: string;
  mode: 'bare' | 'ingest';
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  maxRequests: number;
  sourceId?: string;
  secret?: string;
  model?: string;
  /** Prefix of delivery ids, so runs can be told apart (and resent on purpose). */
  idPrefix: string;
}

export interface LoadResult {
  mode: string;
  sent: number;
  ok: number;
  duplicates: number;
  failed: number;
  statuses: Record<string, number>;
  measuredOk: number;
  measuredSeconds: number;
  perSecond: number[];
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Delivery ids answered 2xx (ingest mode), to check against the database. */
  okIds?: string[];
}

function signer(secret: string) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return (id: string, timestamp: number, body: string) =>
    `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * A keep-alive HTTP/1.1 connection that sends one request at a time and reads just enough of
 * each response (status, Content-Length, body): an order of magnitude cheaper per request
 * than node:http, so the generator leaves the CPU to the server it measures.
 */
class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: ((r: { status: number; body: string } | Error) => void) | null = null;
  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.parse();
    });
    const fail = (error: Error) => {
      const w = this.waiting;
      this.waiting = null;
      w?.(error);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('connection closed')));
  }

  static open(port: number): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(new Connection(socket)));
      socket.once('error', reject);
    });
  }

  private parse(): void {
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0 || !this.waiting) return;
    const head = this.buffer.subarray(0, end).toString('latin1');
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.buffer.length < end + 4 + length) return;
    const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
    this.buffer = this.buffer.subarray(end + 4 + length);
    const w = this.waiting;
    this.waiting = null;
    w({ status: Number(head.slice(9, 12)), body });
  }

  send(request: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      this.waiting = (r) => (r instanceof Error ? reject(r) : resolve(r));
      this.socket.write(request);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const target = new URL(o.mode === 'bare' ? '/bench/bare' : `/api/hooks/${o.sourceId}`, o.url);
  const sign = o.secret ? signer(o.secret) : undefined;
  if (sign && o.secret) {
    const check = await signStandard({ secret: o.secret, id: 'msg_check', timestamp: 1700000000, body: '{}' });
    if (check !== sign('msg_check', 1700000000, '{}'))
      throw new Error('the generator signs differently from the hub library');
  }
  const connections = await Promise.all(
    Array.from({ length: o.concurrency }, () => Connection.open(Number(target.port))),
  );
  const latencies = new Float64Array(o.maxRequests);
  const okIds: string[] = [];
  const statuses: Record<string, number> = {};
  const perSecond: number[] = [];
  let sent = 0;
  let measured = 0;
  let ok = 0;
  let duplicates = 0;
  let failed = 0;
  let measuredOk = 0;
  const start = performance.now();
  const measureFrom = start + o.warmupMs;
  const end = measureFrom + o.durationMs;

  const build = (n: number): { id: string; request: string } => {
    const id = `${o.idPrefix}-${n}`;
    const timestamp = Math.floor(Date.now() / 1000);
    const body =
      o.mode === 'bare'
        ? `{"type":"job.started","data":{"job":{"id":"${n}","kind":"training","model":"bench"}}}`
        : `{"type":"job.started","data":{"job":{"id":"${n}","kind":"training","model":"${o.model}","hardware":"1x A100","ciUrl":"https://ci.example.org/jobs/${n}"}}}`;
    let head = `POST ${target.pathname} HTTP/1.1\r\nhost: ${target.host}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n`;
    if (o.mode === 'ingest')
      head += `webhook-id: ${id}\r\nwebhook-timestamp: ${timestamp}\r\nwebhook-signature: ${sign!(id, timestamp, body)}\r\n`;
    return { id, request: `${head}\r\n${body}` };
  };

  const lane = async (connection: Connection) => {
    while (performance.now() < end && sent < o.maxRequests) {
      const { id, request } = build(sent++);
      const began = performance.now();
      let response: { status: number; body: string };
      try {
        response = await connection.send(request);
      } catch {
        failed++;
        statuses.error = (statuses.error ?? 0) + 1;
        return;
      }
      const done = performance.now();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status < 200 || response.status >= 300) {
        failed++;
        continue;
      }
      ok++;
      if (o.mode === 'ingest') {
        okIds.push(id);
        if (response.body.includes('"duplicate":true')) duplicates++;
      }
      if (began >= measureFrom && done <= end) {
        latencies[measured++] = done - began;
        measuredOk++;
        const second = Math.floor((done - measureFrom) / 1000);
        perSecond[second] = (perSecond[second] ?? 0) + 1;
      }
    }
  };
  await Promise.all(connections.map(lane));
  for (const c of connections) c.close();
  const sorted = latencies.slice(0, measured).sort();
  return {
    mode: o.mode,
    sent,
    ok,
    duplicates,
    failed,
    statuses,
    measuredOk,
    measuredSeconds: o.durationMs / 1000,
    perSecond: Array.from({ length: Math.ceil(o.durationMs / 1000) }, (_, i) => perSecond[i] ?? 0),
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length ? sorted[sorted.length - 1]! : NaN,
    ...(o.mode === 'ingest' ? { okIds } : {}),
  };
}

// As a process: options as JSON in argv[2], result as one JSON line on stdout.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const result = await runLoad(JSON.parse(process.argv[2]!) as LoadOptions);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
