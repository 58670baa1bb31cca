import { ARTIFACT_FORMATS, MODEL_TASKS, artifactFormatLabel, datasetFormatLabel, DATASET_FORMATS, taskLabel } from '../catalog-vocabulary';
import { facetValueLabel } from '../search-facets';
import type { FacetDefinition } from './facets';

/** What the /models/ and /datasets/ listings filter by. */

export interface FacetableModel {
  model: { task: string; ownerGroup: string; license: string | null };
  versions: { artifacts: { format: string; framework: string | null; precision: string | null }[] }[];
}

export type ModelFacet = 'task' | 'group' | 'framework' | 'format' | 'precision' | 'license';

const artifacts = (m: FacetableModel) => m.versions.flatMap((v) => v.artifacts);

export function modelFacetDefinitions(groupLabel: (id: string) => string): Record<ModelFacet, FacetDefinition<FacetableModel>> {
  return {
    task: { title: 'Task', values: (m) => [m.model.task], label: taskLabel, order: MODEL_TASKS },
    group: { title: 'Group', values: (m) => [m.model.ownerGroup], label: groupLabel },
    framework: { title: 'Framework', values: (m) => artifacts(m).flatMap((a) => (a.framework ? [a.framework] : [])), label: (v) => facetValueLabel('framework', v) },
    format: { title: 'Format', values: (m) => artifacts(m).map((a) => a.format), label: artifactFormatLabel, order: ARTIFACT_FORMATS },
    precision: { title: 'Precision', values: (m) => artifacts(m).flatMap((a) => (a.precision ? [a.precision] : [])) },
    license: { title: 'License', values: (m) => (m.model.license ? [m.model.license] : []) },
  };
}

export interface FacetableDataset {
  dataset: { format: string; ownerGroup: string; license: string | null };
}

export type DatasetFacet = 'format' | 'group' | 'license';

export function datasetFacetDefinitions(groupLabel: (id: string) => string): Record<DatasetFacet, FacetDefinition<FacetableDataset>> {
  return {
    format: { title: 'Format', values: (d) => [d.dataset.format], label: datasetFormatLabel, order: DATASET_FORMATS },
    group: { title: 'Group', values: (d) => [d.dataset.ownerGroup], label: groupLabel },
    license: { title: 'License', values: (d) => (d.dataset.license ? [d.dataset.license] : []) },
  };
}
