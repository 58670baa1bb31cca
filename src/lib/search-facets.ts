import { ARTIFACT_FORMAT_LABELS, DATASET_FORMAT_LABELS, taskLabel } from './catalog-vocabulary';

/** What search results can be narrowed by; each document has zero or more values per facet. */
export const SEARCH_KINDS = ['tool', 'model', 'dataset'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_FACETS = ['group', 'task', 'framework', 'format', 'precision', 'license'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = { tool: 'Tools', model: 'Models', dataset: 'Datasets' };

export const SEARCH_FACET_TITLES: Record<SearchFacet, string> = {
  group: 'Group',
  task: 'Task',
  framework: 'Framework',
  format: 'Format',
  precision: 'Precision',
  license: 'License',
};

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export type SearchFilters = Partial<Record<SearchFacet, string>> & { kind?: SearchKind | undefined };

const FRAMEWORK_LABELS: Record<string, string> = {
  pytorch: 'PyTorch',
  tensorflow: 'TensorFlow',
  keras: 'Keras',
  jax: 'JAX',
  xgboost: 'XGBoost',
  lightgbm: 'LightGBM',
  sklearn: 'scikit-learn',
  'scikit-learn': 'scikit-learn',
  onnx: 'ONNX',
  hls4ml: 'hls4ml',
  tmva: 'TMVA',
};

/** A value as people read it: "jet-tagging" → "Jet tagging", "onnx" → "ONNX", "cms" → "CMS". */
export function facetValueLabel(
  facet: string,
  value: string,
  groupNames: ReadonlyMap<string, string> = new Map(),
): string {
  switch (facet) {
    case 'kind':
      return SEARCH_KIND_LABELS[value as SearchKind] ?? value;
    case 'group':
      return groupNames.get(value) ?? value.toUpperCase();
    case 'task':
      return taskLabel(value);
    case 'format':
      return (
        (ARTIFACT_FORMAT_LABELS as Record<string, string>)[value] ??
        (DATASET_FORMAT_LABELS as Record<string, string>)[value] ??
        value
      );
    case 'framework':
      return FRAMEWORK_LABELS[value] ?? value;
    default:
      return value;
  }
}
