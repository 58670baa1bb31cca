import { formatBytes, formatCompact, formatMetric } from './format';

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

const metricKey = (m: ComparableVersion['metrics'][number]) =>
  `${m.name} · ${m.split}${m.dataset ? ` · ${m.dataset.dataset}@${m.dataset.version}` : ''}`;

const artifactFields = (a: ComparableVersion['artifacts'][number]): [string, string | null][] => [
  ['format', a.format],
  ['precision', a.precision],
  ['framework', a.framework],
  ['size', a.bytes === null ? null : formatBytes(a.bytes)],
  ['parameters', a.parameters === null ? null : formatCompact(a.parameters)],
  ['sparsity', a.sparsityPct === null ? null : `${a.sparsityPct}%`],
  ['sha256', a.sha256 ? `${a.sha256.slice(0, 12)}…` : null],
];

export function compareVersions(a: ComparableVersion, b: ComparableVersion): CompareSection[] {
  const metricsA = new Map(a.metrics.map((m) => [metricKey(m), m.value]));
  const metricsB = new Map(b.metrics.map((m) => [metricKey(m), m.value]));
  const metricRows = [...new Set([...metricsA.keys(), ...metricsB.keys()])].sort().map((key): CompareRow => {
    const va = metricsA.get(key);
    const vb = metricsB.get(key);
    return {
      key,
      a: va === undefined ? null : formatMetric(va),
      b: vb === undefined ? null : formatMetric(vb),
      changed: va !== vb,
      ...(va !== undefined && vb !== undefined ? { delta: vb - va } : {}),
    };
  });
  const artifactMap = (v: ComparableVersion) =>
    new Map(
      v.artifacts.flatMap((art) =>
        artifactFields(art)
          .filter(([, x]) => x !== null)
          .map(([f, x]) => [`${art.name} · ${f}`, x!] as const),
      ),
    );
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
    { id: 'metrics', title: 'Metrics', rows: metricRows },
    {
      id: 'hyper-parameters',
      title: 'Hyper-parameters',
      rows: rowsOf(flattenParameters(a.hyperParameters), flattenParameters(b.hyperParameters)),
    },
    { id: 'artifacts', title: 'Artifacts', rows: rowsOf(artifactMap(a), artifactMap(b)) },
    { id: 'datasets', title: 'Datasets', rows: rowsOf(datasetMap(a), datasetMap(b)) },
    { id: 'training', title: 'Training job and parent', rows: rowsOf(job(a), job(b)) },
  ];
}
