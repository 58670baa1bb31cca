import type { onnx } from 'onnx-proto';

export interface GraphVisit {
  graph: onnx.IGraphProto;
  /** '' for the main graph; `node > attribute` steps for subgraphs (If/Loop/Scan bodies). */
  path: string;
  depth: number;
  /** The graph that holds this one, null for the root. */
  parent: GraphVisit | null;
  /** The node and attribute holding this subgraph ('' for the root). */
  opType: string;
  attribute: string;
}

function nodeLabel(node: onnx.INodeProto, index: number): string {
  return node.name ? node.name : `${node.opType || 'node'}#${index}`;
}

/** Subgraphs held by one node's attributes, with their path labels. */
export function subgraphsOf(
  node: onnx.INodeProto,
  index: number,
  parentPath: string,
): { graph: onnx.IGraphProto; path: string; opType: string; attribute: string }[] {
  const out: { graph: onnx.IGraphProto; path: string; opType: string; attribute: string }[] = [];
  const prefix = `${parentPath ? `${parentPath} > ` : ''}${nodeLabel(node, index)}`;
  const opType = node.opType ?? '';
  for (const attr of node.attribute ?? []) {
    const attribute = attr.name ?? '';
    if (attr.g) out.push({ graph: attr.g, path: `${prefix}.${attribute}`, opType, attribute });
    (attr.graphs ?? []).forEach((g, i) =>
      out.push({ graph: g, path: `${prefix}.${attribute}[${i}]`, opType, attribute }),
    );
  }
  return out;
}

/** Every graph reachable from `root` through node attributes, parents before children. */
export function walkGraphs(root: onnx.IGraphProto, rootPath = '', rootDepth = 0): GraphVisit[] {
  const out: GraphVisit[] = [];
  // Explicit stack: nesting depth was bounded by the wire check, but recursion is not needed.
  const stack: GraphVisit[] = [
    { graph: root, path: rootPath, depth: rootDepth, parent: null, opType: '', attribute: '' },
  ];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    out.push(visit);
    const children: GraphVisit[] = [];
    (visit.graph.node ?? []).forEach((node, i) => {
      for (const sub of subgraphsOf(node, i, visit.path))
        children.push({ ...sub, depth: visit.depth + 1, parent: visit });
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}
