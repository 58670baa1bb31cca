import { formatBytes, formatCompact, formatMetric } from './format';
import { matchMetrics, type MetricDirection } from './metric-match';

/** Side-by-side comparison of two model versions: what changed between them, section by section. */

export interface ComparableVersion {
  version: number;
  status: string;
  createdAt: string;
  hyperParameters: Record<string, unknown>;
  metrics: { name: string; value: number; split: string; dataset: { dataset: string; version: string } | null }[];
  artifacts: {
    name: string;
    format: string;
    precision: string | null;
    bytes: number | null;
    parameters: number | null;
    sparsityPct: number | null;
    framework: string | null;
    sha256: string | null;
  }[];
  datasets: { dataset: string; datasetName: string; version: string; role: string }[];
  parent: { model: string; version: number } | null;
  trainingJob: {
    ciUrl?: string | undefined;
    commit?: string | undefined;
    hardware?: string | undefined;
    gpuHours?: number | undefined;
  } | null;
}

export interface CompareRow {
  key: string;
  a: string | null;
  b: string | null;
  changed: boolean;
  /** For numeric metrics: b − a. */
  delta?: number;
  /** For metrics: which way is better, when the name says so. */
  direction?: MetricDirection | null;
  /** For changed metrics with a known direction: whether b is better or worse than a. */
  verdict?: 'better' | 'worse' | null;
  /** Why two similar rows are not compared (a metric of the same name in another unit). */
  note?: string;
}

export interface CompareSection {
  id: 'hyper-parameters' | 'metrics' | 'artifacts' | 'datasets' | 'training';
  title: string;
  rows: CompareRow[];
}

/** Nested hyper-parameters as dotted keys; lists and scalars as JSON. */
export function flattenParameters(value: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, inner] of flattenParameters(v as Record<string, unknown>, path)) out.set(k, inner);
    } else {
      out.set(path, typeof v === 'string' ? v : JSON.stringify(v));
    }
  }
  return out;
}

function rowsOf(a: Map<string, string>, b: Map<string, string>): CompareRow[] {
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x.localeCompare(y));
  return keys.map((key) => {
    const va = a.get(key) ?? null;
    const vb = b.get(key) ?? null;
    return { key, a: va, b: vb, changed: va !== vb };
  });
}

const where = (m: ComparableVersion['metrics'][number]) =>
  ` · ${m.split}${m.dataset ? ` · ${m.dataset.dataset}@${m.dataset.version}` : ''}`;
const unitWords = (u: string | null) => (u === null ? 'no unit' : u);

/** Metrics matched by name, unit, split and dataset version (metric-match.ts). */
function metricRows(a: ComparableVersion, b: ComparableVersion): CompareRow[] {
  return matchMetrics(a.metrics, b.metrics)
    .map((p): CompareRow => {
      const m = (p.a ?? p.b)!;
      const va = p.a?.value;
      const vb = p.b?.value;
      const renamed = p.a && p.b && p.a.name !== p.b.name ? `v${b.version} names it “${p.b.name}”.` : undefined;
      const mismatch = p.unitMismatch
        ? `Same name in v${p.a ? b.version : a.version} but another unit (${unitWords(p.unitMismatch.a)} in v${a.version}, ${unitWords(p.unitMismatch.b)} in v${b.version}): not compared.`
        : undefined;
      const note = mismatch ?? renamed;
      return {
        key: `${m.name}${where(m)}`,
        a: va === undefined ? null : formatMetric(va),
        b: vb === undefined ? null : formatMetric(vb),
        changed: va !== vb,
        direction: p.direction,
        ...(va !== undefined && vb !== undefined ? { delta: vb - va, verdict: p.verdict ?? null } : {}),
        ...(note ? { note } : {}),
      };
    })
    .sort((x, y) => x.key.localeCompare(y.key) || (x.a === null ? 1 : 0) - (y.a === null ? 1 : 0));
}

