/**
 * The data-access (storage) benchmark record: how fast a reader gets a file format out of a kind of
 * storage, at a concurrency, with a cold or warm cache. The counterpart of the inference record in
 * ./record.ts: the same environment (hardware, software) and provenance, judged by the same rules
 * (the hub's own verdict; a submitter may call its run invalid, never valid).
 *
 * Units: throughput in MB/s with 1 MB = 10^6 bytes (what storage vendors and `dd` report), times in ms.
 */
import type { BenchmarkSource, HardwareInfo, Provenance, SoftwareInfo, Validity, ValidityFlag } from './record';
import { withSubmitterFlags } from './validity';

/** Where the files live. `eos-xrootd`: CERN EOS read over XRootD; `s3`: any S3-compatible object store. */
export const STORAGE_KINDS = [
  'eos-xrootd',
  'eos-fuse',
  's3',
  'cephfs',
  'nfs',
  'lustre',
  'gpfs',
  'local-nvme',
  'local-ssd',
  'local-disk',
  'tmpfs',
  'other',
] as const;
export type StorageKind = (typeof STORAGE_KINDS)[number];

/** How the reader reaches the storage. */
export const STORAGE_PROTOCOLS = ['root', 'https', 'http', 's3', 'posix', 'nfs', 'other'] as const;
export type StorageProtocol = (typeof STORAGE_PROTOCOLS)[number];

