/** What a dataset's page shows: the dataset and one page of its versions, newest first. */
import { pageWindow, type PageWindow } from '../../src/lib/pagination';
import type { ServiceContext } from '../hub';
import {
  datasetResponse,
  datasetVersionsPage,
  findDataset,
  type DatasetVersionView,
  type DatasetView,
} from './datasets';
import { groupNames } from './models';

export const DATASET_VERSIONS_PAGE_SIZE = 50;

export interface DatasetPage {
  dataset: DatasetView;
  groupName: string;
  versions: DatasetVersionView[];
  window: PageWindow;
}

export async function datasetPage(
  ctx: ServiceContext,
  slug: string,
  page: string | null,
): Promise<DatasetPage | undefined> {
  const row = await findDataset(ctx, slug);
  if (!row) return undefined;
  const dataset = await datasetResponse(ctx, row);
  const window = pageWindow(page, dataset.versionCount, DATASET_VERSIONS_PAGE_SIZE);
  if (!window) return undefined;
  const [listed, names] = await Promise.all([
    datasetVersionsPage(ctx, row, { limit: window.pageSize, offset: window.offset }),
    groupNames(ctx),
  ]);
  return {
    dataset,
    groupName: names.get(dataset.ownerGroup) ?? dataset.ownerGroup.toUpperCase(),
    versions: listed.versions,
    window,
  };
}
