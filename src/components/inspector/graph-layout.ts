/**
 * Lays out one view of the graph with dagre (top to bottom, like Netron). Pure: runs in the
 * graph worker (graph-worker.ts), so a large model never blocks the page.
 */
import dagre from '@dagrejs/dagre';
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

export function layoutView(view: GraphViewModel): ViewLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  // tight-tree ranks a 600-node graph in about half the time of network-simplex, with similar results here.
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 36, edgesep: 12, marginx: 20, marginy: 20, ranker: 'tight-tree' });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of view.nodes) g.setNode(node.id, nodeSize(node));
  view.edges.forEach((edge, i) => {
    const text = edgeLabelText(edge.tensor, edge.type);
    g.setEdge(
      edge.from,
      edge.to,
      {
        width: text.length * NODE_METRICS.labelCharWidth,
        height: NODE_METRICS.labelHeight,
        labelpos: 'c',
      },
      `e${i}`,
    );
  });
  dagre.layout(g);
  const graph = g.graph();
  return {
    path: view.path,
    width: graph.width ?? 0,
    height: graph.height ?? 0,
    nodes: view.nodes.map((n) => {
      const laid = g.node(n.id);
      return { id: n.id, x: laid.x ?? 0, y: laid.y ?? 0, width: laid.width, height: laid.height };
    }),
    edges: view.edges.map((edge, i) => {
      const laid = g.edge(edge.from, edge.to, `e${i}`);
      const points = ((laid.points ?? []) as Point[]).map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));
      return {
        from: edge.from,
        to: edge.to,
        tensor: edge.tensor,
        points,
        label: {
          x: Math.round((laid.x as number | undefined) ?? 0),
          y: Math.round((laid.y as number | undefined) ?? 0),
        },
      };
    }),
  };
}
