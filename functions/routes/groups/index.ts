import { createRoute } from '@hono/zod-openapi';
import { createRouter, publicSecurity } from '../../router';
import { getGroup, listGroups } from '../../services/groups';
import { errorResponses as E } from '../../contract/shared-schema';
import { GroupListSchema, GroupParamSchema, GroupSchema } from '../../contract/groups/schema';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export const groupRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: 'listGroups',
      security: publicSecurity,
      tags: ['Groups'],
      summary: 'List groups',
      description: 'Experiments, sectors and teams that own models and datasets. Every token belongs to one of them.',
      responses: { 200: { description: 'All groups, by name.', ...json(GroupListSchema) } },
    }),
    async (c) => c.json(await listGroups(c.var), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      operationId: 'getGroup',
      security: publicSecurity,
      tags: ['Groups'],
      summary: 'Get one group',
      request: { params: GroupParamSchema },
      responses: { 200: { description: 'The group.', ...json(GroupSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await getGroup(c.var, id), 200);
    },
  );
