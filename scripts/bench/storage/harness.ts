/**
 * The storage-access harness (`npm run bench:storage`): writes test files into a temporary
 * directory, reads them with each reader at each concurrency, and assembles one data-access record
 * per reader × concurrency, the record POST /api/benchmarks/data-access takes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import {
  judgeDataAccess,
  type CacheState,
  type DataAccessRecord,
  type FileFormat,
  type StorageInfo,
} from '../../../src/lib/benchmarks/data-access';
import type { BenchmarkSource } from '../../../src/lib/benchmarks/record';
import { captureEnvironment } from '../environment';
import { writeTestFiles, type TestFileKind, type TestFileSet } from './files';
import type { ReadReply, WorkerReader } from './reader-worker';

export const STORAGE_HARNESS = { name: 'hep-ml-hub bench-storage', version: '1.0.0' };
export const READERS: readonly WorkerReader[] = ['node-fs', 'node-fs-direct', 'hyparquet', 'h5wasm'];
/** node-fs-direct (O_DIRECT) is left out unless asked for: see the README on what its numbers mean. */
export const DEFAULT_READERS: readonly WorkerReader[] = ['node-fs', 'hyparquet', 'h5wasm'];

const FILE_KIND: Record<WorkerReader, TestFileKind> = {
  'node-fs': 'raw',
  'node-fs-direct': 'raw',
  hyparquet: 'parquet',
  h5wasm: 'hdf5',
};
const FORMAT: Record<TestFileKind, FileFormat> = { raw: 'raw', parquet: 'parquet', hdf5: 'hdf5' };
const DROP_CACHES = '/proc/sys/vm/drop_caches';

export interface StorageHarnessSettings {
  readers: WorkerReader[];
  concurrency: number[];
  /** Cache states to measure; `cold` needs a writable /proc/sys/vm/drop_caches and is skipped (with a reason) without. */
  cacheStates: CacheState[];
  fileCount: number;
  fileSizeBytes: number;
  /** Timed passes at least, and passes go on until `minDurationMs` is reached (at most `maxRepetitions`). */
  minRepetitions: number;
  maxRepetitions: number;
  minDurationMs: number;
  /** Where the temporary directory is made (its file system is what is measured). */
  dir?: string | undefined;
  source: Exclude<BenchmarkSource, 'community'>;
  submitter?: string | undefined;
  hardwarePool?: string | undefined;
  dataset?: string | undefined;
  storage?: Partial<StorageInfo> | undefined;
}

export interface StorageProgress {
  done: number;
  total: number;
  current: string | null;
}

export interface StorageHarnessReport {
  harness: typeof STORAGE_HARNESS;
  startedAt: string;
  finishedAt: string;
  settings: StorageHarnessSettings;
  /** How the cache state was reached, or why it could not be controlled. */
  cache: { canDrop: boolean; note: string };
  records: DataAccessRecord[];
  skipped: { configuration: string; reason: string }[];
  failed: { configuration: string; error: string }[];
}

/** A package's version, from the nearest node_modules (these packages do not export package.json). */
function packageVersion(name: string): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) return 'unknown';
  }
}

function readerVersion(reader: WorkerReader): string {
  return reader === 'hyparquet' || reader === 'h5wasm' ? packageVersion(reader) : process.versions.node;
}

/** Whether the page cache can be emptied here (root on a host or VM, not in most containers). */
export function canDropCaches(): boolean {
  try {
    writeFileSync(DROP_CACHES, '1');
    return true;
  } catch {
    return false;
  }
}

/** Writes dirty pages out, then drops the clean ones (page cache, dentries and inodes). */
function dropCaches() {
  execFileSync('sync');
  writeFileSync(DROP_CACHES, '3');
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2;
};
const cv = (xs: number[]) => {
  if (xs.length < 2) return undefined;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
  return mean === 0 ? 0 : Math.sqrt(variance) / mean;
};
const round = (x: number, digits = 4) => Number(x.toPrecision(digits));

const WORKER = fileURLToPath(new URL('./reader-worker.ts', import.meta.url));

/** `size` reading processes (real parallelism: h5wasm reads synchronously, hyparquet decodes on the JS thread). */
class ReaderPool {
  private constructor(private readonly workers: ChildProcess[]) {}

