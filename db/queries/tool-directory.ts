/** The /tools/ directory: numbered pages of published tools by name, and its facet counts. */
import { and, asc, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { tools, type Tool } from '../schema';
import { filterConditions, type ToolFilters } from './tools';

/** One numbered page of the tools the filter leaves, by name. */
export async function listToolsByName(
  db: Db,
  filters: ToolFilters,
  page: { limit: number; offset: number },
): Promise<Tool[]> {
  return db
    .select()
    .from(tools)
    .where(and(...filterConditions(filters)))
    .orderBy(asc(sql`lower(${tools.name})`), asc(tools.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** How many published tools have each category, experiment and lifecycle (as stored). */
export async function publishedToolFacetCounts(
  db: Db,
): Promise<{ facet: 'category' | 'experiment' | 'lifecycle'; value: string; count: number }[]> {
  return db.all(sql`
    select 'category' as facet, c.value as value, count(distinct t.id) as count
      from tools t, json_each(t.categories) c where t.status = 'published' group by c.value
    union all select 'experiment', e.value, count(distinct t.id)
      from tools t, json_each(t.experiments) e where t.status = 'published' group by e.value
    union all select 'lifecycle', t.lifecycle, count(*)
      from tools t where t.status = 'published' group by t.lifecycle`);
}
