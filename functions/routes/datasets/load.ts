import type { Context } from 'hono';
import { getDatasetBySlug } from '../../../db/queries/datasets';
import { getDatasetVersion } from '../../../db/queries/dataset-versions';
import { canView } from '../../../db/queries/viewer';
import type { Dataset, DatasetVersion } from '../../../db/schema';
import type { AppEnv } from '../../env';
import { notFound } from '../../errors';
import { viewerOf } from '../../services/catalog-access';

/** The dataset, or 404 when it does not exist or the caller may not see it (internal). */
export async function loadDataset(c: Context<AppEnv>, slug: string): Promise<Dataset> {
  const dataset = await getDatasetBySlug(c.var.db, slug);
  if (!dataset || !canView(dataset, viewerOf(c.get('auth')))) throw notFound(`Dataset "${slug}"`);
  return dataset;
}

export async function loadDatasetVersion(
  c: Context<AppEnv>,
  slug: string,
  label: string,
): Promise<{ dataset: Dataset; version: DatasetVersion }> {
  const dataset = await loadDataset(c, slug);
  const version = await getDatasetVersion(c.var.db, dataset.id, label);
  if (!version) throw notFound(`Version "${label}" of dataset "${slug}"`);
  return { dataset, version };
}
