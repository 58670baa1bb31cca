import { describe, expect, it } from 'vitest';
import { lineageGraph, type LineageVersion } from './graph';
import { LAYOUT, layoutLineage } from './layout';

const version = (n: number, extra: Partial<LineageVersion> = {}): LineageVersion => ({
  version: n,
  status: 'ready',
  parent: null,
  children: [],
  datasets: [],
  ...extra,
});
const jets = (label: string, role = 'training') => ({
  dataset: 'jets',
  datasetName: 'Jet sample',
  version: label,
  role,
});

describe('lineageGraph', () => {
  it('links dataset versions and parents to versions, once per dataset version', () => {
    const graph = lineageGraph('tagger', [
      version(2, { parent: { model: 'tagger', version: 1 }, datasets: [jets('v2'), jets('v1', 'evaluation')] }),
      version(1, {
        datasets: [jets('v1')],
        children: [
          { model: 'tagger', version: 2 },
          { model: 'tagger-lite', modelName: 'Tagger lite', version: 1 },
        ],
      }),
    ]);
    expect(graph.versions.map((v) => v.label)).toEqual(['v1', 'v2']);
    expect(graph.inputs.map((n) => n.id)).toEqual(['d:jets@v1', 'd:jets@v2']);
    expect(graph.outputs).toEqual([
      expect.objectContaining({ id: 'v:tagger-lite@1', label: 'Tagger lite v1', href: '/models/tagger-lite/v/1/' }),
    ]);
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { from: 'd:jets@v1', to: 'v:tagger@1', kind: 'data', role: 'training' },
        { from: 'd:jets@v1', to: 'v:tagger@2', kind: 'data', role: 'evaluation' },
        { from: 'v:tagger@1', to: 'v:tagger@2', kind: 'parent' },
        { from: 'v:tagger@1', to: 'v:tagger-lite@1', kind: 'parent' },
      ]),
    );
  });

  it('shows a parent from another model as an input', () => {
    const graph = lineageGraph('finetuned', [version(1, { parent: { model: 'foundation', version: 3 } })]);
    expect(graph.inputs).toEqual([expect.objectContaining({ id: 'v:foundation@3', kind: 'external' })]);
  });
});

describe('layoutLineage', () => {
  it('stacks versions oldest first and keeps every node inside the canvas without overlaps', () => {
    const versions = Array.from({ length: 6 }, (_, i) =>
      version(i + 1, { parent: i > 0 ? { model: 'm', version: i } : null, datasets: [jets(`v${(i % 3) + 1}`)] }),
    );
    const layout = layoutLineage(lineageGraph('m', versions));
    const placed = layout.nodes.filter((n) => n.kind === 'version');
    expect(placed.map((n) => n.label)).toEqual(['v1', 'v2', 'v3', 'v4', 'v5', 'v6']);
    expect(placed.every((n, i) => i === 0 || n.y > placed[i - 1]!.y)).toBe(true);
    for (const a of layout.nodes) {
      expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      for (const b of layout.nodes) {
        if (a === b || a.x !== b.x) continue;
        expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(LAYOUT.nodeHeight);
      }
    }
    expect(layout.edges).toHaveLength(6 + 5);
    expect(layout.edges.every((e) => e.path.startsWith('M'))).toBe(true);
  });

  it('puts overlapping retraining arcs in separate lanes', () => {
    const layout = layoutLineage(
      lineageGraph('m', [
        version(1),
        version(2, { parent: { model: 'm', version: 1 } }),
        version(3, { parent: { model: 'm', version: 1 } }),
      ]),
    );
    const arcs = layout.edges.filter((e) => e.kind === 'parent');
    const laneX = arcs.map((e) => Number(/H(\d+(?:\.\d+)?)/.exec(e.path)![1]));
    expect(new Set(laneX).size).toBe(2);
  });

  it('lays out a model without datasets or versions', () => {
    expect(layoutLineage(lineageGraph('m', [])).nodes).toEqual([]);
    const single = layoutLineage(lineageGraph('m', [version(1)]));
    expect(single.nodes[0]).toMatchObject({ x: LAYOUT.padding, y: LAYOUT.padding });
  });
});