  static async start(reader: WorkerReader, size: number): Promise<ReaderPool> {
    const workers = Array.from({ length: size }, () =>
      fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }),
    );
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            w.once('message', () => resolve());
            w.once('error', reject);
            w.send({ init: reader });
          }),
      ),
    );
    return new ReaderPool(workers);
  }

  private readSome(worker: ChildProcess, reader: WorkerReader, paths: string[], size: number): Promise<ReadReply[]> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`a reading process exited (code ${code})`));
      worker.once('exit', onExit);
      worker.once('message', (replies) => {
        worker.off('exit', onExit);
        resolve(replies as ReadReply[]);
      });
      worker.send({ reader, paths, size });
    });
  }

  /**
   * One pass: every file read once by the first `concurrency` processes. File i goes to process i mod N, one message per process and
   * pass, so that message latency on a busy host does not stand in for read time.
   */
  async pass(
    reader: WorkerReader,
    files: TestFileSet,
    concurrency: number,
  ): Promise<{ ms: number; replies: ReadReply[] }> {
    const workers = this.workers.slice(0, concurrency);
    const shares = workers.map((_, w) => files.paths.filter((_, i) => i % workers.length === w));
    const start = performance.now();
    const answers = await Promise.all(
      workers.map((worker, w) =>
        shares[w]!.length ? this.readSome(worker, reader, shares[w]!, files.sizeBytes) : Promise.resolve([]),
      ),
    );
    const ms = performance.now() - start;
    const replies = answers.flat();
    const failed = replies.find((r) => !r.ok);
    if (failed) throw new Error(failed.error ?? 'read failed');
    return { ms, replies };
  }

  async stop() {
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((resolve) =>
            w.exitCode !== null ? resolve() : (w.once('exit', () => resolve()), w.kill()),
          ),
      ),
    );
  }
}

