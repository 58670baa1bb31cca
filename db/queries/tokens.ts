import { and, eq, isNull } from 'drizzle-orm';
import { generateToken, hashToken, randomId } from '../../src/lib/tokens';
import type { Db } from '../client';
import { apiTokens, type ApiToken, type TokenScope } from '../schema';

export interface CreatedToken {
  token: ApiToken;
  /** The secret, returned exactly once. */
  secret: string;
}

export async function createToken(
  db: Db,
  input: { name: string; scopes: TokenScope[]; groupId?: string | null; expiresAt?: Date | null },
): Promise<CreatedToken> {
  const secret = generateToken();
  const [token] = await db
    .insert(apiTokens)
    .values({
      id: randomId('tok_'),
      name: input.name,
      tokenHash: await hashToken(secret),
      scopes: input.scopes,
      groupId: input.groupId ?? null,
      expiresAt: input.expiresAt ?? null,
    })
    .returning();
  return { token: token!, secret };
}

/** The token for a secret, or undefined when unknown, revoked or expired. */
export async function findActiveToken(db: Db, secret: string, now = new Date()): Promise<ApiToken | undefined> {
  const [token] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, await hashToken(secret)), isNull(apiTokens.revokedAt)));
  if (!token) return undefined;
  if (token.expiresAt && token.expiresAt <= now) return undefined;
  return token;
}

/** Records use at most once a minute, so reads don't turn into a write per request. */
export async function touchToken(db: Db, token: ApiToken, now = new Date()): Promise<void> {
  if (token.lastUsedAt && now.getTime() - token.lastUsedAt.getTime() < 60_000) return;
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, token.id));
}

export async function getToken(db: Db, id: string): Promise<ApiToken | undefined> {
  const [token] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return token;
}

export async function listTokens(db: Db): Promise<ApiToken[]> {
  return db.select().from(apiTokens).orderBy(apiTokens.createdAt);
}

export async function revokeToken(db: Db, id: string, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
