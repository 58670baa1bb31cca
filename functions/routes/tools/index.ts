import { createRoute, z } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { rateLimit } from '../../middleware/rate-limit';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import {
  approveTool,
  changeTool,
  createTool,
  getTool,
  listTools,
  suggestTool,
  toolHistory,
} from '../../services/tools';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import {
  SlugParamSchema,
  ToolApproveSchema,
  ToolCreateSchema,
  ToolHistoryQuerySchema,
  ToolHistorySchema,
  ToolListQuerySchema,
  ToolListSchema,
  ToolPatchSchema,
  ToolSchema,
  ToolSuggestionSchema,
} from '../../contract/tools/schema';
import { suggestionFormHandler } from './suggestion-form';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export const toolRoutes = createRouter();

/** A form post is answered with the form page again (filled in, errors beside the fields) instead of JSON. */
const formOrJson = (responses: Record<number, { description: string; content: Record<string, unknown> }>) =>
  Object.fromEntries(
    Object.entries(responses).map(([status, r]) => [
      status,
      {
        description: `${r.description} A form post gets the form page again, with the errors beside the fields.`,
        content: { ...r.content, 'text/html': { schema: z.string() } },
      },
    ]),
  );

// Browsers without JavaScript post the suggestion form as form data; answer them with pages.
toolRoutes.post('/suggestions', suggestionFormHandler);

toolRoutes
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: 'listTools',
      security: publicSecurity,
      tags: ['Tools'],
      summary: 'List tools',
      description: 'Published tools by default, filtered and sorted, with cursor pagination.',
      request: { query: ToolListQuerySchema },
      responses: { 200: { description: 'A page of tools.', ...json(ToolListSchema) }, ...E.badRequest, ...E.forbidden },
    }),
    async (c) => c.json(await listTools(c.var, c.get('auth'), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}',
      operationId: 'getTool',
      security: publicSecurity,
      tags: ['Tools'],
      summary: 'Get one tool',
      description: 'Pending tools are visible to admin tokens only.',
      request: { params: SlugParamSchema },
      responses: { 200: { description: 'The tool.', ...json(ToolSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      return c.json(await getTool(c.var, c.get('auth'), slug), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      operationId: 'createTool',
      tags: ['Tools'],
      summary: 'Create a tool',
      description: "Creates a published entry. Needs the `write` scope; the owner group defaults to the token's group.",
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { body: { required: true, ...json(ToolCreateSchema) } },
      responses: {
        201: { description: 'Created.', ...json(ToolSchema) },
        ...writeErrorResponses,
        ...E.conflict,
      },
    }),
    async (c) => {
      const tool = await createTool(c.var, callerOf(c), c.req.valid('json'));
      c.header('Location', `/api/tools/${tool.slug}`);
      return c.json(tool, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}',
      operationId: 'updateTool',
      tags: ['Tools'],
      summary: 'Change a tool',
      description:
        'Changes the fields sent (JSON merge of top-level fields). Needs `write` and the same group as the tool, or `admin`; ' +
        'a tool without an owner group (the seeded ones) and `ownerGroup` itself only `admin`. Each change is recorded in the history.',
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: SlugParamSchema, body: { required: true, ...json(ToolPatchSchema) } },
      responses: {
        200: { description: 'The changed tool.', ...json(ToolSchema) },
        ...writeErrorResponses,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      return c.json(await changeTool(c.var, callerOf(c), slug, c.req.valid('json')), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/suggestions',
      operationId: 'suggestTool',
      security: publicSecurity,
      tags: ['Tools'],
      summary: 'Suggest a tool',
      description:
        'Anyone may suggest a tool, no token needed. It lands as `pending` until an admin approves it. ' +
        'Rate-limited per client address (default 5 per hour).',
      request: { body: { required: true, ...json(ToolSuggestionSchema) } },
      middleware: [rateLimit('tool-suggestions', (config) => config.suggestionRateLimit)] as const,
      responses: {
        202: { description: 'Accepted for review.', ...json(ToolSchema) },
        303: {
          description:
            "A form post (the site's form without JavaScript) was accepted; `Location` is the thank-you page.",
          headers: { Location: { schema: { type: 'string' }, example: '/tools/suggest/thanks/' } },
        },
        ...formOrJson(E.badRequest),
        ...formOrJson(E.conflict),
        ...E.tooLarge,
        ...formOrJson(E.rateLimited),
      },
    }),
    async (c) => c.json(await suggestTool(c.var, c.req.valid('json')), 202),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/approve',
      operationId: 'approveTool',
      tags: ['Tools'],
      summary: 'Approve a suggested tool',
      description:
        'Publishes a pending tool: its page shows at the next request. Needs `admin`. The body names the owner ' +
        'group whose writers may change it from now on; without a body (or with `ownerGroup: null`) only admins may.',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { params: SlugParamSchema, body: { required: false, ...json(ToolApproveSchema) } },
      responses: {
        200: { description: 'The published tool.', ...json(ToolSchema) },
        ...E.badRequest,
        ...E.tooLarge,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const body = (c.req.header('content-type') ? c.req.valid('json') : undefined) ?? { ownerGroup: null };
      return c.json(await approveTool(c.var, callerOf(c), c.req.valid('param').slug, body), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}/history',
      operationId: 'getToolHistory',
      tags: ['Tools'],
      summary: 'Who changed a tool',
      description:
        'Every change to the tool, newest first: the action, the token and its group, and each changed field before and after. ' +
        "For admins and the owner group's tokens (403 for others); a tool the caller cannot see is a 404.",
      security: bearerSecurity,
      middleware: [requireScope('write')] as const,
      request: { params: SlugParamSchema, query: ToolHistoryQuerySchema },
      responses: {
        200: { description: 'A page of changes.', ...json(ToolHistorySchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      return c.json(await toolHistory(c.var, callerOf(c), slug, c.req.valid('query')), 200);
    },
  );

export type ToolRoutes = typeof toolRoutes;