/** Reads every test file set with each reader at each concurrency; progress after each configuration. */
export async function runStorageHarness(
  settings: StorageHarnessSettings,
  onProgress: (p: StorageProgress) => void = () => {},
): Promise<StorageHarnessReport> {
  const startedAt = new Date();
  const environment = captureEnvironment();
  const dir = mkdtempSync(join(settings.dir ?? tmpdir(), 'hub-bench-storage-'));
  const canDrop = settings.cacheStates.includes('cold') && canDropCaches();
  const cache = canDrop
    ? {
        canDrop,
        note:
          `cold: sync, then echo 3 > ${DROP_CACHES} before every timed pass (this machine's page cache emptied; ` +
          'caches below its disk, such as a virtual disk on a host, are not controlled). warm: an untimed pass first.',
      }
    : {
        canDrop,
        note:
          `${DROP_CACHES} is not writable here (no root, or a container), so the page cache cannot be emptied: ` +
          'only warm numbers (an untimed pass first), no cold ones.',
      };
  const report: StorageHarnessReport = {
    harness: STORAGE_HARNESS,
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    settings,
    cache,
    records: [],
    skipped: [],
    failed: [],
  };
  const configurations = settings.readers.flatMap((reader) =>
    settings.cacheStates.flatMap((cacheState) => settings.concurrency.map((c) => ({ reader, cacheState, c }))),
  );
  const fileSets = new Map<TestFileKind, TestFileSet>();
  const storage: StorageInfo = {
    kind: 'local-disk',
    protocol: 'posix',
    endpoint: dir.slice(0, 200),
    ...settings.storage,
  };
  const pools = new Map<WorkerReader, ReaderPool>();
  const maxConcurrency = Math.max(...settings.concurrency);
  try {
    for (const [index, { reader, cacheState, c }] of configurations.entries()) {
      const label = `${reader} ${cacheState} concurrency ${c}`;
      onProgress({ done: index, total: configurations.length, current: label });
      const cold = cacheState === 'cold';
      if (cold && (!canDrop || reader === 'node-fs-direct')) {
        report.skipped.push({
          configuration: label,
          reason: canDrop ? 'O_DIRECT reads bypass the page cache: there is nothing to empty' : cache.note,
        });
        continue;
      }
      const kind = FILE_KIND[reader];
      try {
        let files = fileSets.get(kind);
        if (!files) {
          files = await writeTestFiles(dir, kind, { count: settings.fileCount, sizeBytes: settings.fileSizeBytes });
          fileSets.set(kind, files);
        }
        // One pool per reader, started before its first configuration and reused by the others.
        for (const [other, p] of pools) {
          if (other === reader) continue;
          await p.stop();
          pools.delete(other);
        }
        let pool = pools.get(reader);
        if (!pool) pools.set(reader, (pool = await ReaderPool.start(reader, maxConcurrency)));
        const loadBefore = loadavg()[0]!;
        const passMs: number[] = [];
        const passMBps: number[] = [];
        const ttfb: number[] = [];
        let bytes = 0;
        let events = 0;
        try {
          if (!cold) await pool.pass(reader, files, c); // untimed: the files are in the cache from now on
          const timed = () => passMs.reduce((a, b) => a + b, 0);
          while (
            passMs.length < settings.minRepetitions ||
            (timed() < settings.minDurationMs && passMs.length < settings.maxRepetitions)
          ) {
            if (cold) dropCaches();
            const { ms, replies } = await pool.pass(reader, files, c);
            const passBytes = replies.reduce((a, r) => a + r.bytes, 0);
            passMs.push(ms);
            passMBps.push(passBytes / 1e3 / ms);
            bytes += passBytes;
            events += replies.reduce((a, r) => a + r.events, 0);
            ttfb.push(...replies.map((r) => r.ttfbMs));
          }
        } catch (error) {
          await pool.stop();
          pools.delete(reader);
          throw error;
        }
        const durationMs = passMs.reduce((a, b) => a + b, 0);
        const spread = cv(passMBps);
        const record: DataAccessRecord = {
          storage,
          file: {
            format: FORMAT[kind],
            sizeBytes: files.sizeBytes,
            count: files.paths.length,
            ...(kind === 'parquet' ? { compression: 'none' } : {}),
            ...(files.eventsPerFile ? { eventsPerFile: files.eventsPerFile } : {}),
          },
          reader: { name: reader, version: readerVersion(reader) },
          settings: {
            concurrency: c,
            cacheState,
            cacheMethod: cold
              ? `sync; echo 3 > ${DROP_CACHES} before each pass (caches below this machine's disk not controlled)`
              : reader === 'node-fs-direct'
                ? "O_DIRECT reads after an untimed pass: this machine's page cache bypassed, but the files were just written and caches below the disk may hold them"
                : 'an untimed pass first: the files are in the page cache',
            repetitions: passMs.length,
            readPattern: 'full-file',
            description: `${c} reading thread${c === 1 ? '' : 's'} (processes), each taking the next file; ${
              reader.startsWith('node-fs') ? '1 MiB reads' : 'every column / dataset decoded'
            }`,
          },
          results: {
            durationMs: round(durationMs, 6),
            bytesRead: bytes,
            throughputMBps: round(bytes / 1e3 / durationMs, 6),
            ...(events > 0 ? { eventsPerSec: round(events / (durationMs / 1000), 6) } : {}),
            timeToFirstByteMs: round(median(ttfb), 4),
            ...(spread !== undefined ? { throughputCv: round(spread, 4) } : {}),
          },
          hardware: environment.hardware,
          software: {
            ...environment.software,
            libraries: {
              ...(reader === 'hyparquet' || reader === 'h5wasm' ? { [reader]: readerVersion(reader) } : {}),
            },
          },
          ...(settings.hardwarePool ? { hardwarePool: settings.hardwarePool } : {}),
          ...(settings.dataset ? { dataset: settings.dataset } : {}),
          provenance: {
            source: settings.source,
            ...(settings.submitter ? { submitter: settings.submitter } : {}),
            measuredAt: new Date().toISOString(),
            harness: STORAGE_HARNESS,
          },
        };
        // A loaded host is said so (the hub keeps the note): its numbers vary, and the CV shows by how much.
        const load = Math.max(loadBefore, loadavg()[0]!);
        const flags =
          load > availableParallelism()
            ? [
                {
                  code: 'host_loaded',
                  severity: 'note' as const,
                  message: `1-minute load average ${load.toFixed(1)} on ${availableParallelism()} logical cores while measuring: other processes competed for the CPUs and the disk`,
                },
              ]
            : [];
        record.validity = judgeDataAccess({ ...record, validity: { valid: true, flags } });
        report.records.push(record);
      } catch (error) {
        report.failed.push({ configuration: label, error: (error as Error).message });
      }
    }
  } finally {
    for (const pool of pools.values()) await pool.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  onProgress({ done: configurations.length, total: configurations.length, current: null });
  report.finishedAt = new Date().toISOString();
  return report;
}
