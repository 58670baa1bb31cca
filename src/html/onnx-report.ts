import type { InspectReport, NodeSummary, ValueSummary } from '../lib/onnx';
import type { TensorType } from '../lib/onnx/report-types';
import { displayDomain } from '../lib/onnx/operators';
import { formatBytes, formatCount } from '../lib/onnx/text-table';
import { formatShape } from '../lib/onnx/value-summary';
import { escapeHtml } from './escape';
import { scrollRegion } from './table-scroll';

const code = (text: string) => `<code>${escapeHtml(text)}</code>`;

/** A table in a named scroll region: the label must be unique on the page (axe landmark-unique). */
function table(headers: readonly string[], rows: readonly string[][], attrs: string, label: string): string {
  const head = headers.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<div class="table-wrap" ${scrollRegion(label)}><table${attrs}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function valueTable(values: readonly ValueSummary[], what: string): string {
  if (values.length === 0) return `<p class="muted">No ${what}.</p>`;
  return table(
    ['Name', 'Type', 'Shape'],
    values.map((v) => [code(v.name), escapeHtml(v.type), v.elemType ? escapeHtml(formatShape(v.shape)) : '']),
    ` data-values="${what}"`,
    what === 'inputs' ? 'Inputs' : 'Outputs',
  );
}

function facts(report: InspectReport): string {
  const producer = [report.producer.name, report.producer.version].filter(Boolean).join(' ') || 'not set';
  const opsets = report.opsetImports.map((o) => `${escapeHtml(displayDomain(o.domain))} ${o.version}`).join(', ');
  const init = report.initializers;
  const rows: [string, string, string][] = [
    ['Size', escapeHtml(formatBytes(report.byteSize)), 'size'],
    ['SHA-256', code(report.sha256), 'sha256'],
    ['IR version', String(report.irVersion), 'ir-version'],
    ['Opset imports', opsets, 'opsets'],
    ['Producer', escapeHtml(producer), 'producer'],
    ['Graph', escapeHtml(report.graphName || '(unnamed)'), 'graph'],
    ['Initializers', `${formatCount(init.count)} tensors, ${escapeHtml(formatBytes(init.bytes))}`, 'initializers'],
    [
      'Parameters',
      report.constants.parameters > 0
        ? `${formatCount(report.parameters)} (${formatCount(init.parameters)} in initializers, ${formatCount(report.constants.parameters)} in ${formatCount(report.constants.count)} Constant nodes)`
        : formatCount(report.parameters),
      'parameters',
    ],
    [
      'Nodes',
      `${formatCount(report.nodeCount)}${report.subgraphCount > 0 ? ` (${formatCount(report.subgraphNodeCount)} in ${formatCount(report.subgraphCount)} subgraphs)` : ''}`,
      'nodes',
    ],
  ];
  if (init.externalCount > 0) {
    rows.push([
      'External data',
      `${formatCount(init.externalCount)} tensors, ${escapeHtml(formatBytes(init.externalBytes))}`,
      'external',
    ]);
  }
  return `<dl class="facts">${rows.map(([k, v, key]) => `<dt>${k}</dt><dd data-fact="${key}">${v}</dd>`).join('')}</dl>`;
}

/** Everything of the report except the node list (paged separately): facts, values, weights, operators. */
export function renderReportSummary(report: InspectReport): string {
  const parts = [facts(report)];
  if (report.docString) parts.push(`<p class="small">${escapeHtml(report.docString)}</p>`);
  parts.push(
    '<h3>Inputs</h3>',
    valueTable(report.inputs, 'inputs'),
    '<h3>Outputs</h3>',
    valueTable(report.outputs, 'outputs'),
  );
  const byType = report.initializers.byElementType;
  if (byType.length > 0) {
    parts.push(
      '<h3>Weights by element type</h3>',
      table(
        ['Type', 'Tensors', 'Bytes', 'Parameters'],
        byType.map((r) => [
          escapeHtml(r.elemType),
          formatCount(r.count),
          formatCount(r.bytes),
          formatCount(r.parameters),
        ]),
        '',
        'Weights by element type',
      ),
    );
  }
  parts.push(
    `<h3>Operators (${report.operators.length} types)</h3>`,
    table(
      ['Operator', 'Count', 'Opset'],
      report.operators.map((o) => [
        code(o.op),
        formatCount(o.count),
        o.opset === null ? 'none imported' : String(o.opset),
      ]),
      ' data-operator-histogram',
      'Operators',
    ),
  );
  for (const f of report.functions) {
    const name = f.domain ? `${f.domain}:${f.name}` : f.name;
    parts.push(
      `<p class="small">Local function ${code(name)}: ${formatCount(f.nodeCount)} nodes (${f.operators.map((o) => `${escapeHtml(o.op)} × ${o.count}`).join(', ')})</p>`,
    );
  }
  parts.push(...structure(report));
  if (report.metadata.length > 0) {
    parts.push(
      '<h3>Metadata</h3>',
      table(
        ['Key', 'Value'],
        report.metadata.map((m) => [code(m.key), escapeHtml(m.value)]),
        '',
        'Metadata',
      ),
    );
  }
  if (report.warnings.length > 0) {
    parts.push(
      `<div class="callout warn" role="note" data-report-warnings><strong>Warnings</strong><ul>${report.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></div>`,
    );
  }
  return parts.join('');
}

/** Subgraphs, custom domains, external data and symbolic dimensions: shown only where the model has them. */
function structure(report: InspectReport): string[] {
  const parts: string[] = [];
  if (report.subgraphs.length > 0) {
    parts.push(
      `<h3>Subgraphs (${formatCount(report.subgraphCount)})</h3>`,
      table(
        ['Path', 'Held by', 'Nodes', 'Initializers'],
        report.subgraphs.map((g) => [
          escapeHtml(g.path),
          `${code(g.opType)} ${escapeHtml(g.attribute)}`,
          formatCount(g.nodeCount),
          formatCount(g.initializerCount),
        ]),
        ' data-subgraphs',
        'Subgraphs',
      ),
    );
  }
  if (report.customDomains.length > 0) {
    parts.push(
      '<h3>Custom operator domains in use</h3>',
      table(
        ['Domain', 'Nodes', 'Operators', 'Opset'],
        report.customDomains.map((d) => [
          code(d.domain),
          formatCount(d.nodeCount),
          d.opTypes.map((op) => code(op) + (d.localFunctions.includes(op) ? ' (local function)' : '')).join(', '),
          d.opset === null ? 'none imported' : String(d.opset),
        ]),
        ' data-custom-domains',
        'Custom operator domains in use',
      ),
    );
  }
  if (report.externalData.length > 0) {
    parts.push(
      '<h3>External data</h3>',
      '<p class="small">These tensors are stored in files next to the model; keep them together when you move it.</p>',
      table(
        ['Tensor', 'File', 'Offset', 'Length'],
        report.externalData.map((e) => [
          code(e.tensor),
          code(e.location || '(no location)'),
          e.offset === null ? '' : formatCount(e.offset),
          e.length === null ? '' : formatCount(e.length),
        ]),
        ' data-external-data',
        'External data',
      ),
    );
  }
  if (report.symbolicDims.length > 0) {
    parts.push(
      '<h3>Symbolic dimensions</h3>',
      table(
        ['Name', 'Used by'],
        report.symbolicDims.map((d) => [code(d.name), d.usedBy.map(escapeHtml).join(', ')]),
        ' data-symbolic-dims',
        'Symbolic dimensions',
      ),
    );
  }
  return parts;
}

function typed(name: string, type: TensorType | null | undefined): string {
  if (!type || name === '') return code(name);
  const shape = type.elemType ? ` ${formatShape(type.shape)}` : '';
  return `${code(name)} <span class="muted small">${escapeHtml(type.type + shape)}</span>`;
}

/** Table rows for nodes `from` (0-based) up to `to`, numbered from 1. */
export function renderNodeRows(nodes: readonly NodeSummary[], from: number, to: number): string {
  return nodes
    .slice(from, to)
    .map(
      (n, i) =>
        `<tr><td>${from + i + 1}</td><td>${escapeHtml(n.name)}</td><td>${code(n.domain ? `${n.domain}:${n.opType}` : n.opType)}</td>` +
        `<td>${n.inputs.map((name, j) => typed(name, n.inputTypes[j])).join(', ')}</td>` +
        `<td>${n.outputs.map((name, j) => typed(name, n.outputTypes[j])).join(', ')}</td><td>${escapeHtml(n.graph)}</td></tr>`,
    )
    .join('');
}
