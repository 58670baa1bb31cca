import { z } from '@hono/zod-openapi';
import type { Group } from '../../../db/schema';

export const GroupSchema = z
  .object({
    id: z.string().openapi({ example: 'cms' }),
    name: z.string().openapi({ example: 'CMS' }),
    kind: z.enum(['experiment', 'sector', 'team']),
    description: z.string(),
  })
  .openapi('Group');

export const GroupListSchema = z.object({ items: z.array(GroupSchema) }).openapi('GroupList');

export const GroupParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(32)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'cms' }),
});

export function toGroupResponse(group: Group): z.infer<typeof GroupSchema> {
  return { id: group.id, name: group.name, kind: group.kind, description: group.description };
}
