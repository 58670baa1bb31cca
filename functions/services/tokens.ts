import type { z } from '@hono/zod-openapi';
import {
  createToken as insertToken,
  getToken,
  listTokens as listTokenRows,
  revokeToken as revokeTokenRow,
} from '../../db/queries/tokens';
import type { AuthContext } from '../env';
import { ApiError, notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { assertGroupExists } from './catalog-access';
import {
  tokenStatus,
  toTokenResponse,
  type TokenCreateSchema,
  type TokenListQuerySchema,
  type TokenListSchema,
  type TokenSchema,
  type TokenWithSecretSchema,
} from '../contract/tokens/schema';

export type TokenData = z.infer<typeof TokenSchema>;
export type TokenWithSecret = z.infer<typeof TokenWithSecretSchema>;
export type TokenList = z.infer<typeof TokenListSchema>;
export type TokenCreate = z.output<typeof TokenCreateSchema>;
export type TokenListQuery = z.output<typeof TokenListQuerySchema>;

/** Creates a token for a group and returns it with its secret, the only time the secret is shown. */
export async function createToken(ctx: ServiceContext, body: TokenCreate): Promise<TokenWithSecret> {
  const { db } = ctx;
  if (body.group) await assertGroupExists(db, body.group, 'group');
  const { token, secret } = await insertToken(db, {
    name: body.name,
    scopes: [...new Set(body.scopes)],
    groupId: body.group,
    expiresAt: body.expiresInDays ? new Date(Date.now() + body.expiresInDays * 86_400_000) : null,
  });
  return { ...toTokenResponse(token), secret };
}

/** Every token (oldest first), optionally only those in one state; never a secret. */
export async function listTokens(ctx: ServiceContext, query: TokenListQuery): Promise<TokenList> {
  const { status } = query;
  const now = new Date();
  const rows = (await listTokenRows(ctx.db)).filter((t) => !status || tokenStatus(t, now) === status);
  return { items: rows.map((t) => toTokenResponse(t, now)) };
}

/** Revokes a token at once; it stays listed as `revoked`. The caller's own token cannot be revoked. */
export async function revokeToken(ctx: ServiceContext, auth: AuthContext, id: string): Promise<TokenData> {
  const { db } = ctx;
  if (id === auth.tokenId)
    throw new ApiError(409, 'conflict', 'A token cannot revoke itself: use another admin token, or the CLI.');
  const existing = await getToken(db, id);
  if (!existing) throw notFound(`Token "${id}"`);
  if (existing.revokedAt)
    throw new ApiError(409, 'conflict', `Token "${id}" was already revoked at ${existing.revokedAt.toISOString()}.`);
  const now = new Date();
  await revokeTokenRow(db, id, now);
  return toTokenResponse({ ...existing, revokedAt: now }, now);
}
