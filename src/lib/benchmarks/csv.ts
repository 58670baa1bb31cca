import { precisionLabel } from './labels';
import type { BenchmarkResultJson } from './result-json';

type Cell = string | number | boolean | null | undefined;

/** Every field of a result as one flat row; the column names are the CSV header. */
export const CSV_COLUMNS: readonly [string, (r: BenchmarkResultJson) => Cell][] = [
  ['id', (r) => r.id],
  ['model', (r) => r.model.slug],
  ['version', (r) => r.version],
  ['task', (r) => r.model.task],
  ['precision', (r) => r.artifact.precision],
  ['sparsity_pct', (r) => r.artifact.sparsityPct],
  ['variant', (r) => precisionLabel(r.artifact)],
  ['artifact_sha256', (r) => r.artifact.sha256],
  ['artifact_name', (r) => r.artifact.name],
  ['onnx_ir_version', (r) => r.artifact.irVersion],
  [
    'opsets',
    (r) =>
      r.artifact.opsets
        ? Object.entries(r.artifact.opsets)
            .map(([d, v]) => `${d || 'ai.onnx'}:${v}`)
            .join(' ')
        : undefined,
  ],
  ['engine', (r) => r.engine.name],
  ['engine_version', (r) => r.engine.version],
  ['execution_provider', (r) => r.engine.executionProvider],
  ['build_variant', (r) => r.engine.buildVariant],
  ['hardware', (r) => r.hardwareLabel],
  ['cpu_model', (r) => r.hardware.cpu?.model],
  ['cpu_cores', (r) => r.hardware.cpu?.cores],
  ['memory_bytes', (r) => r.hardware.memoryBytes],
  [
    'accelerators',
    (r) =>
      r.hardware.accelerators
        ?.map((a) => `${a.count}x ${a.model}${a.driver ? ` (driver ${a.driver})` : ''}`)
        .join('; '),
  ],
  ['browser', (r) => (r.hardware.browser ? `${r.hardware.browser.name} ${r.hardware.browser.version}` : undefined)],
  ['user_agent', (r) => r.hardware.browser?.userAgent],
  [
    'webgpu_adapter',
    (r) =>
      r.hardware.webgpuAdapter
        ? [r.hardware.webgpuAdapter.vendor, r.hardware.webgpuAdapter.architecture, r.hardware.webgpuAdapter.description]
            .filter(Boolean)
            .join(' ')
        : undefined,
  ],
  ['software_rendered', (r) => r.hardware.webgpuAdapter?.softwareRendered ?? false],
  ['os', (r) => r.software.os],
  ['kernel', (r) => r.software.kernel],
  ['runtime', (r) => r.software.runtime],
  ['container_image_digest', (r) => r.software.containerImageDigest],
  ['scenario', (r) => r.settings.scenario],
  ['batch_size', (r) => r.settings.batchSize],
  ['intra_op_threads', (r) => r.settings.intraOpThreads],
  ['inter_op_threads', (r) => r.settings.interOpThreads],
  ['warmup_runs', (r) => r.settings.warmupRuns],
  ['min_iterations', (r) => r.settings.minIterations],
  ['min_duration_ms', (r) => r.settings.minDurationMs],
  ['graph_optimization_level', (r) => r.settings.graphOptimizationLevel],
  ['input', (r) => r.settings.input?.description],
  ['timing', (r) => r.settings.timing],
  ['iterations', (r) => r.results.iterations],
  ['duration_ms', (r) => r.results.durationMs],
  ['latency_min_ms', (r) => r.results.latencyMs.min],
  ['latency_mean_ms', (r) => r.results.latencyMs.mean],
  ['latency_p50_ms', (r) => r.results.latencyMs.p50],
  ['latency_p90_ms', (r) => r.results.latencyMs.p90],
  ['latency_p95_ms', (r) => r.results.latencyMs.p95],
  ['latency_p99_ms', (r) => r.results.latencyMs.p99],
  ['latency_p999_ms', (r) => r.results.latencyMs.p999],
  ['latency_max_ms', (r) => r.results.latencyMs.max],
  ['latency_cv', (r) => r.results.latencyCv],
  ['p50_stability_cv', (r) => r.results.p50StabilityCv],
  ['throughput_per_s', (r) => r.results.throughputPerSec],
  ['session_create_ms', (r) => r.results.sessionCreateMs],
  ['first_inference_ms', (r) => r.results.firstInferenceMs],
  ['peak_memory_bytes', (r) => r.results.peakMemoryBytes],
  ['accuracy_metric', (r) => r.accuracy?.metric],
  ['accuracy_value', (r) => r.accuracy?.value],
  ['accuracy_reference', (r) => r.accuracy?.reference],
  ['valid', (r) => r.validity.valid],
  [
    'validity_flags',
    (r) =>
      r.validity.flags
        .map((f) => `${f.severity === 'invalid' ? 'INVALID' : 'note'} ${f.code}: ${f.message}`)
        .join(' | '),
  ],
  ['source', (r) => r.provenance.source],
  ['submitter', (r) => r.provenance.submitter],
  ['measured_at', (r) => r.provenance.measuredAt],
  ['recorded_at', (r) => r.provenance.recordedAt],
  ['raw_log_url', (r) => r.provenance.rawLogUrl],
  ['supersedes', (r) => r.supersedes],
  ['superseded_by', (r) => r.supersededBy],
];

/**
 * RFC 4180 quoting. A cell that starts with = + - @ (or a tab / CR) is prefixed with an apostrophe
 * so spreadsheets do not run it as a formula (CSV injection); numbers are written as they are.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function benchmarkCsv(results: readonly BenchmarkResultJson[]): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(',')];
  for (const r of results) lines.push(CSV_COLUMNS.map(([, get]) => csvCell(get(r))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
