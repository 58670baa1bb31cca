import { z } from '@hono/zod-openapi';
import { TOKEN_SCOPES, type ApiToken } from '../../../db/schema';

export const TokenSchema = z
  .object({
    id: z.string().openapi({ example: 'tok_3Xb1c9Qm0a2ZkL8p' }),
    name: z.string().openapi({ example: 'CMS GitLab CI' }),
    scopes: z.array(z.enum(TOKEN_SCOPES)).openapi({ description: '`write` ⊂ `maintainer` ⊂ `admin`.' }),
    group: z
      .string()
      .nullable()
      .openapi({ description: 'Owning group; writes are limited to its models and datasets.', example: 'cms' }),
    createdAt: z.string().openapi({ format: 'date-time' }),
    lastUsedAt: z.string().nullable().openapi({ format: 'date-time', description: 'Recorded at most once a minute.' }),
    expiresAt: z.string().nullable().openapi({ format: 'date-time' }),
    revokedAt: z.string().nullable().openapi({ format: 'date-time' }),
    status: z.enum(['active', 'expired', 'revoked']),
  })
  .openapi('Token');

export const TokenWithSecretSchema = TokenSchema.extend({
  secret: z
    .string()
    .openapi({ description: 'Shown only in this response; only its hash is stored.', example: 'hub_…' }),
}).openapi('TokenWithSecret');

export const TokenListSchema = z.object({ items: z.array(TokenSchema) }).openapi('TokenList');

export const TokenCreateSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Required: say what the token is for.')
      .max(100, 'At most 100 characters.')
      .openapi({ example: 'CMS GitLab CI' }),
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1, 'Grant at least one scope.').max(3),
    group: z.string().trim().min(1).max(32).nullable().default(null).openapi({ example: 'cms' }),
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .nullable()
      .default(null)
      .openapi({ description: 'Days until the token stops working; null: never.', example: 365 }),
  })
  .strict()
  .openapi('TokenCreate');

export const TokenListQuerySchema = z.object({
  status: z.enum(['active', 'expired', 'revoked']).optional().openapi({ description: 'Only tokens in this state.' }),
});

export const TokenIdParamSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'tok_3Xb1c9Qm0a2ZkL8p' }),
});

export function tokenStatus(token: ApiToken, now = new Date()): 'active' | 'expired' | 'revoked' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt <= now) return 'expired';
  return 'active';
}

export function toTokenResponse(token: ApiToken, now = new Date()): z.infer<typeof TokenSchema> {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: token.id,
    name: token.name,
    scopes: [...token.scopes],
    group: token.groupId,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: iso(token.lastUsedAt),
    expiresAt: iso(token.expiresAt),
    revokedAt: iso(token.revokedAt),
    status: tokenStatus(token, now),
  };
}
