/**
 * HTML and SVG markup of the inspector's graph view (src/components/inspector/graph-view.ts):
 * the drawing of one laid-out view, the legend and the detail panel of a node.
 */
import type { ViewLayout } from '../components/inspector/graph-geometry';
import { NODE_METRICS, edgeLabelText, lastStep, nodeTitle } from '../components/inspector/graph-geometry';
import {
  GRAPH_ENGINES,
  type GraphEngineId,
  type GraphModel,
  type GraphNodeModel,
  type GraphViewModel,
  type NodeVerdictKind,
} from '../lib/onnx/graph-model';
import { escapeHtml } from './escape';

/** Icon and words for each verdict: the colour is never the only signal. */
export const VERDICT_LOOK: Record<NodeVerdictKind, { icon: string; text: string }> = {
  runs: { icon: '✓', text: 'runs' },
  fallback: { icon: '↓', text: 'runs on the CPU fallback (WASM)' },
  fails: { icon: '✕', text: 'fails' },
  unknown: { icon: '?', text: 'unknown' },
};

const e = escapeHtml;

export function verdictOf(node: GraphNodeModel, engine: GraphEngineId): NodeVerdictKind | null {
  return node.verdicts.find((v) => v.engine === engine)?.verdict ?? null;
}

export function engineName(engine: GraphEngineId): string {
  return GRAPH_ENGINES.find((x) => x.id === engine)?.name ?? engine;
}

/** The accessible name of a node in the drawing. */
export function nodeAriaLabel(node: GraphNodeModel, engine: GraphEngineId): string {
  if (node.kind !== 'op') return `${node.kind === 'input' ? node.opType : 'Output'} ${node.name}`;
  const verdict = verdictOf(node, engine);
  const name = node.name ? ` ${node.name}` : '';
  return `${node.opType}${name}${verdict ? `, ${engineName(engine)}: ${VERDICT_LOOK[verdict].text}` : ''}`;
}

