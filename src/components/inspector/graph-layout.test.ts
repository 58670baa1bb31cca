import { describe, expect, it } from 'vitest';
import { operatorCoverage } from '../../lib/onnx/coverage';
import { buildGraphModel } from '../../lib/onnx/graph-model';
import { inspectModel } from '../../lib/onnx/inspect';
import { encodeModel, ifSpec } from '../../lib/onnx/test-models';
import { edgeLabelText, nodeSize } from './graph-geometry';
import { layoutView } from './graph-layout';

describe('graph layout (dagre)', () => {
  it('places every node inside the drawing, inputs above the nodes that read them, edges between their ends', async () => {
    const report = await inspectModel(encodeModel(ifSpec()));
    const view = buildGraphModel(report, operatorCoverage(report)).views['']!;
    const layout = layoutView(view);
    expect(layout.nodes.map((n) => n.id)).toEqual(view.nodes.map((n) => n.id));
    for (const n of layout.nodes) {
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.y + n.height / 2).toBeLessThanOrEqual(layout.height);
    }
    const at = new Map(layout.nodes.map((n) => [n.id, n]));
    for (const edge of layout.edges) {
      const [from, to] = [at.get(edge.from)!, at.get(edge.to)!];
      expect(from.y).toBeLessThan(to.y);
      expect(edge.points.length).toBeGreaterThanOrEqual(2);
      expect(edge.label.y).toBeGreaterThan(from.y);
      expect(edge.label.y).toBeLessThan(to.y);
    }
    // The If node grows a row for each branch it holds.
    const holder = view.nodes.find((n) => n.opType === 'If')!;
    expect(at.get(holder.id)!.height).toBe(nodeSize(holder).height);
    expect(nodeSize(holder).height).toBeGreaterThan(nodeSize(view.nodes[0]!).height);
  });

  it('labels edges with the tensor and its type, cut to fit', () => {
    expect(edgeLabelText('x', 'float32[batch, 4]')).toBe('x float32[batch, 4]');
    expect(edgeLabelText('y', null)).toBe('y');
    expect(edgeLabelText('a'.repeat(50), null)).toHaveLength(36);
  });
});
