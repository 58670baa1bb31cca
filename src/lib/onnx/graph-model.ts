/**
 * The graph the inspector draws, derived from the inspection report and the coverage verdicts:
 * one view per graph (the main graph and each If/Loop/Scan body), nodes with their op type,
 * types, attributes and a verdict per engine, and edges named after the tensor they carry.
 */
import type { CoverageReason, CoverageReport } from './coverage-types';
import { nodeLabel } from './engine-checks';
import type { AttributeDetail } from './graph-attributes';
import { formatNumber } from './graph-attributes';
import type { EngineId } from './op-list-types';
import { qualifiedOp } from './operators';
import type { InspectReport, NodeSummary, TensorType } from './report-types';
import { formatShape } from './value-summary';

export type GraphEngineId = EngineId | 'ort-web-wasm';

/** The engines a node can be coloured by; WASM (onnxruntime-web's CPU back end) runs ORT's CPU kernels. */
export const GRAPH_ENGINES: readonly { id: GraphEngineId; name: string; from: EngineId }[] = [
  { id: 'ort-cpu', name: 'ORT CPU', from: 'ort-cpu' },
  { id: 'ort-web-webgpu', name: 'WebGPU', from: 'ort-web-webgpu' },
  { id: 'ort-web-wasm', name: 'WASM', from: 'ort-cpu' },
  { id: 'tmva-sofie', name: 'TMVA SOFIE', from: 'tmva-sofie' },
  { id: 'hls4ml', name: 'hls4ml', from: 'hls4ml' },
];

export type NodeVerdictKind = 'runs' | 'fallback' | 'fails' | 'unknown';

export interface NodeVerdict {
  engine: GraphEngineId;
  verdict: NodeVerdictKind;
  /** Why, where the verdict is not `runs`. */
  reasons: string[];
}

export interface GraphNodeModel {
  /** Unique in the model: `n<index in report.nodes>`, `in:<view>:<tensor>`, `out:<view>:<tensor>`. */
  id: string;
  kind: 'op' | 'input' | 'output';
  /** Index in report.nodes (op nodes), else -1. */
  index: number;
  name: string;
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  /** `float32[batch, 4]`, or '' where unknown, per input / output. */
  inputTypes: string[];
  outputTypes: string[];
  attributes: AttributeDetail[];
  /** Paths of the views of the subgraphs this node holds. */
  subgraphs: string[];
  verdicts: NodeVerdict[];
}

export interface GraphEdgeModel {
  from: string;
  to: string;
  tensor: string;
  /** `float32[batch, 4]` where known, else null. */
  type: string | null;
}

export interface GraphViewModel {
  /** '' for the main graph, else the subgraph path (NodeSummary.graph). */
  path: string;
  /** The view that holds this one, null for the main graph. */
  parent: string | null;
  /** The id of the node (in the parent view) that holds this subgraph. */
  holder: string | null;
  /** The last step of the path (`loop_1.body`), or the graph's name. */
  title: string;
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
}

export interface GraphModel {
  views: Record<string, GraphViewModel>;
  /** Reasons that concern the whole model (per engine), not one node. */
  modelNotes: Partial<Record<GraphEngineId, string[]>>;
  /** True when the report lists only the first nodes of the model. */
  truncated: boolean;
}

export function formatType(type: TensorType | null | undefined): string {
  if (!type) return '';
  return type.elemType ? `${type.elemType}${formatShape(type.shape)}` : type.type;
}

function scalarDetails(node: NodeSummary): AttributeDetail[] {
  return Object.entries(node.attributes ?? {}).map(([name, value]): AttributeDetail => {
    if (Array.isArray(value)) return { name, kind: 'ints', text: `[${value.join(', ')}]`, subgraphs: [] };
    if (typeof value === 'string') return { name, kind: 'string', text: JSON.stringify(value), subgraphs: [] };
    return { name, kind: Number.isInteger(value) ? 'int' : 'float', text: formatNumber(value), subgraphs: [] };
  });
}

const RANK: Record<NodeVerdictKind, number> = { runs: 0, fallback: 1, unknown: 2, fails: 3 };
const KIND: Record<CoverageReason['kind'], NodeVerdictKind> = {
  fails: 'fails',
  fallback: 'fallback',
  unknown: 'unknown',
};

