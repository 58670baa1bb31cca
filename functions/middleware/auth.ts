import { createMiddleware } from 'hono/factory';
import { findActiveToken, touchToken } from '../../db/queries/tokens';
import type { TokenScope } from '../../db/schema';
import { ApiError } from '../errors';
import type { AppEnv, AuthContext } from '../env';

/** admin implies maintainer implies write. */
const IMPLIED: Record<TokenScope, TokenScope[]> = {
  write: ['write'],
  maintainer: ['maintainer', 'write'],
  admin: ['admin', 'maintainer', 'write'],
};

export function hasScope(auth: AuthContext | undefined, scope: TokenScope): boolean {
  return !!auth?.scopes.some((s) => IMPLIED[s as TokenScope]?.includes(scope));
}

/**
 * The token of `Bearer <token>`, or the password of HTTP Basic (how MLflow clients send
 * MLFLOW_TRACKING_USERNAME/PASSWORD; the user name is ignored). Undefined when malformed.
 */
export function tokenFromAuthorization(header: string): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  if (bearer) return bearer[1];
  const basic = /^Basic\s+([A-Za-z0-9+/]+={0,2})$/i.exec(header);
  if (!basic) return undefined;
  let decoded: string;
  try {
    decoded = atob(basic[1]!);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  const password = colon < 0 ? '' : decoded.slice(colon + 1);
  return password && !/\s/.test(password) ? password : undefined;
}

/** Reads `Authorization: Bearer …` (or Basic with the token as password) when present; a bad token is 401 even on public routes. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('authorization');
  if (header) {
    const secret = tokenFromAuthorization(header);
    if (!secret) {
      throw new ApiError(
        401,
        'unauthorized',
        'The Authorization header must be "Bearer <token>" (or HTTP Basic with the token as the password).',
        undefined,
        { 'WWW-Authenticate': 'Bearer' },
      );
    }
    const db = c.get('db');
    const token = await findActiveToken(db, secret);
    if (!token) {
      throw new ApiError(401, 'unauthorized', 'The token is unknown, revoked or expired.', undefined, {
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      });
    }
    await touchToken(db, token);
    c.set('auth', { tokenId: token.id, scopes: token.scopes, groupId: token.groupId });
  }
  await next();
});

/** 401 without a token, 403 when the token lacks the scope. */
export function requireScope(scope: TokenScope) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const auth = c.get('auth');
    if (!auth) {
      throw new ApiError(401, 'unauthorized', `This endpoint needs a token with the "${scope}" scope.`, undefined, {
        'WWW-Authenticate': 'Bearer',
      });
    }
    if (!hasScope(auth, scope)) {
      throw new ApiError(403, 'forbidden', `Your token lacks the "${scope}" scope.`, {
        required: scope,
        granted: auth.scopes,
      });
    }
    await next();
  });
}

/** For handlers: the authenticated caller, asserting a scope middleware ran before. */
export function callerOf(c: { get(key: 'auth'): AuthContext | undefined }): AuthContext {
  const auth = c.get('auth');
  if (!auth) throw new ApiError(401, 'unauthorized', 'A token is required.');
  return auth;
}