function edgePath(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  if (rest.length === 1) return `M${first!.x},${first!.y}L${rest[0]!.x},${rest[0]!.y}`;
  // A smooth curve through dagre's points: quadratic segments between midpoints.
  let d = `M${first!.x},${first!.y}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i]!;
    const q = rest[i + 1]!;
    d += `Q${p.x},${p.y} ${(p.x + q.x) / 2},${(p.y + q.y) / 2}`;
  }
  const last = rest[rest.length - 1]!;
  return `${d}L${last.x},${last.y}`;
}

/** The edges, nodes and subgraph controls of one view, positioned by `layout`. */
export function renderGraphSvg(view: GraphViewModel, layout: ViewLayout, engine: GraphEngineId): string {
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const edges = layout.edges
    .map((edge, i) => {
      const model = view.edges[i]!;
      const label = edgeLabelText(model.tensor, model.type);
      return (
        `<g class="graph-edge" data-tensor="${e(edge.tensor)}" data-from="${e(edge.from)}" data-to="${e(edge.to)}">` +
        `<path d="${edgePath(edge.points)}" marker-end="url(#graph-arrow)"></path>` +
        `<text x="${edge.label.x}" y="${edge.label.y + 4}" text-anchor="middle">${e(label)}</text></g>`
      );
    })
    .join('');
  const nodes: string[] = [];
  const expanders: string[] = [];
  for (const laid of layout.nodes) {
    const node = byId.get(laid.id)!;
    const x = Math.round(laid.x - laid.width / 2);
    const y = Math.round(laid.y - laid.height / 2);
    const verdict = verdictOf(node, engine);
    const icon = verdict
      ? `<text class="graph-verdict-icon" x="${laid.width - 10}" y="19" text-anchor="middle" aria-hidden="true">${VERDICT_LOOK[verdict].icon}</text>`
      : '';
    const title =
      node.kind === 'op'
        ? `${node.name ? `${node.name} ` : ''}(${node.domain ? `${node.domain}:` : ''}${node.opType})`
        : `${node.opType}: ${node.name}`;
    nodes.push(
      `<g class="graph-node graph-kind-${node.kind}" data-node-id="${e(node.id)}" data-op="${e(node.opType)}"${verdict ? ` data-verdict="${verdict}"` : ''} role="button" tabindex="-1" aria-label="${e(nodeAriaLabel(node, engine))}" transform="translate(${x},${y})">` +
        `<title>${e(title)}</title><rect width="${laid.width}" height="${laid.height}" rx="${node.kind === 'op' ? 6 : 14}"></rect>` +
        `<text class="graph-op" x="${NODE_METRICS.paddingX}" y="19">${e(nodeTitle(node))}</text>${icon}</g>`,
    );
    node.subgraphs.forEach((path, i) => {
      const top = y + NODE_METRICS.height + i * NODE_METRICS.subgraphRow - 2;
      expanders.push(
        `<g class="graph-expand" data-open-view="${e(path)}" role="button" tabindex="-1" aria-label="Open subgraph ${e(lastStep(path))} of ${e(node.name || node.opType)}" transform="translate(${x + 6},${top})">` +
          `<rect width="${laid.width - 12}" height="${NODE_METRICS.subgraphRow - 3}" rx="4"></rect>` +
          `<text x="6" y="12">⊞ ${e(lastStep(path).replace(/^.*?\.(?=[^.]+$)/, ''))}</text></g>`,
      );
    });
  }
  return (
    `<defs><marker id="graph-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z"></path></marker></defs>` +
    `<g data-graph-viewport><g class="graph-edges">${edges}</g><g class="graph-nodes">${nodes.join('')}</g><g class="graph-expanders">${expanders.join('')}</g></g>`
  );
}

/** The legend: a swatch drawn like the nodes, the icon and the words of each verdict. */
export function renderLegend(): string {
  return (Object.keys(VERDICT_LOOK) as NodeVerdictKind[])
    .map(
      (v) =>
        `<li><svg class="graph-swatch" width="34" height="20" aria-hidden="true"><g class="graph-node" data-verdict="${v}"><rect x="1" y="1" width="32" height="18" rx="5"></rect><text class="graph-verdict-icon" x="17" y="14" text-anchor="middle">${VERDICT_LOOK[v].icon}</text></g></svg> ${e(VERDICT_LOOK[v].text)}</li>`,
    )
    .join('');
}

function valueRows(names: readonly string[], types: readonly string[]): string {
  if (names.length === 0) return '<p class="small muted">None.</p>';
  return `<ul class="graph-values">${names
    .map(
      (name, i) =>
        `<li><code>${name ? e(name) : '(omitted)'}</code>${types[i] ? ` <span class="muted small">${e(types[i]!)}</span>` : ''}</li>`,
    )
    .join('')}</ul>`;
}

/** The detail panel of one node: what it is, its values and attributes, and each engine's verdict. */
export function renderNodeDetail(node: GraphNodeModel, view: GraphViewModel, model: GraphModel): string {
  const heading =
    node.kind === 'op'
      ? `${e(node.opType)}${node.name ? ` <code>${e(node.name)}</code>` : ''}`
      : `${e(node.opType)} <code>${e(node.name)}</code>`;
  const where = view.path ? `in subgraph <code>${e(view.path)}</code>` : 'in the main graph';
  const domain = node.kind === 'op' ? ` · domain ${e(node.domain || 'ai.onnx')}` : '';
  const parts = [
    `<h4 id="graph-detail-title" tabindex="-1">${heading}</h4>`,
    `<p class="small muted">${where}${domain}</p>`,
    '<h5>Inputs</h5>',
    valueRows(node.inputs, node.inputTypes),
    '<h5>Outputs</h5>',
    valueRows(node.outputs, node.outputTypes),
  ];
  if (node.kind === 'op') {
    parts.push('<h5>Attributes</h5>');
    parts.push(
      node.attributes.length === 0
        ? '<p class="small muted">None.</p>'
        : `<dl class="graph-attributes">${node.attributes
            .map(
              (a) =>
                `<dt>${e(a.name)} <span class="muted small">${e(a.kind)}</span></dt><dd>${
                  a.subgraphs.length > 0
                    ? a.subgraphs
                        .map(
                          (p) =>
                            `<button type="button" class="button secondary small" data-open-view="${e(p)}">Open ${e(lastStep(p))}</button>`,
                        )
                        .join(' ')
                    : `<code>${e(a.text)}</code>`
                }</dd>`,
            )
            .join('')}</dl>`,
    );
    parts.push('<h5>Engines</h5>');
    parts.push(
      `<table class="graph-verdicts"><thead><tr><th scope="col">Engine</th><th scope="col">Verdict</th><th scope="col">Why</th></tr></thead><tbody>${node.verdicts
        .map((v) => {
          const look = VERDICT_LOOK[v.verdict];
          const reasons =
            v.reasons.length > 0 ? v.reasons.map(e).join('<br>') : v.verdict === 'runs' ? '' : 'not stated';
          const note = v.engine === 'ort-web-wasm' ? ' <span class="muted small">(ORT CPU kernels)</span>' : '';
          return `<tr data-engine="${v.engine}" data-verdict="${v.verdict}"><th scope="row">${e(engineName(v.engine))}${note}</th><td><span aria-hidden="true">${look.icon}</span> ${e(look.text)}</td><td class="small">${reasons}</td></tr>`;
        })
        .join('')}</tbody></table>`,
    );
    const notes = Object.entries(model.modelNotes).flatMap(([engine, list]) =>
      (list ?? []).map((n) => `${engineName(engine as GraphEngineId)}: ${n}`),
    );
    if (notes.length > 0) parts.push(`<p class="small muted">For the whole model: ${notes.map(e).join('; ')}</p>`);
  }
  return parts.join('');
}