/** Verdict per engine for each node of report.nodes, from the reasons of the coverage report. */
export function nodeVerdicts(report: InspectReport, coverage: CoverageReport): NodeVerdict[][] {
  const labels = report.nodes.map((n, i) => nodeLabel(n, i));
  const out: NodeVerdict[][] = report.nodes.map(() => []);
  for (const engine of GRAPH_ENGINES) {
    const row = coverage.engines.find((e) => e.engine === engine.from);
    const byNode = new Map<string, CoverageReason[]>();
    const byOp = new Map<string, CoverageReason[]>();
    const everyNode: CoverageReason[] = [];
    for (const r of row?.reasons ?? []) {
      if (r.node !== null) byNode.set(r.node, [...(byNode.get(r.node) ?? []), r]);
      else if (r.op !== '') byOp.set(r.op, [...(byOp.get(r.op) ?? []), r]);
      // A model-wide fallback (WebGPU below opset 7) moves every node; other model-wide reasons are notes.
      else if (r.kind === 'fallback') everyNode.push(r);
    }
    report.nodes.forEach((node, i) => {
      const constant = node.domain === '' && node.opType === 'Constant';
      const reasons = [
        ...(byNode.get(labels[i]!) ?? []),
        ...(byOp.get(qualifiedOp(node.domain, node.opType)) ?? []),
        ...(constant ? [] : everyNode),
      ];
      let verdict: NodeVerdictKind = row ? 'runs' : 'unknown';
      for (const r of reasons) if (RANK[KIND[r.kind]] > RANK[verdict]) verdict = KIND[r.kind];
      out[i]!.push({ engine: engine.id, verdict, reasons: [...new Set(reasons.map((r) => r.message))] });
    });
  }
  return out;
}

function modelNotes(coverage: CoverageReport): GraphModel['modelNotes'] {
  const notes: GraphModel['modelNotes'] = {};
  for (const engine of GRAPH_ENGINES) {
    const row = coverage.engines.find((e) => e.engine === engine.from);
    const wide = (row?.reasons ?? []).filter((r) => r.node === null && r.op === '').map((r) => r.message);
    if (wide.length > 0) notes[engine.id] = wide;
  }
  return notes;
}

function lastStep(path: string): string {
  const steps = path.split(' > ');
  return steps[steps.length - 1]!;
}

/**
 * Builds the views. `details` (graph-attributes.ts, from the file itself) gives every attribute;
 * without it the report's scalar attributes are shown.
 */
