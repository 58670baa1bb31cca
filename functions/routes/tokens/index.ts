import { createRoute } from '@hono/zod-openapi';
import { createToken, getToken, listTokens, revokeToken } from '../../../db/queries/tokens';
import { ApiError, notFound } from '../../errors';
import { assertGroupExists } from '../../services/catalog-access';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { json } from '../../contract/json-content';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import {
  TokenCreateSchema,
  TokenIdParamSchema,
  TokenListQuerySchema,
  TokenListSchema,
  TokenSchema,
  TokenWithSecretSchema,
  tokenStatus,
  toTokenResponse,
} from '../../contract/tokens/schema';

/**
 * API tokens over the API, for admins (the first admin token comes from the CLI: `npx hub token
 * create`, with --sql for D1). Secrets are returned once, on creation; only hashes are stored.
 */
export const tokenRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Tokens'],
      summary: 'Create a token',
      description:
        'Creates a token for a group (e.g. for a CI pipeline) and returns its secret **once**. Needs `admin`.',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { body: { required: true, ...json(TokenCreateSchema) } },
      responses: {
        201: { description: 'Created; `secret` is shown only now.', ...json(TokenWithSecretSchema) },
        ...writeErrorResponses,
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const { db } = c.var;
      if (body.group) await assertGroupExists(db, body.group, 'group');
      const { token, secret } = await createToken(db, {
        name: body.name,
        scopes: [...new Set(body.scopes)],
        groupId: body.group,
        expiresAt: body.expiresInDays ? new Date(Date.now() + body.expiresInDays * 86_400_000) : null,
      });
      c.header('Location', `/api/tokens/${token.id}`);
      c.header('Cache-Control', 'no-store');
      return c.json({ ...toTokenResponse(token), secret }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['Tokens'],
      summary: 'List tokens',
      description: 'Every token with its scopes, group and state, oldest first; never a secret. Needs `admin`.',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { query: TokenListQuerySchema },
      responses: {
        200: { description: 'Tokens.', ...json(TokenListSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
      },
    }),
    async (c) => {
      const { status } = c.req.valid('query');
      const now = new Date();
      const rows = (await listTokens(c.var.db)).filter((t) => !status || tokenStatus(t, now) === status);
      return c.json({ items: rows.map((t) => toTokenResponse(t, now)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags: ['Tokens'],
      summary: 'Revoke a token',
      description:
        'Revokes the token at once; it stays listed as `revoked`. An admin cannot revoke the token making the request. Needs `admin`.',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { params: TokenIdParamSchema },
      responses: {
        200: { description: 'Revoked.', ...json(TokenSchema) },
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...E.conflict,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { db } = c.var;
      if (id === callerOf(c).tokenId)
        throw new ApiError(409, 'conflict', 'A token cannot revoke itself: use another admin token, or the CLI.');
      const existing = await getToken(db, id);
      if (!existing) throw notFound(`Token "${id}"`);
      if (existing.revokedAt)
        throw new ApiError(
          409,
          'conflict',
          `Token "${id}" was already revoked at ${existing.revokedAt.toISOString()}.`,
        );
      const now = new Date();
      await revokeToken(db, id, now);
      return c.json(toTokenResponse({ ...existing, revokedAt: now }, now), 200);
    },
  );
