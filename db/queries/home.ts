import { sql } from 'drizzle-orm';
import type { Db } from '../client';

/** What the home page counts in the public catalog. */
export interface CatalogCounts {
  models: number;
  /** Public models whose `production` alias points at a version. */
  modelsInProduction: number;
  datasets: number;
}

export async function catalogCounts(db: Db): Promise<CatalogCounts> {
  const [row] = await db.all<CatalogCounts>(sql`select
    (select count(*) from models where visibility = 'public' and archived_at is null) as models,
    (select count(*) from models m where m.visibility = 'public' and m.archived_at is null
      and exists (select 1 from model_aliases a where a.model_id = m.id and a.name = 'production')) as modelsInProduction,
    (select count(*) from datasets where visibility = 'public' and archived_at is null) as datasets`);
  return { models: row?.models ?? 0, modelsInProduction: row?.modelsInProduction ?? 0, datasets: row?.datasets ?? 0 };
}