export const FILE_FORMATS = ['root', 'hdf5', 'parquet', 'arrow-ipc', 'csv', 'npy', 'tfrecord', 'raw', 'other'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export const CACHE_STATES = ['cold', 'warm'] as const;
export type CacheState = (typeof CACHE_STATES)[number];

/** What a pass reads of each file: all of it, some columns / datasets, or random blocks. */
export const READ_PATTERNS = ['full-file', 'columns', 'random-blocks'] as const;
export type ReadPattern = (typeof READ_PATTERNS)[number];

/** Readers the pages and docs name; any other name matching the pattern is accepted too. */
export const KNOWN_READERS = [
  'uproot',
  'pyroot-rdataframe',
  'h5py',
  'pyarrow',
  'hyparquet',
  'h5wasm',
  'node-fs',
  'xrdcp',
  'boto3',
] as const;

const PROTOCOL_LABELS: Record<StorageProtocol, string> = {
  root: 'root://',
  https: 'https://',
  http: 'http://',
  s3: 's3://',
  posix: 'POSIX',
  nfs: 'NFS',
  other: 'other',
};
const FORMAT_LABELS: Record<FileFormat, string> = {
  root: 'ROOT',
  hdf5: 'HDF5',
  parquet: 'Parquet',
  'arrow-ipc': 'Arrow IPC',
  csv: 'CSV',
  npy: 'NumPy .npy',
  tfrecord: 'TFRecord',
  raw: 'raw bytes',
  other: 'other',
};
const STORAGE_LABELS: Record<StorageKind, string> = {
  'eos-xrootd': 'EOS (XRootD)',
  'eos-fuse': 'EOS (FUSE mount)',
  s3: 'S3-compatible',
  cephfs: 'CephFS',
  nfs: 'NFS',
  lustre: 'Lustre',
  gpfs: 'GPFS',
  'local-nvme': 'local NVMe',
  'local-ssd': 'local SSD',
  'local-disk': 'local disk',
  tmpfs: 'tmpfs (memory)',
  other: 'other storage',
};

export const protocolLabel = (p: StorageProtocol) => PROTOCOL_LABELS[p];
export const formatLabel = (f: FileFormat) => FORMAT_LABELS[f];
export const storageLabel = (s: StorageKind) => STORAGE_LABELS[s];

export interface StorageInfo {
  kind: StorageKind;
  protocol: StorageProtocol;
  /** Host or mount, e.g. `eospublic.cern.ch` or `/data` (never credentials). */
  endpoint?: string | undefined;
  description?: string | undefined;
}

export interface FileInfo {
  format: FileFormat;
  /** Size of one file, in bytes. */
  sizeBytes: number;
  count: number;
  compression?: string | undefined;
  eventsPerFile?: number | undefined;
}

export interface ReaderInfo {
  name: string;
  version: string;
}

export interface DataAccessSettings {
  /** Files (or streams) read at the same time. */
  concurrency: number;
  cacheState: CacheState;
  /** How the cache state was reached, e.g. "echo 3 > /proc/sys/vm/drop_caches" or "second pass". */
  cacheMethod?: string | undefined;
  /** Timed passes over the files. */
  repetitions: number;
  readPattern: ReadPattern;
  description?: string | undefined;
}

export interface DataAccessResults {
  /** Wall time of all timed passes together. */
  durationMs: number;
  /** Bytes delivered to the reader in all timed passes (the file bytes for whole-file reads). */
  bytesRead: number;
  /** bytesRead / durationMs, in MB/s (10^6 bytes per second). */
  throughputMBps: number;
  eventsPerSec?: number | undefined;
  /** Median time from opening a file to its first bytes. */
  timeToFirstByteMs: number;
  /** stdev / mean of the throughput of each pass. */
  throughputCv?: number | undefined;
  peakMemoryBytes?: number | undefined;
}

/** One storage measurement, as a harness or CI sends it (without what the hub adds). */
export interface DataAccessRecord {
  storage: StorageInfo;
  file: FileInfo;
  reader: ReaderInfo;
  settings: DataAccessSettings;
  results: DataAccessResults;
  hardware: HardwareInfo;
  software: SoftwareInfo;
  /** Slug of the hardware pool it ran on (GET /api/hardware). */
  hardwarePool?: string | undefined;
  /** Slug of the dataset whose files were read. */
  dataset?: string | undefined;
  validity?: Validity | undefined;
  provenance: Omit<Provenance, 'source' | 'measuredAt'> & {
    source?: Exclude<BenchmarkSource, 'community'> | undefined;
    measuredAt?: string | undefined;
  };
  supersedes?: string | undefined;
}

/** Below these the hub calls a storage run invalid, whatever the harness says. */
export const DATA_ACCESS_MIN_REPETITIONS = 3;
export const DATA_ACCESS_MIN_DURATION_MS = 500;
export const DATA_ACCESS_MAX_CV = 0.1;

const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;

/** Flags the hub computes itself for storage results; a submitter's flags with these codes are replaced. */
const DATA_ACCESS_HUB_CODES = new Set([
  'too_few_repetitions',
  'too_short',
  'cv_above_10_percent',
  'cv_unknown',
  'cache_method_unknown',
  'partial_read',
]);

/**
 * The hub's verdict on a storage result: enough passes, long enough and a stable throughput
 * between passes (the inference rules with passes in place of runs), plus notes a reader needs:
 * a cold cache nobody says how it was reached, a read of part of the files. The submitter's other
 * flags are kept.
 */
export function judgeDataAccess(
  record: Pick<DataAccessRecord, 'settings' | 'results' | 'file' | 'validity'>,
): Validity {
  const { settings, results, file } = record;
  const flags: ValidityFlag[] = [];
  if (settings.repetitions < DATA_ACCESS_MIN_REPETITIONS)
    flags.push({
      code: 'too_few_repetitions',
      severity: 'invalid',
      message: `made ${settings.repetitions} timed pass${settings.repetitions === 1 ? '' : 'es'}, fewer than the ${DATA_ACCESS_MIN_REPETITIONS} required: one pass cannot show whether the throughput is stable`,
    });
  if (results.durationMs < DATA_ACCESS_MIN_DURATION_MS)
    flags.push({
      code: 'too_short',
      severity: 'invalid',
      message: `read for ${(results.durationMs / 1000).toFixed(3)} s, shorter than the ${DATA_ACCESS_MIN_DURATION_MS / 1000} s minimum: opening files and start-up dominate`,
    });
  if (results.throughputCv === undefined)
    flags.push({
      code: 'cv_unknown',
      severity: 'invalid',
      message: 'the spread of the throughput between passes is unknown: cannot tell a stable run from a noisy one',
    });
  else if (results.throughputCv > DATA_ACCESS_MAX_CV)
    flags.push({
      code: 'cv_above_10_percent',
      severity: 'invalid',
      message: `the throughput varies by ${pct(results.throughputCv)} between passes (coefficient of variation), above the ${pct(DATA_ACCESS_MAX_CV)} limit: a busy disk, network or host`,
    });
  if (settings.cacheState === 'cold' && !settings.cacheMethod)
    flags.push({
      code: 'cache_method_unknown',
      severity: 'note',
      message: 'called cold without saying how the caches were emptied: it may be a warm number',
    });
  const total = file.sizeBytes * file.count * settings.repetitions;
  if (results.bytesRead < total * 0.999)
    flags.push({
      code: 'partial_read',
      severity: 'note',
      message: `read ${pct(results.bytesRead / total)} of the files' bytes (${settings.readPattern}): the throughput is of what was read, not of the files`,
    });
  return withSubmitterFlags(flags, record.validity, DATA_ACCESS_HUB_CODES);
}

export interface DataAccessPlausibilityIssue {
  path: string;
  message: string;
}

/**
 * What a real measurement always satisfies: the throughput is the bytes over the time (5 % slack
 * for rounding) and the first byte comes within the run.
 */
export function dataAccessPlausibilityIssues(results: DataAccessResults): DataAccessPlausibilityIssue[] {
  const issues: DataAccessPlausibilityIssue[] = [];
  const computed = results.bytesRead / 1e3 / results.durationMs;
  if (Math.abs(results.throughputMBps - computed) > computed * 0.05 + 0.01)
    issues.push({
      path: 'results.throughputMBps',
      message: `${results.bytesRead} bytes in ${results.durationMs} ms is ${Number(computed.toPrecision(4))} MB/s, not ${results.throughputMBps}`,
    });
  if (results.timeToFirstByteMs > results.durationMs)
    issues.push({
      path: 'results.timeToFirstByteMs',
      message: `the first byte (${results.timeToFirstByteMs} ms) cannot come after the run ended (${results.durationMs} ms)`,
    });
  return issues;
}

/** Short label of a setup: storage, protocol, format and reader, e.g. "local disk · POSIX · Parquet · hyparquet 1.25". */
export function dataAccessSetupLabel(r: Pick<DataAccessRecord, 'storage' | 'file' | 'reader'>): string {
  return `${storageLabel(r.storage.kind)} · ${protocolLabel(r.storage.protocol)} · ${formatLabel(r.file.format)} · ${r.reader.name} ${r.reader.version}`;
}

/** The series a throughput-vs-concurrency chart draws: one per storage kind and reader. */
export function seriesKey(r: Pick<DataAccessRecord, 'storage' | 'file' | 'reader' | 'settings'>): string {
  return `${storageLabel(r.storage.kind)} · ${formatLabel(r.file.format)} · ${r.reader.name} · ${r.settings.cacheState}`;
}