const artifactFields = (a: ComparableVersion['artifacts'][number]): [string, string | null][] => [
  ['file', a.name],
  ['precision', a.precision],
  ['framework', a.framework],
  ['size', a.bytes === null ? null : formatBytes(a.bytes)],
  ['parameters', a.parameters === null ? null : formatCompact(a.parameters)],
  ['sparsity', a.sparsityPct === null ? null : `${a.sparsityPct}%`],
  ['sha256', a.sha256 ? `${a.sha256.slice(0, 12)}…` : null],
];

type Artifact = ComparableVersion['artifacts'][number];

/**
 * Artifacts matched by role, not file name (names usually carry the version): the ONNX model of
 * one version against the ONNX model of the other. Within a format, equal precisions pair first,
 * then the rest in order; a role is named by format, and by precision when a format repeats.
 */
export function matchArtifacts(
  aList: Artifact[],
  bList: Artifact[],
): { role: string; a: Artifact | null; b: Artifact | null }[] {
  const formats = [...new Set([...aList, ...bList].map((x) => x.format))];
  const out: { role: string; a: Artifact | null; b: Artifact | null }[] = [];
  for (const format of formats) {
    const restA = aList.filter((x) => x.format === format);
    const restB = bList.filter((x) => x.format === format);
    const single = restA.length <= 1 && restB.length <= 1;
    const pairs: { a: Artifact | null; b: Artifact | null }[] = [];
    for (const a of [...restA]) {
      const i = restB.findIndex((b) => b.precision === a.precision);
      if (i < 0) continue;
      pairs.push({ a, b: restB.splice(i, 1)[0]! });
      restA.splice(restA.indexOf(a), 1);
    }
    while (restA.length > 0 || restB.length > 0) pairs.push({ a: restA.shift() ?? null, b: restB.shift() ?? null });
    const seen = new Map<string, number>();
    for (const p of pairs) {
      const precision = p.a?.precision ?? p.b?.precision;
      let role = single ? `${format} artifact` : `${format} artifact${precision ? ` (${precision})` : ''}`;
      const n = (seen.get(role) ?? 0) + 1;
      seen.set(role, n);
      if (n > 1) role = `${role} #${n}`;
      out.push({ role, ...p });
    }
  }
  return out;
}

function artifactRows(a: ComparableVersion, b: ComparableVersion): CompareRow[] {
  const rows: CompareRow[] = [];
  for (const pair of matchArtifacts(a.artifacts, b.artifacts)) {
    const fa = new Map(pair.a ? artifactFields(pair.a) : []);
    const fb = new Map(pair.b ? artifactFields(pair.b) : []);
    for (const [field] of artifactFields((pair.a ?? pair.b)!)) {
      const va = fa.get(field) ?? null;
      const vb = fb.get(field) ?? null;
      if (va === null && vb === null) continue;
      rows.push({ key: `${pair.role} · ${field}`, a: va, b: vb, changed: va !== vb });
    }
  }
  return rows;
}

export function compareVersions(a: ComparableVersion, b: ComparableVersion): CompareSection[] {
  const datasetMap = (v: ComparableVersion) =>
    new Map(v.datasets.map((d) => [`${d.datasetName} (${d.role})`, d.version] as const));
  const job = (v: ComparableVersion) => {
    const entries: [string, string | undefined][] = [
      ['parent', v.parent ? `${v.parent.model} v${v.parent.version}` : undefined],
      ['commit', v.trainingJob?.commit],
      ['hardware', v.trainingJob?.hardware],
      ['GPU-hours', v.trainingJob?.gpuHours === undefined ? undefined : String(v.trainingJob.gpuHours)],
      ['CI job', v.trainingJob?.ciUrl],
    ];
    return new Map(entries.filter((e): e is [string, string] => e[1] !== undefined));
  };
  return [
    { id: 'metrics', title: 'Metrics', rows: metricRows(a, b) },
    {
      id: 'hyper-parameters',
      title: 'Hyper-parameters',
      rows: rowsOf(flattenParameters(a.hyperParameters), flattenParameters(b.hyperParameters)),
    },
    { id: 'artifacts', title: 'Artifacts', rows: artifactRows(a, b) },
    { id: 'datasets', title: 'Datasets', rows: rowsOf(datasetMap(a), datasetMap(b)) },
    { id: 'training', title: 'Training job and parent', rows: rowsOf(job(a), job(b)) },
  ];
}
