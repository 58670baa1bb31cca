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
  type GraphSearchHit,
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
/** Breadcrumbs from the main graph to the shown subgraph (the last one is where the reader is). */
export function renderGraphCrumbs(chain: readonly GraphViewModel[]): string {
  const name = (v: GraphViewModel) => escapeHtml(v.path ? lastStep(v.path) : 'Main graph');
  return `<ol>${chain
    .map((v, i) =>
      i === chain.length - 1
        ? `<li aria-current="location">${name(v)}</li>`
        : `<li><button type="button" class="link-button" data-open-view="${escapeHtml(v.path)}">${name(v)}</button></li>`,
    )
    .join('')}</ol>`;
}

/** The search matches, each a button carrying its index in `hits`. */
export function renderSearchMatches(hits: readonly GraphSearchHit[]): string {
  return hits
    .map((h, i) => {
      const where = h.view ? ` <span class="muted">in ${escapeHtml(lastStep(h.view))}</span>` : '';
      return `<li><button type="button" class="link-button" data-hit="${i}" data-kind="${h.kind}">${h.kind === 'tensor' ? 'tensor' : 'node'} <code>${escapeHtml(h.label)}</code>${where}</button></li>`;
    })
    .join('');
}

/** The graph view's frame: toolbar (search, colour by, zoom), legend, breadcrumbs, the drawing and the detail panel. */
export function renderGraphViewFrame(): string {
  return `
<div class="graph-toolbar">
  <div class="graph-search">
    <label for="graph-search-input">Find a node or tensor</label>
    <input type="search" id="graph-search-input" data-graph-search autocomplete="off" placeholder="name, op type or tensor" aria-describedby="graph-search-count" />
    <span class="small muted" id="graph-search-count" data-graph-search-count aria-live="polite"></span>
  </div>
  <div>
    <label for="graph-engine">Colour by</label>
    <select id="graph-engine" data-graph-engine>${GRAPH_ENGINES.map((x) => `<option value="${x.id}">${escapeHtml(x.name)}</option>`).join('')}</select>
  </div>
  <div class="graph-zoom" role="group" aria-label="Zoom">
    <button type="button" class="button secondary" data-graph-zoom-in aria-label="Zoom in">+</button>
    <button type="button" class="button secondary" data-graph-zoom-out aria-label="Zoom out">−</button>
    <button type="button" class="button secondary" data-graph-fit>Fit to view</button>
  </div>
</div>
<ul class="graph-matches" data-graph-matches aria-label="Matches" hidden></ul>
<ul class="graph-legend" data-graph-legend aria-label="Legend">${renderLegend()}</ul>
<nav class="graph-crumbs" aria-label="Graph path" data-graph-crumbs></nav>
<p class="small muted" data-graph-status aria-live="polite"></p>
<div class="graph-panes">
  <div class="graph-canvas" data-graph-canvas tabindex="0" aria-describedby="graph-help">
    <svg data-graph-svg role="group" aria-roledescription="graph" aria-label="Graph"></svg>
  </div>
  <section class="graph-detail card" data-graph-detail role="region" aria-labelledby="graph-detail-title" tabindex="0">
    <h4 id="graph-detail-title" tabindex="-1">Node details</h4>
    <p class="small muted">Choose a node (click it, or focus the graph, move with the arrow keys and press Enter).</p>
  </section>
</div>
<p class="small muted" id="graph-help">
  Drag or scroll to pan; Ctrl + wheel, the + and − keys or the buttons zoom; 0 fits the graph to the view.
  Arrow keys move between nodes, Enter shows a node's details. The Nodes table above lists the same graph as text.
</p>`;
}

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
