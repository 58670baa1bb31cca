import { facetCounts, type FacetValue } from '../lib/catalog/facets';
import { datasetFacetDefinitions, modelFacetDefinitions, type DatasetFacet, type ModelFacet } from '../lib/catalog/model-facets';
import { groupName, type Catalog } from './catalog';

/** Facet definitions and counts for the /models/ and /datasets/ listings. */

export function modelListing(catalog: Catalog) {
  const groupLabel = (id: string) => groupName(catalog, id);
  const definitions = modelFacetDefinitions(groupLabel);
  const counts = facetCounts(catalog.models, definitions);
  const facets = (Object.keys(definitions) as ModelFacet[]).map((name) => ({ name, title: definitions[name].title, values: counts[name] as FacetValue[] }));
  return { groupLabel, definitions, facets };
}

export function datasetListing(catalog: Catalog) {
  const groupLabel = (id: string) => groupName(catalog, id);
  const definitions = datasetFacetDefinitions(groupLabel);
  const counts = facetCounts(catalog.datasets, definitions);
  const facets = (Object.keys(definitions) as DatasetFacet[]).map((name) => ({ name, title: definitions[name].title, values: counts[name] as FacetValue[] }));
  return { groupLabel, definitions, facets };
}
