import { precisionLabel } from './labels';
import type { BenchmarkResultJson } from './result-json';

/**
 * Chart-ready groupings of results, shared by the static pages and the live islands. A series is
 * one engine × provider × precision × threads × hardware (× model version, when several versions
 * are shown together); at each batch size it takes the valid result measured last, else the
 * invalid one (drawn as such).
 */

export interface ResultPoint {
  id: string;
  batch: number;
  p50: number;
  p99: number;
  throughput: number;
  valid: boolean;
  /** The invalid flags' messages, for tooltips. */
  reason: string;
  community: boolean;
}

export interface Series {
  key: string;
  label: string;
  points: ResultPoint[];
}

/** Labels and, per dataset, one value per label (null where nothing was measured). */
export interface ChartTable {
  labels: string[];
  datasets: { label: string; values: (ResultPoint | null)[] }[];
}

export const invalidReason = (r: BenchmarkResultJson) =>
  r.validity.flags
    .filter((f) => f.severity === 'invalid')
    .map((f) => f.message)
    .join('; ');

export function toPoint(r: BenchmarkResultJson): ResultPoint {
  return {
    id: r.id,
    batch: r.settings.batchSize,
    p50: r.results.latencyMs.p50,
    p99: r.results.latencyMs.p99,
    throughput: r.results.throughputPerSec,
    valid: r.validity.valid,
    reason: invalidReason(r),
    community: r.provenance.source === 'community',
  };
}

const threadsText = (r: BenchmarkResultJson) =>
  r.settings.intraOpThreads
    ? ` · ${r.settings.intraOpThreads} thread${r.settings.intraOpThreads === 1 ? '' : 's'}`
    : '';

export const variantLabel = (r: BenchmarkResultJson) => `${r.model.slug} v${r.version} · ${precisionLabel(r.artifact)}`;

/** What tells one series from another: variant, engine and provider, threads, machine. */
export function seriesParts(r: BenchmarkResultJson, withModel: boolean): string[] {
  return [
    withModel ? variantLabel(r) : precisionLabel(r.artifact),
    `${r.engine.name} ${r.engine.executionProvider}`,
    threadsText(r).replace(/^ · /, ''),
    r.hardwareLabel,
  ].filter(Boolean);
}

export function seriesLabel(r: BenchmarkResultJson, withModel: boolean): string {
  return seriesParts(r, withModel).join(' · ');
}

/** Parts every series shares (they go in the chart title), and each series' label without them. */
function factorLabels(
  results: readonly BenchmarkResultJson[],
  withModel: boolean,
): { common: string[]; label: (r: BenchmarkResultJson) => string } {
  const all = results.map((r) => seriesParts(r, withModel));
  const first = all[0] ?? [];
  const common = first.filter((part) => all.every((parts) => parts.includes(part)));
  const distinct = new Set(all.map((parts) => parts.join('|'))).size;
  return {
    common: distinct > 1 ? common : [],
    label: (r) => {
      const parts = seriesParts(r, withModel);
      const own = distinct > 1 ? parts.filter((p) => !common.includes(p)) : parts;
      return (own.length ? own : parts).join(' · ');
    },
  };
}

/** What all series of a chart share, for its title ("" when the series differ in everything). */
export function sharedSetup(results: readonly BenchmarkResultJson[]): string {
  return factorLabels(results, versionsIn(results) > 1).common.join(' · ');
}

/** Valid beats invalid; among equals, the one recorded last. */
function preferred(a: BenchmarkResultJson, b: BenchmarkResultJson): BenchmarkResultJson {
  if (a.validity.valid !== b.validity.valid) return a.validity.valid ? a : b;
  return a.provenance.recordedAt >= b.provenance.recordedAt ? a : b;
}

function pick<K>(
  results: readonly BenchmarkResultJson[],
  keyOf: (r: BenchmarkResultJson) => K,
): Map<K, BenchmarkResultJson> {
  const map = new Map<K, BenchmarkResultJson>();
  for (const r of results) {
    const key = keyOf(r);
    const current = map.get(key);
    map.set(key, current ? preferred(current, r) : r);
  }
  return map;
}

const versionsIn = (results: readonly BenchmarkResultJson[]) =>
  new Set(results.map((r) => `${r.model.slug}@${r.version}`)).size;

