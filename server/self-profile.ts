import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/client';
import { hasAnyBenchmarkResult, versionArtifacts } from '../db/queries/benchmark-results';
import { getModelBySlug } from '../db/queries/models';
import { getModelVersion } from '../db/queries/model-versions';
import type { AppHooks } from '../functions/env';
import { storeBenchmarkResult } from '../functions/services/benchmark-store';
import type { BenchmarkRecord } from '../src/lib/benchmarks/record';
import type { DemoModelsManifest } from '../src/lib/demo-data/manifest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type SelfProfileState = 'disabled' | 'waiting' | 'running' | 'done' | 'failed' | 'skipped';

export interface SelfProfileStatus {
  state: SelfProfileState;
  done: number;
  total: number;
  current: string | null;
  stored: number;
  message: string;
  /** The command that fills the benchmark pages by hand. */
  command: string;
}

export interface SelfProfileOptions {
  db: Db;
  enabled: boolean;
  /** Wall-clock bound of the whole profile (the harness stops starting configurations after it). */
  budgetSeconds: number;
  publicUrl: string;
  /**
   * The app's hooks: each stored result is announced through `onPublicChange` (as the API's are),
   * so the host drops the pages of every profiled model.
   */
  hooks: Pick<AppHooks, 'onPublicChange'>;
  log?: (line: string) => void;
}

export const SELF_PROFILE_SUBMITTER = 'this hub (first-start self-profile)';

/**
 * Real numbers on first start: when the hub holds no benchmark result, it measures its own demo
 * models on this machine with the node harness, in a child process at the lowest CPU priority
 * (so serving is not slowed), briefly (batch 1 and 64, one thread, 1 s each, bounded in total),
 * and stores them as harness results. Never made-up numbers: when it is off or fails, the pages
 * show the command that fills them.
 */
export class SelfProfiler {
  private current: SelfProfileStatus;

  constructor(private readonly options: SelfProfileOptions) {
    const command = `npm run bench:models -- --url ${options.publicUrl} --post --source <src_…> --secret-env HUB_WEBHOOK_SECRET`;
    this.current = {
      state: 'waiting',
      done: 0,
      total: 0,
      current: null,
      stored: 0,
      message: 'Getting ready to measure the demo models on this machine…',
      command,
    };
    if (!options.enabled)
      this.set({
        state: 'disabled',
        message: `Self-profiling is off (SELF_PROFILE=0). Fill the benchmark pages with: ${command}`,
      });
  }

  status(): SelfProfileStatus {
    return { ...this.current };
  }

  private set(change: Partial<SelfProfileStatus>) {
    this.current = { ...this.current, ...change };
  }

  /** Starts in the background; never throws (a failure is a status). */
  start(): void {
    if (!this.options.enabled) return;
    this.run().catch((error: unknown) => {
      this.set({
        state: 'failed',
        current: null,
        // The status is public: the cause (stderr, paths of this machine) goes to the log only.
        message: `Measuring the demo models failed (see the server log). Fill the benchmark pages with: ${this.current.command}`,
      });
      this.options.log?.(`[self-profile] failed: ${(error as Error).stack ?? (error as Error).message}`);
    });
  }

  private async demoTargets(): Promise<string[]> {
    const manifest = JSON.parse(
      await readFile(join(ROOT, 'public/models/manifest.json'), 'utf8'),
    ) as DemoModelsManifest;
    const slugs: string[] = [];
    for (const entry of manifest.models) {
      const model = await getModelBySlug(this.options.db, entry.slug);
      const version = model && (await getModelVersion(this.options.db, model.id, 1));
      const artifacts = version ? await versionArtifacts(this.options.db, version.id) : [];
      if (artifacts.some((a) => a.sha256 === entry.sha256)) slugs.push(entry.slug);
    }
    return slugs;
  }

  private async run(): Promise<void> {
    const { db } = this.options;
    if (await hasAnyBenchmarkResult(db)) {
      this.set({
        state: 'skipped',
        message: 'Benchmark results exist; the hub measures itself only when it has none.',
      });
      return;
    }
    const slugs = await this.demoTargets();
    if (slugs.length === 0) {
      this.set({
        state: 'skipped',
        message: `The demo models are not in the catalog, so there is nothing to measure. Fill the benchmark pages with: ${this.current.command}`,
      });
      return;
    }

    const dir = await mkdtemp(join(tmpdir(), 'hub-self-profile-'));
    const out = join(dir, 'results.json');
    const started = Date.now();
    this.set({
      state: 'running',
      total: slugs.length * 2,
      message: `Measuring ${slugs.length} demo models on this machine (at most ${this.options.budgetSeconds} s)…`,
    });
    try {
      await this.measure(slugs, out);
      const report = JSON.parse(await readFile(out, 'utf8')) as { records: BenchmarkRecord[] };
      const stored = await this.store(report.records);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      this.set({
        state: 'done',
        current: null,
        done: this.current.total,
        stored,
        message: `Measured on this machine in ${seconds} s: ${stored} results of ${slugs.length} demo models (onnxruntime-node, batch 1 and 64, one thread, about 1 s each).`,
      });
      this.options.log?.(`[self-profile] stored ${stored} results in ${seconds} s`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private measure(slugs: string[], out: string): Promise<void> {
    const args = [
      '--import',
      'tsx',
      'scripts/bench-models.ts',
      '--model',
      slugs.join(','),
      '--batch',
      '1,64',
      '--threads',
      '1',
      '--min-time',
      '1s',
      '--min-iterations',
      '200',
      '--max-time',
      `${this.options.budgetSeconds}s`,
      '--progress',
      'jsonl',
      '--low-priority',
      '--provenance',
      'harness',
      '--submitter',
      SELF_PROFILE_SUBMITTER,
      '--out',
      out,
    ];
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CI: '' },
      });
      // A hard stop well past the harness's own bound, in case a measuring process hangs.
      const killer = setTimeout(() => child.kill('SIGKILL'), (this.options.budgetSeconds + 30) * 1000);
      let buffer = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          try {
            const event = JSON.parse(line) as { event: string; done?: number; total?: number; current?: string | null };
            if (event.event === 'progress')
              this.set({
                done: event.done ?? 0,
                total: event.total ?? this.current.total,
                current: event.current ?? null,
              });
          } catch {
            /* not a progress line */
          }
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
      child.on('error', (error) => {
        clearTimeout(killer);
        reject(error);
      });
      child.on('exit', (code, signal) => {
        clearTimeout(killer);
        // Exit 1 means some configuration failed; the others are still worth storing.
        if (code === 0 || code === 1) resolve();
        else
          reject(
            new Error(
              `the harness exited with ${signal ?? `code ${code}`}: ${stderr.trim().split('\n').slice(-3).join(' ')}`,
            ),
          );
      });
    });
  }

  private async store(records: BenchmarkRecord[]): Promise<number> {
    const { db } = this.options;
    let stored = 0;
    for (const { model: slug, version: number, ...record } of records) {
      const model = await getModelBySlug(db, slug);
      const version = model && (await getModelVersion(db, model.id, number));
      if (!model || !version) continue;
      try {
        await storeBenchmarkResult(
          { db, hooks: this.options.hooks },
          { model, version, record, source: 'harness', submitter: SELF_PROFILE_SUBMITTER, now: new Date() },
        );
        stored++;
      } catch (error) {
        this.options.log?.(
          `[self-profile] ${slug} v${number} batch ${record.settings.batchSize} not stored: ${(error as Error).message}`,
        );
      }
    }
    return stored;
  }
}