export function buildGraphModel(
  report: InspectReport,
  coverage: CoverageReport,
  details?: readonly AttributeDetail[][],
): GraphModel {
  const verdicts = nodeVerdicts(report, coverage);
  const views: Record<string, GraphViewModel> = {};
  const view = (path: string): GraphViewModel =>
    (views[path] ??= {
      path,
      parent: null,
      holder: null,
      title: path ? lastStep(path) : report.graphName || 'main graph',
      nodes: [],
      edges: [],
    });
  view('');

  // Subgraph paths are `<parent path> > <node name or OpType#i>.<attribute>[k]` (graph-walk.ts).
  const subgraphPaths = report.subgraphs.map((s) => s.path);
  const positionInGraph = new Map<string, number>();
  report.nodes.forEach((node, index) => {
    const position = positionInGraph.get(node.graph) ?? 0;
    positionInGraph.set(node.graph, position + 1);
    const prefix = `${node.graph ? `${node.graph} > ` : ''}${node.name || `${node.opType || 'node'}#${position}`}.`;
    const subgraphs = subgraphPaths.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes(' > '));
    const attributes = details?.[index] ?? scalarDetails(node);
    view(node.graph).nodes.push({
      id: `n${index}`,
      kind: 'op',
      index,
      name: node.name,
      opType: node.opType,
      domain: node.domain,
      inputs: node.inputs,
      outputs: node.outputs,
      inputTypes: node.inputs.map((_, i) => formatType(node.inputTypes?.[i])),
      outputTypes: node.outputs.map((_, i) => formatType(node.outputTypes?.[i])),
      attributes,
      subgraphs,
      verdicts: verdicts[index]!,
    });
    for (const path of subgraphs) Object.assign(view(path), { parent: node.graph, holder: `n${index}` });
  });

  const mainInputs = new Map(report.inputs.map((v) => [v.name, v]));
  const mainOutputs = new Map(report.outputs.map((v) => [v.name, v]));
  for (const v of Object.values(views)) {
    const producers = new Map<string, { id: string; type: string }>();
    for (const n of v.nodes) n.outputs.forEach((t, i) => t && producers.set(t, { id: n.id, type: n.outputTypes[i]! }));
    const consumed = new Set<string>();
    const ioNode = (kind: 'input' | 'output', tensor: string, type: string): GraphNodeModel => ({
      id: `${kind === 'input' ? 'in' : 'out'}:${v.path}:${tensor}`,
      kind,
      index: -1,
      name: tensor,
      opType: kind === 'input' ? 'Input' : 'Output',
      domain: '',
      inputs: kind === 'output' ? [tensor] : [],
      outputs: kind === 'input' ? [tensor] : [],
      inputTypes: kind === 'output' ? [type] : [],
      outputTypes: kind === 'input' ? [type] : [],
      attributes: [],
      subgraphs: [],
      verdicts: [],
    });
    const extra: GraphNodeModel[] = [];
    // Tensors from outside the view: the model's inputs, or (in a subgraph) values of an enclosing graph.
    const outer = new Map<string, GraphNodeModel>();
    const outerProducer = (tensor: string): GraphNodeModel | undefined => {
      if (outer.has(tensor)) return outer.get(tensor);
      let type: string | null = null;
      const main = mainInputs.get(tensor);
      if (main) type = formatType(main);
      for (let p = v.parent; type === null && p !== null; p = views[p]?.parent ?? null) {
        const producer = views[p]?.nodes.find((n) => n.outputs.includes(tensor));
        if (producer) type = producer.outputTypes[producer.outputs.indexOf(tensor)] ?? '';
      }
      if (type === null) return undefined;
      const io = ioNode('input', tensor, type);
      if (v.path !== '') io.opType = 'Outer value';
      outer.set(tensor, io);
      extra.push(io);
      return io;
    };
    for (const n of v.nodes) {
      n.inputs.forEach((tensor, i) => {
        if (!tensor) return;
        consumed.add(tensor);
        const from = producers.get(tensor) ?? outerProducer(tensor);
        // Initializers and a subgraph's own formal inputs have no producer: they show on the node.
        if (!from) return;
        const type = ('type' in from ? from.type : from.outputTypes[0]) || n.inputTypes[i] || null;
        v.edges.push({ from: from.id, to: n.id, tensor, type });
      });
    }
    const outputs = v.path === '' ? [...mainOutputs.keys()] : [...producers.keys()].filter((t) => !consumed.has(t));
    for (const tensor of outputs) {
      const from = producers.get(tensor);
      const main = mainOutputs.get(tensor);
      const type = (main ? formatType(main) : '') || from?.type || '';
      const io = ioNode('output', tensor, type);
      extra.push(io);
      if (from) v.edges.push({ from: from.id, to: io.id, tensor, type: type || null });
      else {
        const source = outerProducer(tensor);
        if (source) v.edges.push({ from: source.id, to: io.id, tensor, type: type || null });
      }
    }
    v.nodes.push(...extra);
  }
  return { views, modelNotes: modelNotes(coverage), truncated: report.nodesTruncated };
}

export interface GraphSearchHit {
  view: string;
  /** The node to centre on: the match itself, or the producer (else a consumer) of a matching tensor. */
  node: string;
  kind: 'node' | 'tensor';
  /** What matched: the node's name and op type, or the tensor's name. */
  label: string;
}

/** Nodes whose name or op type, and tensors whose name, contain `query` (case-insensitive). */
export function searchGraph(model: GraphModel, query: string, limit = 50): GraphSearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: GraphSearchHit[] = [];
  const seenTensors = new Set<string>();
  for (const v of Object.values(model.views)) {
    for (const n of v.nodes) {
      if (n.kind === 'op' && (n.name.toLowerCase().includes(q) || n.opType.toLowerCase().includes(q))) {
        hits.push({ view: v.path, node: n.id, kind: 'node', label: n.name ? `${n.name} (${n.opType})` : n.opType });
      }
      for (const tensor of n.kind === 'output' ? [] : n.outputs) {
        const key = `${v.path}\u0000${tensor}`;
        if (tensor && tensor.toLowerCase().includes(q) && !seenTensors.has(key)) {
          seenTensors.add(key);
          hits.push({ view: v.path, node: n.id, kind: 'tensor', label: tensor });
        }
      }
    }
  }
  // Exact matches first, then nodes before tensors, then graph order.
  const exact = (h: GraphSearchHit) =>
    h.label.toLowerCase() === q || h.label.toLowerCase().startsWith(`${q} (`) ? 0 : 1;
  return hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => exact(a.h) - exact(b.h) || a.i - b.i)
    .slice(0, limit)
    .map(({ h }) => h);
}