/** One series per configuration, its points ordered by batch size (latency vs batch, throughput). */
export function latencySeries(results: readonly BenchmarkResultJson[]): Series[] {
  const { label } = factorLabels(results, versionsIn(results) > 1);
  const byKey = new Map<string, BenchmarkResultJson[]>();
  for (const r of results) {
    const key = label(r);
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  return [...byKey.entries()]
    .map(([label, members]) => ({
      key: label,
      label,
      points: [...pick(members, (r) => r.settings.batchSize).values()].map(toPoint).sort((a, b) => a.batch - b.batch),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export const batchSizes = (results: readonly BenchmarkResultJson[]) =>
  [...new Set(results.map((r) => r.settings.batchSize))].sort((a, b) => a - b);

/** Throughput bars: batch sizes along x, one bar per series. */
export function throughputTable(results: readonly BenchmarkResultJson[]): ChartTable {
  const batches = batchSizes(results);
  return {
    labels: batches.map(String),
    datasets: latencySeries(results).map((s) => ({
      label: s.label,
      values: batches.map((b) => s.points.find((p) => p.batch === b) ?? null),
    })),
  };
}

/** The engine × hardware × threads with the most results: the common ground for side-by-side views. */
function commonSetup(results: readonly BenchmarkResultJson[]): string | undefined {
  const counts = new Map<string, number>();
  for (const r of results) {
    const key = `${r.engineLabel}|${r.hardwareLabel}|${r.settings.intraOpThreads ?? ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * fp32 vs fp16 vs int8 vs pruned: p50 per variant (model version × precision × sparsity) at each
 * batch, on one common engine and machine so only the numerics differ. Also names that setup.
 */
export function variantTable(results: readonly BenchmarkResultJson[]): ChartTable & { setup: string | null } {
  const setup = commonSetup(results);
  const same = results.filter(
    (r) => `${r.engineLabel}|${r.hardwareLabel}|${r.settings.intraOpThreads ?? ''}` === setup,
  );
  const variants = [...new Set(same.map(variantLabel))].sort();
  const batches = batchSizes(same);
  const chosen = pick(same, (r) => `${variantLabel(r)}|${r.settings.batchSize}`);
  const [engine, hardware, threads] = setup?.split('|') ?? [];
  return {
    setup: setup
      ? `${engine}${threads ? `, ${threads} thread${threads === '1' ? '' : 's'}` : ''}, on ${hardware}`
      : null,
    labels: variants,
    datasets: batches.map((b) => ({
      label: `batch ${b}`,
      values: variants.map((v) => {
        const r = chosen.get(`${v}|${b}`);
        return r ? toPoint(r) : null;
      }),
    })),
  };
}

/** Hardware comparison: p50 at one batch size per machine, one bar per engine and provider. */
export function hardwareTable(results: readonly BenchmarkResultJson[], batch: number): ChartTable {
  const atBatch = results.filter((r) => r.settings.batchSize === batch);
  const machines = [...new Set(atBatch.map((r) => r.hardwareLabel))].sort();
  const engines = [
    ...new Set(atBatch.map((r) => `${r.engine.name} ${r.engine.executionProvider} · ${precisionLabel(r.artifact)}`)),
  ].sort();
  const chosen = pick(
    atBatch,
    (r) => `${r.hardwareLabel}|${r.engine.name} ${r.engine.executionProvider} · ${precisionLabel(r.artifact)}`,
  );
  return {
    labels: machines,
    datasets: engines.map((e) => ({
      label: e,
      values: machines.map((m) => (chosen.has(`${m}|${e}`) ? toPoint(chosen.get(`${m}|${e}`)!) : null)),
    })),
  };
}

/** Compare across versions: p50 of each version at one batch size, one bar per engine × machine. */
export function versionTable(results: readonly BenchmarkResultJson[], batch: number): ChartTable {
  const atBatch = results.filter((r) => r.settings.batchSize === batch);
  const versions = [...new Set(atBatch.map((r) => r.version))].sort((a, b) => a - b);
  const setups = [
    ...new Set(
      atBatch.map((r) => `${r.engine.name} ${r.engine.executionProvider}${threadsText(r)} · ${r.hardwareLabel}`),
    ),
  ].sort();
  const chosen = pick(
    atBatch,
    (r) => `${r.version}|${r.engine.name} ${r.engine.executionProvider}${threadsText(r)} · ${r.hardwareLabel}`,
  );
  return {
    labels: versions.map((v) => `v${v}`),
    datasets: setups.map((s) => ({
      label: s,
      values: versions.map((v) => (chosen.has(`${v}|${s}`) ? toPoint(chosen.get(`${v}|${s}`)!) : null)),
    })),
  };
}

export interface BestRow {
  task: string;
  model: string;
  modelName: string;
  version: number;
  engine: string;
  hardware: string;
  /** Lowest valid p50 at the smallest batch measured (community results excluded). */
  latency: { p50: number; batch: number; id: string } | null;
  /** Highest valid throughput over all batch sizes. */
  throughput: { perSecond: number; batch: number; id: string } | null;
  valid: number;
  invalid: number;
  community: number;
}

/** The overview: per model version, engine and machine, the best latency and throughput it reached. */
export function bestByEngineAndHardware(results: readonly BenchmarkResultJson[]): BestRow[] {
  const groups = new Map<string, BenchmarkResultJson[]>();
  for (const r of results) {
    const key = `${r.model.slug}|${r.version}|${r.engineLabel}|${r.hardwareLabel}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const rows = [...groups.values()].map((members): BestRow => {
    const first = members[0]!;
    // Anonymous community runs are listed, but the best figures come from runs the hub can trace.
    const community = members.filter((r) => r.provenance.source === 'community');
    const valid = members.filter((r) => r.validity.valid && r.provenance.source !== 'community');
    const smallest = Math.min(...valid.map((r) => r.settings.batchSize));
    const fastest = valid
      .filter((r) => r.settings.batchSize === smallest)
      .sort((a, b) => a.results.latencyMs.p50 - b.results.latencyMs.p50)[0];
    const busiest = [...valid].sort((a, b) => b.results.throughputPerSec - a.results.throughputPerSec)[0];
    return {
      task: first.model.task,
      model: first.model.slug,
      modelName: first.model.name,
      version: first.version,
      engine: first.engineLabel,
      hardware: first.hardwareLabel,
      latency: fastest
        ? { p50: fastest.results.latencyMs.p50, batch: fastest.settings.batchSize, id: fastest.id }
        : null,
      throughput: busiest
        ? { perSecond: busiest.results.throughputPerSec, batch: busiest.settings.batchSize, id: busiest.id }
        : null,
      valid: valid.length,
      invalid: members.filter((r) => !r.validity.valid).length,
      community: community.length,
    };
  });
  return rows.sort(
    (a, b) =>
      a.task.localeCompare(b.task) ||
      a.model.localeCompare(b.model) ||
      a.version - b.version ||
      a.engine.localeCompare(b.engine) ||
      a.hardware.localeCompare(b.hardware),
  );
}
