import { createRoute } from '@hono/zod-openapi';
import { isUniqueViolation } from '../../../db/errors';
import { getToolBySlug, publishTool, updateTool } from '../../../db/queries/tools';
import type { NewTool, Tool } from '../../../db/schema';
import type { AuthContext } from '../../env';
import { ApiError, notFound } from '../../errors';
import { callerOf, hasScope, requireScope } from '../../middleware/auth';
import { rateLimit } from '../../middleware/rate-limit';
import { publicChange } from '../../public-change';
import { bearerSecurity, createRouter } from '../../router';
import { getTool, insertToolOrConflict, listTools, suggestTool } from '../../services/tools';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import {
  SlugParamSchema,
  ToolCreateSchema,
  ToolListQuerySchema,
  ToolListSchema,
  ToolPatchSchema,
  ToolSchema,
  ToolSuggestionSchema,
  toToolResponse,
} from '../../contract/tools/schema';
import { suggestionFormHandler } from './suggestion-form';

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

function assertCanEdit(auth: AuthContext, tool: Tool) {
  if (hasScope(auth, 'admin')) return;
  if (tool.ownerGroupId && tool.ownerGroupId !== auth.groupId) {
    throw new ApiError(
      403,
      'forbidden',
      `The tool "${tool.slug}" belongs to group "${tool.ownerGroupId}"; your token belongs to "${auth.groupId ?? 'no group'}".`,
    );
  }
}

export const toolRoutes = createRouter();

// Browsers without JavaScript post the suggestion form as form data; answer them with pages.
toolRoutes.post('/suggestions', suggestionFormHandler);

toolRoutes
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Tools'],
      summary: 'List tools',
      description: 'Published tools by default, filtered and sorted, with cursor pagination.',
      request: { query: ToolListQuerySchema },
      responses: { 200: { description: 'A page of tools.', ...json(ToolListSchema) }, ...E.badRequest, ...E.forbidden },
    }),
    async (c) => {
      const query = c.req.valid('query');
      if (query.status === 'pending' && !hasScope(c.get('auth'), 'admin')) {
        throw new ApiError(403, 'forbidden', 'Listing pending tools needs an admin token.');
      }
      return c.json(await listTools(c.var, query), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{slug}',
      tags: ['Tools'],
      summary: 'Get one tool',
      description: 'Pending tools are visible to admin tokens only.',
      request: { params: SlugParamSchema },
      responses: { 200: { description: 'The tool.', ...json(ToolSchema) }, ...E.badRequest, ...E.notFound },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      return c.json(await getTool(c.var, slug, { includePending: hasScope(c.get('auth'), 'admin') }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
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
      const body = c.req.valid('json');
      const auth = callerOf(c);
      const ownerGroupId = body.ownerGroup ?? auth.groupId;
      if (ownerGroupId !== auth.groupId && !hasScope(auth, 'admin')) {
        throw new ApiError(
          403,
          'forbidden',
          `Your token belongs to group "${auth.groupId ?? 'none'}"; it cannot create tools for "${ownerGroupId}".`,
        );
      }
      const now = new Date();
      const values: NewTool = {
        slug: body.slug,
        name: body.name,
        summary: body.summary,
        descriptionMd: body.description,
        categories: body.categories,
        accessSteps: body.accessSteps,
        requirements: body.requirements,
        hardware: body.hardware,
        license: body.license,
        ownerTeam: body.ownerTeam,
        ownerGroupId,
        lifecycle: body.lifecycle,
        experiments: body.experiments,
        tags: body.tags,
        links: body.links,
        unverified: body.unverified,
        status: 'published',
        createdByTokenId: auth.tokenId,
        createdAt: now,
        updatedAt: now,
        publishedAt: now,
      };
      const tool = await insertToolOrConflict(c.var, values);
      c.var.hooks.onPublicChange?.(publicChange.tool(tool.slug, 'created'));
      c.header('Location', `/api/tools/${tool.slug}`);
      return c.json(toToolResponse(tool, c.var.config.publicUrl), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{slug}',
      tags: ['Tools'],
      summary: 'Change a tool',
      description:
        'Changes the fields sent (JSON merge of top-level fields). Needs `write` and the same group as the tool, or `admin`.',
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
      const patch = c.req.valid('json');
      const db = c.var.db;
      const existing = await getToolBySlug(db, slug);
      if (!existing) throw notFound(`Tool "${slug}"`);
      assertCanEdit(callerOf(c), existing);
      const { description, ...rest } = patch;
      let tool: Tool | undefined;
      try {
        tool = await updateTool(db, slug, {
          ...rest,
          ...(description === undefined ? {} : { descriptionMd: description }),
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new ApiError(409, 'conflict', `The slug "${patch.slug}" is already taken.`);
        throw error;
      }
      if (!tool) throw notFound(`Tool "${slug}"`);
      if (tool.status === 'published') c.var.hooks.onPublicChange?.(publicChange.tool(tool.slug, 'changed'));
      return c.json(toToolResponse(tool, c.var.config.publicUrl), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/suggestions',
      tags: ['Tools'],
      summary: 'Suggest a tool',
      description:
        'Anyone may suggest a tool, no token needed. It lands as `pending` until an admin approves it. ' +
        'Rate-limited per client address (default 5 per hour).',
      request: { body: { required: true, ...json(ToolSuggestionSchema) } },
      middleware: [rateLimit('tool-suggestions', (config) => config.suggestionRateLimit)] as const,
      responses: {
        202: { description: 'Accepted for review.', ...json(ToolSchema) },
        ...E.badRequest,
        ...E.conflict,
        ...E.tooLarge,
        ...E.rateLimited,
      },
    }),
    async (c) => c.json(toToolResponse(await suggestTool(c.var, c.req.valid('json')), c.var.config.publicUrl), 202),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{slug}/approve',
      tags: ['Tools'],
      summary: 'Approve a suggested tool',
      description: 'Publishes a pending tool: its page shows at the next request. Needs `admin`.',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { params: SlugParamSchema },
      responses: {
        200: { description: 'The published tool.', ...json(ToolSchema) },
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const { slug } = c.req.valid('param');
      const db = c.var.db;
      const existing = await getToolBySlug(db, slug);
      if (!existing) throw notFound(`Tool "${slug}"`);
      if (existing.status === 'published') {
        throw new ApiError(409, 'conflict', `The tool "${slug}" is already published.`);
      }
      const tool = await publishTool(db, slug);
      if (!tool) throw notFound(`Tool "${slug}"`);
      c.var.hooks.onPublicChange?.(publicChange.tool(slug, 'approved'));
      return c.json(toToolResponse(tool, c.var.config.publicUrl), 200);
    },
  );

export type ToolRoutes = typeof toolRoutes;
