import { sql } from 'drizzle-orm';
import type { Db } from '../client';

export interface ToolPoolRow {
  slug: string;
  name: string;
  site: string;
}

/** Hardware pools whose entry lists the tool among those that run on it, by name. */
export function poolsRunningTool(db: Db, toolSlug: string): Promise<ToolPoolRow[]> {
  return db.all<ToolPoolRow>(sql`
    select p.slug as slug, p.name as name, p.site as site from hardware_pools p
    where exists (select 1 from json_each(p.tool_slugs) t where t.value = ${toolSlug})
    order by lower(p.name), p.id`);
}
