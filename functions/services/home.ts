import { catalogCounts, type CatalogCounts } from '../../db/queries/home';
import type { ServiceContext } from '../hub';
import { toolStats, type ToolStats } from './tools';

/** What the home page shows: how much the hub holds, and the latest tools. */
export interface HomeSummary {
  tools: ToolStats;
  catalog: CatalogCounts;
}

export async function homeSummary(ctx: ServiceContext): Promise<HomeSummary> {
  const [tools, catalog] = await Promise.all([toolStats(ctx), catalogCounts(ctx.db)]);
  return { tools, catalog };
}
