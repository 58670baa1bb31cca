import { appendFileSync } from 'node:fs';
import type { TestHub } from '../app';
import { changedTables, digestDb, type DbDigest } from './db-digest';

/**
 * Sends fuzz requests through `hub.app.request` (not `hub.call`: that one throws on answers the
 * OpenAPI document does not list, and the fuzz wants to check its own invariants on every answer
 * and report them together) and checks, for every answer:
 * 1. never a 5xx;
 * 2. a 4xx carries the error shape with a code: `{error:{code,message}}`, or `{error_code,message}`
 *    under /api/2.0/mlflow/ (a form post to the suggestion route may get its HTML page back, as its
 *    operation documents);
 * 3. no stack trace in any answer;
 * 4. a refused request (4xx) leaves the database as it was (db-digest.ts lists the expected writes).
 * FUZZ_TRACE=<file> appends every request to that file before it is sent (to find one that ends the process).
 */

export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_261_114;
/** Multiplies the runs per route/scheme (FUZZ_RUNS=5 for a longer hunt). */
export const FUZZ_SCALE = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : 1;

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array | string;
  /** What was generated, for the failure message (kept short). */
  label: string;
}

export interface FuzzStats {
  tried: number;
  byFamily: Map<string, { tried: number; byClass: Record<string, number> }>;
  serverErrors: number;
}

export function newStats(): FuzzStats {
  return { tried: 0, byFamily: new Map(), serverErrors: 0 };
}

const MLFLOW = /^\/api\/2\.0\/mlflow\//;
const STACK = /\n\s+at\s+\S|\bat\s+\S+\s+\((?:file:|\/|node:)[^)]*:\d+:\d+\)|node_modules\//;

export class FuzzHarness {
  private digest: DbDigest | undefined;
  readonly stats = newStats();

  constructor(
    readonly hub: Pick<TestHub, 'app' | 'db'>,
    /** Content types (by status) an operation documents besides JSON, e.g. the suggestion form's HTML. */
    private readonly documentedTypes: (method: string, path: string, status: number) => string[] = () => [],
  ) {}

  /** Sends `req` and returns the violations of the invariants (empty when it behaved). */
  async send(family: string, req: FuzzRequest): Promise<{ status: number; violations: string[] }> {
    this.digest ??= await digestDb(this.hub.db);
    if (process.env.FUZZ_TRACE)
      appendFileSync(
        process.env.FUZZ_TRACE,
        `${family} ${req.method} ${req.path.slice(0, 80)} [${req.label}] ${JSON.stringify(req.headers).slice(0, 400)} ${preview(req.body, 400)}\n`,
      );
    const init: RequestInit = { method: req.method, headers: req.headers };
    if (req.body !== undefined) init.body = req.body as BodyInit;
    const res = await this.hub.app.request(req.path, init);
    const text = await res.text();
    const after = await digestDb(this.hub.db);
    const violations = this.check(req, res, text, this.digest, after);
    this.digest = after;
    this.count(family, res.status);
    return { status: res.status, violations };
  }

  private check(req: FuzzRequest, res: Response, text: string, before: DbDigest, after: DbDigest): string[] {
    const out: string[] = [];
    const { status } = res;
    if (status >= 500) out.push(`answered ${status}: ${text.slice(0, 300)}`);
    if (STACK.test(text)) out.push(`answer carries a stack trace: ${text.slice(0, 300)}`);
    if (status >= 400) {
      const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
      if (type !== 'application/json') {
        const pathOnly = req.path.split('?')[0]!;
        if (!this.documentedTypes(req.method, pathOnly, status).includes(type))
          out.push(`${status} answered as "${type}", not JSON: ${text.slice(0, 200)}`);
      } else {
        let json: any;
        try {
          json = JSON.parse(text);
        } catch {
          out.push(`${status} body is not JSON: ${text.slice(0, 200)}`);
        }
        if (json !== undefined && !hasErrorShape(req.path, json))
          out.push(`${status} body lacks the error shape: ${text.slice(0, 200)}`);
      }
      const changed = changedTables(before, after);
      if (changed.length) out.push(`refused with ${status} but changed table(s) ${changed.join(', ')}`);
    }
    return out;
  }

  private count(family: string, status: number) {
    this.stats.tried++;
    if (status >= 500) this.stats.serverErrors++;
    const entry = this.stats.byFamily.get(family) ?? { tried: 0, byClass: {} };
    entry.tried++;
    const cls = `${Math.floor(status / 100)}xx`;
    entry.byClass[cls] = (entry.byClass[cls] ?? 0) + 1;
    this.stats.byFamily.set(family, entry);
  }
}

function hasErrorShape(path: string, json: any): boolean {
  if (MLFLOW.test(path))
    return typeof json?.error_code === 'string' && json.error_code !== '' && typeof json.message === 'string';
  return (
    typeof json?.error === 'object' &&
    json.error !== null &&
    typeof json.error.code === 'string' &&
    json.error.code !== '' &&
    typeof json.error.message === 'string'
  );
}

/** The closing summary: requests tried, per route family, and 5xx seen. */
export function formatStats(title: string, seed: number, stats: FuzzStats): string {
  const lines = [
    `${title} (seed ${seed}; FUZZ_SEED=${seed} reproduces): ${stats.tried} requests, ${stats.serverErrors} 5xx`,
  ];
  for (const [family, s] of [...stats.byFamily].sort(([a], [b]) => a.localeCompare(b))) {
    const classes = Object.entries(s.byClass)
      .sort()
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    lines.push(`  ${family.padEnd(34)} ${String(s.tried).padStart(5)}  (${classes})`);
  }
  return lines.join('\n');
}

/** A short description of a body for failure messages. */
export function preview(body: Uint8Array | string | undefined, max = 160): string {
  if (body === undefined) return '(no body)';
  const text = typeof body === 'string' ? body : Buffer.from(body).toString('latin1');
  const shown = text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
  return JSON.stringify(shown);
}
