import type { CoverageReport } from './coverage-types';
import type { SourceRef } from './op-list-types';
import { displayDomain } from './operators';
import type { InspectReport, ValueSummary } from './report-types';
import { formatBytes, formatCount, textTable } from './text-table';
import { formatShape } from './value-summary';

export interface FormatOptions {
  /** Shown in the title line. */
  fileName?: string;
  /** Print the node list (default true). */
  nodes?: boolean;
}

function values(title: string, list: ValueSummary[]): string[] {
  if (list.length === 0) return [`${title}: none`];
  return [
    `${title} (${list.length})`,
    textTable(
      ['NAME', 'TYPE', 'SHAPE'],
      list.map((v) => [v.name, v.type, v.elemType ? formatShape(v.shape) : '']),
    ),
  ];
}

function summaryLines(report: InspectReport, fileName?: string): string[] {
  const opsets = report.opsetImports.map((o) => `${displayDomain(o.domain)} ${o.version}`).join(', ');
  const producer = [report.producer.name, report.producer.version].filter(Boolean).join(' ') || '(not set)';
  const rows: [string, string][] = [
    ['Size', formatBytes(report.byteSize)],
    ['SHA-256', report.sha256],
    ['IR version', String(report.irVersion)],
    ['Opsets', opsets],
    ['Producer', producer],
    ['Model', `domain ${report.model.domain || '(not set)'}, version ${report.model.version}`],
    ['Graph', report.graphName || '(unnamed)'],
  ];
  if (report.docString) rows.push(['Doc string', report.docString.replace(/\s+/g, ' ')]);
  return [`ONNX model${fileName ? `: ${fileName}` : ''}`, ...rows.map(([k, v]) => `  ${k.padEnd(12)}${v}`)];
}

function initializerLines(report: InspectReport): string[] {
  const s = report.initializers;
  const lines = [
    `Initializers: ${formatCount(s.count)} tensors, ${formatBytes(s.bytes)}, ${formatCount(s.parameters)} parameters`,
  ];
  if (s.byElementType.length > 0) {
    const rows = s.byElementType.map((r) => [
      r.elemType,
      formatCount(r.count),
      formatCount(r.bytes),
      formatCount(r.parameters),
    ]);
    lines.push(textTable(['TYPE', 'TENSORS', 'BYTES', 'PARAMETERS'], rows));
  }
  if (s.externalCount > 0)
    lines.push(
      `  ${formatCount(s.externalCount)} tensors (${formatBytes(s.externalBytes)}) are stored in external data files.`,
    );
  const c = report.constants;
  if (c.count > 0)
    lines.push(
      `Constant nodes: ${formatCount(c.count)}, ${formatBytes(c.bytes)}, ${formatCount(c.parameters)} parameters`,
    );
  lines.push(`Parameters: ${formatCount(report.parameters)} in all`);
  return lines;
}

function operatorLines(report: InspectReport, showNodes: boolean): string[] {
  const sub =
    report.subgraphCount > 0
      ? `, ${formatCount(report.subgraphNodeCount)} of them in ${formatCount(report.subgraphCount)} subgraphs`
      : '';
  const lines = [
    `Operators: ${formatCount(report.nodeCount)} nodes${sub}, ${report.operators.length} operator types`,
    textTable(
      ['COUNT', 'OPERATOR', 'OPSET'],
      report.operators.map((o) => [formatCount(o.count), o.op, o.opset === null ? '-' : String(o.opset)]),
    ),
  ];
  for (const d of report.customDomains) {
    lines.push(
      `  custom domain ${d.domain}: ${formatCount(d.nodeCount)} nodes (${d.opTypes.join(', ')}), opset ${d.opset ?? 'not imported'}`,
    );
  }
  if (report.subgraphs.length > 0) {
    lines.push(
      '',
      `Subgraphs (${formatCount(report.subgraphCount)})`,
      textTable(
        ['PATH', 'HELD BY', 'NODES'],
        report.subgraphs.map((g) => [g.path, `${g.opType}.${g.attribute}`, formatCount(g.nodeCount)]),
      ),
    );
  }
  if (showNodes && report.nodes.length > 0) {
    const rows = report.nodes.map((n, i) => [
      String(i + 1),
      n.name,
      n.domain ? `${n.domain}:${n.opType}` : n.opType,
      `${n.inputs.join(', ')} -> ${n.outputs.join(', ')}`,
      n.graph,
    ]);
    lines.push(
      '',
      `Nodes (${formatCount(report.nodeCount)}${report.nodesTruncated ? `, first ${formatCount(report.nodes.length)} listed` : ''})`,
    );
    lines.push(textTable(['#', 'NAME', 'OP', 'INPUTS -> OUTPUTS', 'SUBGRAPH'], rows));
  }
  for (const f of report.functions) {
    lines.push(
      `  function ${f.domain ? `${f.domain}:` : ''}${f.name}: ${f.nodeCount} nodes (${f.operators.map((o) => `${o.op}×${o.count}`).join(', ')})`,
    );
  }
  return lines;
}

function sourceText(s: SourceRef): string {
  const at = s.commit ? ` @ ${s.commit.slice(0, 12)}` : '';
  return `${s.repository} ${s.path}${at} (${s.date ?? 'date not available'})`;
}

/** The coverage matrix with its opset limits, notes and sources. */
export function formatCoverage(coverage: CoverageReport): string {
  const lines = [
    'Operator coverage',
    textTable(
      ['ENGINE', 'VERSION', 'RESULT'],
      coverage.engines.map((e) => [e.name, e.version, e.summary]),
    ),
  ];
  const problems = coverage.engines.flatMap((e) => e.opsetProblems.map((p) => `    ${e.name}: ${p.message}`));
  if (problems.length > 0) lines.push('  Opset limits:', ...problems);
  const notes = coverage.engines.flatMap((e) => e.notes.map((n) => `    ${e.name}: ${n}`));
  if (notes.length > 0) lines.push('  Notes:', ...notes);
  lines.push('  Sources (../shared/reference/onnx-ops):');
  for (const e of coverage.engines) lines.push(...e.sources.map((s) => `    ${e.name}: ${sourceText(s)}`));
  return lines.join('\n');
}

/** The plain-text report that `hub onnx inspect` prints. */
export function formatReport(report: InspectReport, coverage: CoverageReport, options: FormatOptions = {}): string {
  const blocks: string[][] = [
    summaryLines(report, options.fileName),
    values('Inputs', report.inputs),
    values('Outputs', report.outputs),
    initializerLines(report),
    operatorLines(report, options.nodes ?? true),
  ];
  if (report.externalData.length > 0)
    blocks.push([
      'External data',
      textTable(
        ['TENSOR', 'FILE', 'OFFSET', 'LENGTH'],
        report.externalData.map((e) => [e.tensor, e.location, String(e.offset ?? ''), String(e.length ?? '')]),
      ),
    ]);
  if (report.symbolicDims.length > 0)
    blocks.push(['Symbolic dimensions', ...report.symbolicDims.map((d) => `  ${d.name}: ${d.usedBy.join(', ')}`)]);
  if (report.metadata.length > 0)
    blocks.push([
      'Metadata',
      textTable(
        ['KEY', 'VALUE'],
        report.metadata.map((m) => [m.key, m.value.replace(/\s+/g, ' ')]),
      ),
    ]);
  if (report.warnings.length > 0) blocks.push(['Warnings', ...report.warnings.map((w) => `  - ${w}`)]);
  blocks.push([formatCoverage(coverage)]);
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
