import { listPublishedTools } from '../../db/queries/tools';
import type { Tool } from '../../db/schema';
import { ToolSchema, toToolResponse } from '../../functions/routes/tools/schema';
import { db } from './db';

export type ToolPageData = Tool;

let cache: Promise<Tool[]> | undefined;

/**
 * Published tools for the build, validated with the API's own response schema so that bad
 * rows fail the build with a message naming the tool and field to fix.
 */
export function loadPublishedTools(): Promise<Tool[]> {
  cache ??= listPublishedTools(db).then((tools) => {
    for (const tool of tools) {
      const result = ToolSchema.safeParse(toToolResponse(tool, 'http://localhost'));
      if (!result.success) {
        const problems = result.error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ');
        throw new Error(`Tool "${tool.slug}" has invalid data (${problems}). Fix it with PATCH /api/tools/${tool.slug}.`);
      }
    }
    return tools;
  });
  return cache;
}
