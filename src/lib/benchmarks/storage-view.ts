/**
 * What the storage benchmark pages compute from results: the throughput-vs-concurrency series
 * (one per storage, format, reader and cache state) and the "will my training be input-bound?"
 * verdict. Pure functions over the API's result shape.
 */
import { seriesKey, type DataAccessRecord } from './data-access';

/** The version metric a training job records: events (samples) its training loop consumes per second. */
export const TRAINING_THROUGHPUT_METRIC = 'training_events_per_second';

type SeriesInput = Pick<DataAccessRecord, 'storage' | 'file' | 'reader' | 'settings' | 'results'> & { id: string };

export interface ThroughputPoint {
  concurrency: number;
  /** The best throughput measured at this concurrency (MB/s). */
  mbPerSec: number;
  id: string;
}

export interface ThroughputSeries {
  label: string;
  points: ThroughputPoint[];
}

/** One series per storage · format · reader · cache state; at each concurrency its best result. */
export function throughputSeries(results: readonly SeriesInput[]): ThroughputSeries[] {
  const bySeries = new Map<string, Map<number, ThroughputPoint>>();
  for (const r of results) {
    const key = seriesKey(r);
    const points = bySeries.get(key) ?? new Map<number, ThroughputPoint>();
    const c = r.settings.concurrency;
    const current = points.get(c);
    if (!current || r.results.throughputMBps > current.mbPerSec)
      points.set(c, { concurrency: c, mbPerSec: r.results.throughputMBps, id: r.id });
    bySeries.set(key, points);
  }
  return [...bySeries.entries()]
    .map(([label, points]) => ({ label, points: [...points.values()].sort((a, b) => a.concurrency - b.concurrency) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Every concurrency any series has, ascending (the table's columns). */
export function concurrencyLevels(series: readonly ThroughputSeries[]): number[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.concurrency)))].sort((a, b) => a - b);
}

export type InputBoundVerdict = 'input-bound' | 'marginal' | 'not-input-bound' | 'unknown';

export interface InputBoundAnswer {
  verdict: InputBoundVerdict;
  /** Events per second the training consumes. */
  trainingEventsPerSec: number;
  /** Events per second the storage delivers, measured or derived from MB/s and bytes per event; null if neither. */
  storageEventsPerSec: number | null;
  /** How storageEventsPerSec was found. */
  storageBasis: 'measured' | 'derived' | null;
  /** storage / training: below 1 the training waits for data. */
  ratio: number | null;
  /** Share of the time the training would wait for data (0 when not input-bound). */
  waitingShare: number | null;
  sentence: string;
}

/** Headroom below which reading is called marginal: other jobs, other files and decompression eat into it. */
export const MARGINAL_HEADROOM = 2;

const fmt = (n: number) =>
  n >= 100 ? Math.round(n).toLocaleString('en') : Number(n.toPrecision(3)).toLocaleString('en');

/**
 * Would a training loop that consumes `trainingEventsPerSec` wait for this storage? Storage events/s
 * is the measured one, else MB/s × 10^6 / bytes per event when the bytes per event are known.
 * Below 1× the training is input-bound; below 2× it is marginal; else it is not.
 */
export function inputBound(input: {
  trainingEventsPerSec: number;
  storage: Pick<DataAccessRecord['results'], 'throughputMBps' | 'eventsPerSec'>;
  bytesPerEvent?: number | null | undefined;
}): InputBoundAnswer {
  const training = input.trainingEventsPerSec;
  let storage: number | null = null;
  let basis: InputBoundAnswer['storageBasis'] = null;
  if (input.storage.eventsPerSec) {
    storage = input.storage.eventsPerSec;
    basis = 'measured';
  } else if (input.bytesPerEvent && input.bytesPerEvent > 0) {
    storage = (input.storage.throughputMBps * 1e6) / input.bytesPerEvent;
    basis = 'derived';
  }
  if (storage === null || !(training > 0)) {
    return {
      verdict: 'unknown',
      trainingEventsPerSec: training,
      storageEventsPerSec: null,
      storageBasis: null,
      ratio: null,
      waitingShare: null,
      sentence: `This storage result has no events/s; give the bytes per event of your training data to compare ${fmt(input.storage.throughputMBps)} MB/s with ${fmt(training)} events/s.`,
    };
  }
  const ratio = storage / training;
  const verdict: InputBoundVerdict =
    ratio < 1 ? 'input-bound' : ratio < MARGINAL_HEADROOM ? 'marginal' : 'not-input-bound';
  const waitingShare = ratio < 1 ? 1 - ratio : 0;
  const numbers = `storage delivers ${fmt(storage)} events/s${basis === 'derived' ? ' (from MB/s and bytes per event)' : ''}, training consumes ${fmt(training)} events/s`;
  const sentence =
    verdict === 'input-bound'
      ? `Input-bound: ${numbers}. The training would wait for data about ${Math.round(waitingShare * 100)} % of the time.`
      : verdict === 'marginal'
        ? `Marginal: ${numbers}, only ${ratio.toFixed(2)}× what it needs (less than ${MARGINAL_HEADROOM}× headroom).`
        : `Not input-bound: ${numbers}, ${ratio.toFixed(1)}× what it needs.`;
  return {
    verdict,
    trainingEventsPerSec: training,
    storageEventsPerSec: storage,
    storageBasis: basis,
    ratio,
    waitingShare,
    sentence,
  };
}
