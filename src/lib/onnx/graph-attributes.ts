/**
 * Every attribute of every node, summarised for the inspector's graph view: numbers and strings
 * as written, tensors by element type and shape (never their data), subgraphs by their path.
 * The order of the result is the order of `InspectReport.nodes` (walkGraphs: parents first).
 */
import type { onnx } from 'onnx-proto';
import { dataTypeName } from './data-types';
import { subgraphsOf, walkGraphs } from './graph-walk';
import { int64ToNumber } from './long';

export type AttributeKind =
  'int' | 'float' | 'string' | 'ints' | 'floats' | 'strings' | 'tensor' | 'tensors' | 'graph' | 'graphs' | 'other';

export interface AttributeDetail {
  name: string;
  kind: AttributeKind;
  /** Human-readable value: `3`, `0.5`, `[1, 1]`, `"NOTSET"`, `float32[64, 16] (1,024 values)`. */
  text: string;
  /** Paths of the subgraphs this attribute holds (kind graph/graphs), as in NodeSummary.graph. */
  subgraphs: string[];
}

// AttributeProto.AttributeType (onnx.proto).
const T = {
  FLOAT: 1,
  INT: 2,
  STRING: 3,
  TENSOR: 4,
  GRAPH: 5,
  FLOATS: 6,
  INTS: 7,
  STRINGS: 8,
  TENSORS: 9,
  GRAPHS: 10,
  SPARSE_TENSOR: 11,
  SPARSE_TENSORS: 12,
  TYPE_PROTO: 13,
  TYPE_PROTOS: 14,
};

/** Lists longer than this show their first items and a count. */
const MAX_LIST_ITEMS = 16;
const MAX_STRING = 200;

const decoder = new TextDecoder();
const text = (bytes: Uint8Array | null | undefined) => {
  const s = decoder.decode(bytes ?? new Uint8Array());
  return JSON.stringify(s.length > MAX_STRING ? `${s.slice(0, MAX_STRING)}…` : s);
};

function list<V>(values: readonly V[], show: (v: V) => string): string {
  const head = values.slice(0, MAX_LIST_ITEMS).map(show).join(', ');
  return values.length > MAX_LIST_ITEMS ? `[${head}, … ${values.length} in all]` : `[${head}]`;
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}

export function tensorSummary(t: onnx.ITensorProto | null | undefined): string {
  if (!t) return 'tensor';
  const dims = (t.dims ?? []).map((d) => int64ToNumber(d));
  const count = dims.reduce((a, b) => a * b, 1);
  const where = t.dataLocation === 1 ? ', external data' : '';
  return `${dataTypeName(t.dataType ?? 0)}[${dims.join(', ')}] (${count.toLocaleString('en-US')} value${count === 1 ? '' : 's'}${where})`;
}

function detail(attr: onnx.IAttributeProto, subgraphs: string[]): AttributeDetail {
  const name = attr.name ?? '';
  // Old writers leave `type` unset: infer it from the field that holds a value.
  const type =
    attr.type ||
    (attr.g ? T.GRAPH : attr.t ? T.TENSOR : attr.graphs?.length ? T.GRAPHS : attr.ints?.length ? T.INTS : 0);
  switch (type) {
    case T.INT:
      return { name, kind: 'int', text: String(int64ToNumber(attr.i)), subgraphs: [] };
    case T.FLOAT:
      return { name, kind: 'float', text: formatNumber(attr.f ?? 0), subgraphs: [] };
    case T.STRING:
      return { name, kind: 'string', text: text(attr.s), subgraphs: [] };
    case T.INTS:
      return { name, kind: 'ints', text: list(attr.ints ?? [], (v) => String(int64ToNumber(v))), subgraphs: [] };
    case T.FLOATS:
      return { name, kind: 'floats', text: list(attr.floats ?? [], formatNumber), subgraphs: [] };
    case T.STRINGS:
      return { name, kind: 'strings', text: list(attr.strings ?? [], text), subgraphs: [] };
    case T.TENSOR:
      return { name, kind: 'tensor', text: tensorSummary(attr.t), subgraphs: [] };
    case T.SPARSE_TENSOR:
      return { name, kind: 'tensor', text: `sparse ${tensorSummary(attr.sparseTensor?.values)}`, subgraphs: [] };
    case T.TENSORS:
      return { name, kind: 'tensors', text: list(attr.tensors ?? [], tensorSummary), subgraphs: [] };
    case T.GRAPH:
      return { name, kind: 'graph', text: `subgraph ${subgraphs[0] ?? ''}`, subgraphs };
    case T.GRAPHS:
      return { name, kind: 'graphs', text: `${subgraphs.length} subgraphs`, subgraphs };
    default:
      return {
        name,
        kind: 'other',
        text: type === T.TYPE_PROTO || type === T.TYPE_PROTOS ? 'type' : '?',
        subgraphs: [],
      };
  }
}

/** Attribute details of every node of every graph, in InspectReport.nodes order, up to `maxNodes`. */
export function attributeDetails(graph: onnx.IGraphProto, maxNodes = 10_000): AttributeDetail[][] {
  const out: AttributeDetail[][] = [];
  for (const visit of walkGraphs(graph)) {
    (visit.graph.node ?? []).forEach((node, index) => {
      if (out.length >= maxNodes) return;
      const subs = subgraphsOf(node, index, visit.path);
      out.push(
        (node.attribute ?? []).map((attr) =>
          detail(
            attr,
            subs.filter((s) => s.attribute === (attr.name ?? '')).map((s) => s.path),
          ),
        ),
      );
    });
  }
  return out;
}
