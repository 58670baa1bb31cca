import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter } from '../../router';
import { createToken, listTokens, revokeToken } from '../../services/tokens';
import { json } from '../../contract/json-content';
import { errorResponses as E, writeErrorResponses } from '../../contract/shared-schema';
import {
  TokenCreateSchema,
  TokenIdParamSchema,
  TokenListQuerySchema,
  TokenListSchema,
  TokenSchema,
  TokenWithSecretSchema,
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
      operationId: 'createToken',
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
      const token = await createToken(c.var, c.req.valid('json'));
      c.header('Location', `/api/tokens/${token.id}`);
      c.header('Cache-Control', 'no-store');
      return c.json(token, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      operationId: 'listTokens',
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
    async (c) => c.json(await listTokens(c.var, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      operationId: 'revokeToken',
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
      return c.json(await revokeToken(c.var, callerOf(c), id), 200);
    },
  );
