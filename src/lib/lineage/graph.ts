/** The lineage of a model as a graph: dataset versions → model versions → parent/children. */

export interface VersionRefLike {
  model: string;
  modelName?: string;
  version: number;
}

export interface LineageVersion {
  version: number;
  status: string;
  parent: VersionRefLike | null;
  children: VersionRefLike[];
  datasets: { dataset: string; datasetName: string; version: string; role: string }[];
}

export type LineageNodeKind = 'dataset' | 'version' | 'external';

export interface LineageNode {
  id: string;
  kind: LineageNodeKind;
  label: string;
  sublabel: string;
  href: string;
  /** Versions: position from oldest (0). */
  order?: number;
  status?: string;
}

export type LineageEdgeKind = 'data' | 'parent';

export interface LineageEdge {
  from: string;
  to: string;
  kind: LineageEdgeKind;
  /** For data edges: training, evaluation, … */
  role?: string;
}

export interface LineageGraph {
  inputs: LineageNode[];
  versions: LineageNode[];
  outputs: LineageNode[];
  edges: LineageEdge[];
}

const versionId = (model: string, version: number) => `v:${model}@${version}`;
const datasetId = (dataset: string, version: string) => `d:${dataset}@${version}`;

/** Builds the graph for one model; versions of other models appear as external nodes. */
export function lineageGraph(model: string, versions: readonly LineageVersion[]): LineageGraph {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const inputs = new Map<string, LineageNode>();
  const outputs = new Map<string, LineageNode>();
  const edges: LineageEdge[] = [];
  const external = (ref: VersionRefLike): LineageNode => ({
    id: versionId(ref.model, ref.version),
    kind: 'external',
    label: `${ref.modelName ?? ref.model} v${ref.version}`,
    sublabel: 'other model',
    href: `/models/${ref.model}/v/${ref.version}/`,
  });
  const versionNodes = sorted.map((v, order): LineageNode => ({
    id: versionId(model, v.version),
    kind: 'version',
    label: `v${v.version}`,
    sublabel: v.status,
    href: `/models/${model}/v/${v.version}/`,
    order,
    status: v.status,
  }));
  for (const v of sorted) {
    const to = versionId(model, v.version);
    for (const d of v.datasets) {
      const id = datasetId(d.dataset, d.version);
      if (!inputs.has(id))
        inputs.set(id, {
          id,
          kind: 'dataset',
          label: d.datasetName,
          sublabel: d.version,
          href: `/datasets/${d.dataset}/#v-${encodeURIComponent(d.version)}`,
        });
      edges.push({ from: id, to, kind: 'data', role: d.role });
    }
    if (v.parent) {
      if (v.parent.model !== model && !inputs.has(versionId(v.parent.model, v.parent.version))) {
        const node = external(v.parent);
        inputs.set(node.id, node);
      }
      edges.push({ from: versionId(v.parent.model, v.parent.version), to, kind: 'parent' });
    }
    for (const child of v.children) {
      if (child.model === model) continue;
      const node = external(child);
      outputs.set(node.id, node);
      edges.push({ from: to, to: node.id, kind: 'parent' });
    }
  }
  return { inputs: [...inputs.values()], versions: versionNodes, outputs: [...outputs.values()], edges };
}
