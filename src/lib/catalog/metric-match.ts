/**
 * Metrics of two versions are the same quantity only when name and unit agree. Metrics carry no
 * unit field, so the unit is read from the name as people write it: "latency (ms)", "size [MB]",
 * "latency_ms", "eff_pct". A name with the same stem and another unit is a different metric.
 */

export interface MetricName {
  /** the name without its unit, lower-cased, for matching */
  stem: string;
  /** the unit as written ("ms", "%", "MB"), or null when the name states none */
  unit: string | null;
}

const SUFFIX_UNITS: Record<string, string> = {
  ns: 'ns',
  us: 'µs',
  µs: 'µs',
  ms: 'ms',
  s: 's',
  sec: 's',
  pct: '%',
  percent: '%',
  bytes: 'B',
  kb: 'kB',
  mb: 'MB',
  gb: 'GB',
  hz: 'Hz',
  khz: 'kHz',
  mhz: 'MHz',
  ghz: 'GHz',
  mev: 'MeV',
  gev: 'GeV',
  tev: 'TeV',
};

export function parseMetricName(name: string): MetricName {
  const trimmed = name.trim();
  const bracket = /^(.*?)\s*[([]\s*([^()[\]]{1,16}?)\s*[)\]]$/.exec(trimmed);
  if (bracket?.[1] && bracket[2]) return { stem: bracket[1].toLowerCase(), unit: bracket[2] };
  const suffix = /^(.+?)[_\s]([a-zµ]+)$/i.exec(trimmed);
  const unit = suffix?.[2] ? SUFFIX_UNITS[suffix[2].toLowerCase()] : undefined;
  if (suffix?.[1] && unit) return { stem: suffix[1].toLowerCase(), unit };
  return { stem: trimmed.toLowerCase(), unit: null };
}

export type MetricDirection = 'higher' | 'lower';

const HIGHER = new Set([
  'auc',
  'accuracy',
  'acc',
  'efficiency',
  'eff',
  'rejection',
  'throughput',
  'precision',
  'recall',
  'f1',
  'agreement',
  'purity',
  'significance',
  'tpr',
]);
const LOWER = new Set([
  'loss',
  'mse',
  'mae',
  'rmse',
  'error',
  'latency',
  'mistag',
  'fpr',
  'diff',
  'background',
  'time',
  'duration',
  'chi2',
]);

/**
 * Which way is better, when the name says so: the quantity is what comes before "at"/"vs"
 * ("b_eff_at_1pct_mistag" is an efficiency, "light_mistag_at_70pct_b_eff" a mistag rate).
 */
export function metricDirection(name: string): MetricDirection | null {
  const tokens = parseMetricName(name)
    .stem.split(/[^a-z0-9]+/)
    .filter(Boolean);
  const cut = tokens.findIndex((t) => t === 'at' || t === 'vs');
  for (const t of cut >= 0 ? tokens.slice(0, cut) : tokens) {
    if (HIGHER.has(t)) return 'higher';
    if (LOWER.has(t)) return 'lower';
  }
  return null;
}

export interface MetricLike {
  name: string;
  value: number;
  split: string;
  dataset: { dataset: string; version: string } | null;
}

export interface MetricPair<M extends MetricLike> {
  a: M | null;
  b: M | null;
  /** set when the other version has a metric of the same stem in another unit */
  unitMismatch?: { a: string | null; b: string | null };
  direction: MetricDirection | null;
  /** for matched pairs: better or worse by the metric's direction; null when unknown or equal */
  verdict?: 'better' | 'worse' | null;
}

const where = (m: MetricLike) => `${m.split}|${m.dataset ? `${m.dataset.dataset}@${m.dataset.version}` : ''}`;
const fullKey = (m: MetricLike) => {
  const n = parseMetricName(m.name);
  return `${n.stem}|${n.unit ?? ''}|${where(m)}`;
};
const stemKey = (m: MetricLike) => `${parseMetricName(m.name).stem}|${where(m)}`;

/** Pairs the metrics of two versions by name (stem), unit, split and dataset version. */
export function matchMetrics<M extends MetricLike>(aList: M[], bList: M[]): MetricPair<M>[] {
  const bByKey = new Map(bList.map((m) => [fullKey(m), m]));
  const used = new Set<M>();
  const pairs: MetricPair<M>[] = [];
  for (const a of aList) {
    const b = bByKey.get(fullKey(a));
    if (b && !used.has(b)) {
      used.add(b);
      const direction = metricDirection(a.name);
      const delta = b.value - a.value;
      const verdict =
        direction === null || delta === 0 ? null : delta > 0 === (direction === 'higher') ? 'better' : 'worse';
      pairs.push({ a, b, direction, verdict });
    } else {
      pairs.push({ a, b: null, direction: metricDirection(a.name) });
    }
  }
  for (const b of bList) if (!used.has(b)) pairs.push({ a: null, b, direction: metricDirection(b.name) });

  // Same stem, split and dataset on both sides, but no pair: the units differ.
  const unitsOf = (side: 'a' | 'b', key: string) =>
    pairs
      .filter((p) => p[side] && !(p.a && p.b) && stemKey(p[side]!) === key)
      .map((p) => parseMetricName(p[side]!.name).unit);
  for (const p of pairs) {
    const m = p.a ?? p.b!;
    if (p.a && p.b) continue;
    const key = stemKey(m);
    const aUnits = unitsOf('a', key);
    const bUnits = unitsOf('b', key);
    if (aUnits.length > 0 && bUnits.length > 0) p.unitMismatch = { a: aUnits[0] ?? null, b: bUnits[0] ?? null };
  }
  return pairs;
}
