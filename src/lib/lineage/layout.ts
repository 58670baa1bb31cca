import type { LineageEdge, LineageGraph, LineageNode } from './graph';

/**
 * Places a lineage graph in three columns, like a git log with its inputs: dataset versions
 * (and parents from other models) on the left, this model's versions top to bottom from the
 * oldest, children in other models on the right. Retraining arcs (parent → child within the
 * model) run in lanes to the right of the versions so they never cross the data edges.
 */

export interface PlacedNode extends LineageNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge extends LineageEdge {
  /** SVG path data. */
  path: string;
}

export interface LineageLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export const LAYOUT = {
  inputWidth: 200,
  versionWidth: 112,
  outputWidth: 180,
  nodeHeight: 36,
  rowGap: 14,
  columnGap: 96,
  laneWidth: 16,
  padding: 12,
} as const;

const row = LAYOUT.nodeHeight + LAYOUT.rowGap;

/** Lanes for arcs: greedy interval colouring, shortest spans first so adjacent versions hug the nodes. */
function assignLanes(spans: { from: number; to: number; index: number }[]): Map<number, number> {
  const lanes: { from: number; to: number }[][] = [];
  const result = new Map<number, number>();
  for (const span of [...spans].sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from)) {
    let lane = lanes.findIndex((taken) => taken.every((t) => span.to <= t.from || span.from >= t.to));
    if (lane < 0) lane = lanes.push([]) - 1;
    lanes[lane]!.push(span);
    result.set(span.index, lane);
  }
  return result;
}

/** Spreads nodes along one column near their wanted centres, keeping them a row apart, in order. */
function spread(wanted: number[]): number[] {
  const ys: number[] = [];
  for (const [i, y] of wanted.entries()) ys.push(i === 0 ? Math.max(0, y) : Math.max(y, ys[i - 1]! + row));
  // Pull back up when pushed past the wanted positions, so a long input list stays centred.
  for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - row);
  const shift = Math.min(0, ...ys);
  return ys.map((y) => y - shift);
}

function curve(x1: number, y1: number, x2: number, y2: number): string {
  const mid = (x1 + x2) / 2;
  return `M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}`;
}

export function layoutLineage(graph: LineageGraph): LineageLayout {
  const { padding, inputWidth, versionWidth, outputWidth, nodeHeight, columnGap, laneWidth } = LAYOUT;
  const half = nodeHeight / 2;
  const hasInputs = graph.inputs.length > 0;
  const versionX = padding + (hasInputs ? inputWidth + columnGap : 0);
  const versionY = new Map(graph.versions.map((v, i) => [v.id, i * row]));

  // Inputs sit beside the versions they feed, in order of their first use.
  const centreOf = (node: LineageNode) => {
    const targets = graph.edges
      .filter((e) => e.from === node.id)
      .map((e) => versionY.get(e.to))
      .filter((y): y is number => y !== undefined);
    return targets.length ? targets.reduce((a, b) => a + b, 0) / targets.length : 0;
  };
  const inputs = [...graph.inputs].sort((a, b) => centreOf(a) - centreOf(b) || a.label.localeCompare(b.label));
  const inputY = spread(inputs.map(centreOf));

  const arcs = graph.edges
    .map((edge, index) => ({ edge, index, from: versionY.get(edge.from), to: versionY.get(edge.to) }))
    .filter(
      (a): a is { edge: LineageEdge; index: number; from: number; to: number } =>
        a.edge.kind === 'parent' && a.from !== undefined && a.to !== undefined,
    );
  const lanes = assignLanes(
    arcs.map((a) => ({ from: Math.min(a.from, a.to), to: Math.max(a.from, a.to), index: a.index })),
  );
  const laneCount = Math.max(0, ...[...lanes.values()].map((l) => l + 1));
  const outputX = versionX + versionWidth + laneCount * laneWidth + columnGap;
  const outputs = [...graph.outputs].sort((a, b) => centreOf(a) - centreOf(b));
  const sourceY = (node: LineageNode) => {
    const from = graph.edges.find((e) => e.to === node.id);
    return (from && versionY.get(from.from)) ?? 0;
  };
  const outputY = spread(outputs.map(sourceY));

  const top = padding;
  const nodes: PlacedNode[] = [
    ...inputs.map((n, i) => ({ ...n, x: padding, y: top + inputY[i]!, width: inputWidth, height: nodeHeight })),
    ...graph.versions.map((n) => ({
      ...n,
      x: versionX,
      y: top + versionY.get(n.id)!,
      width: versionWidth,
      height: nodeHeight,
    })),
    ...outputs.map((n, i) => ({ ...n, x: outputX, y: top + outputY[i]!, width: outputWidth, height: nodeHeight })),
  ];
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const edges: PlacedEdge[] = [];
  for (const [index, edge] of graph.edges.entries()) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) continue;
    const lane = lanes.get(index);
    if (lane !== undefined) {
      // Retraining arc: out of the parent's right side, down its lane, into the child's right side.
      const right = from.x + from.width;
      const x = right + (lane + 1) * laneWidth;
      const y1 = from.y + half;
      const y2 = to.y + half;
      const r = Math.min(8, Math.abs(y2 - y1) / 2);
      const dir = y2 > y1 ? 1 : -1;
      edges.push({
        ...edge,
        path: `M${right} ${y1} H${x - r} Q${x} ${y1} ${x} ${y1 + dir * r} V${y2 - dir * r} Q${x} ${y2} ${x - r} ${y2} H${right}`,
      });
    } else {
      edges.push({ ...edge, path: curve(from.x + from.width, from.y + half, to.x, to.y + half) });
    }
  }
  const width = Math.max(...nodes.map((n) => n.x + n.width), versionX + versionWidth + laneCount * laneWidth) + padding;
  const height = Math.max(nodeHeight, ...nodes.map((n) => n.y + n.height)) + padding;
  return { width, height, nodes, edges };
}
