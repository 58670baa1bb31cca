/**
 * Sizes, labels and layout types of the graph view, shared by the layout (graph-layout.ts, in the
 * worker, with dagre) and the drawing (src/html/onnx-graph.ts, on the page, without dagre).
 */
import type { GraphViewModel } from '../../lib/onnx/graph-model';

export interface Point {
  x: number;
  y: number;
}

export interface LaidOutNode {
  id: string;
  /** Centre and size, in graph units (CSS pixels at zoom 1). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  tensor: string;
  points: Point[];
  /** Where the label sits (dagre leaves room for it). */
  label: Point;
}

export interface ViewLayout {
  path: string;
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

/** Sizes shared with the renderer (graph-view.ts). */
export const NODE_METRICS = {
  charWidth: 7.4,
  paddingX: 14,
  minWidth: 64,
  height: 30,
  /** One row per subgraph link under the op type. */
  subgraphRow: 20,
  labelCharWidth: 6,
  labelHeight: 14,
  maxLabelChars: 36,
};

export function edgeLabelText(tensor: string, type: string | null): string {
  const text = type ? `${tensor} ${type}` : tensor;
  return text.length > NODE_METRICS.maxLabelChars ? `${text.slice(0, NODE_METRICS.maxLabelChars - 1)}…` : text;
}

export function nodeTitle(node: GraphViewModel['nodes'][number]): string {
  return node.kind === 'op' ? node.opType : node.name;
}

export function nodeSize(node: GraphViewModel['nodes'][number]): { width: number; height: number } {
  const m = NODE_METRICS;
  const longest = Math.max(nodeTitle(node).length + 2, ...node.subgraphs.map((p) => lastStep(p).length + 2));
  return {
    width: Math.max(m.minWidth, Math.min(longest, 40) * m.charWidth + 2 * m.paddingX),
    height: m.height + node.subgraphs.length * m.subgraphRow,
  };
}

export function lastStep(path: string): string {
  const steps = path.split(' > ');
  return steps[steps.length - 1]!;
}
