import { getGroup } from '../../db/queries/groups';
import type { Viewer } from '../../db/queries/viewer';
import type { Db } from '../../db/client';
import { hasScope } from '../middleware/auth';
import type { AuthContext } from '../env';
import { ApiError } from '../errors';

/** Group ownership rules shared by models and datasets. */

export function viewerOf(auth: AuthContext | undefined): Viewer | undefined {
  return auth ? { groupId: auth.groupId, admin: hasScope(auth, 'admin') } : undefined;
}

/**
 * Whether the viewer may see what only the owner group and admins see of an entry it can read:
 * outbound delivery logs and targets, who registered a version.
 */
export function seesOwnerDetails(viewer: Viewer | undefined, entry: { ownerGroupId: string }): boolean {
  return !!viewer?.admin || (!!viewer?.groupId && viewer.groupId === entry.ownerGroupId);
}

/** The owner of a new entry: the token's group, or (admins only) the group named in the body. */
export async function resolveOwnerGroup(
  db: Db,
  auth: AuthContext,
  requested: string | undefined,
  what: string,
): Promise<string> {
  const admin = hasScope(auth, 'admin');
  const owner = requested ?? auth.groupId;
  if (!owner) {
    throw new ApiError(
      403,
      'forbidden',
      `Your token belongs to no group, so it cannot own ${what}s; ask an admin for a group token.`,
    );
  }
  if (owner !== auth.groupId && !admin) {
    throw new ApiError(
      403,
      'forbidden',
      `Your token belongs to group "${auth.groupId ?? 'none'}"; it cannot create ${what}s for "${owner}".`,
    );
  }
  await assertGroupExists(db, owner, 'ownerGroup');
  return owner;
}

/** A 400 naming the body field when a group id names no group. */
export async function assertGroupExists(db: Db, id: string, field: string): Promise<void> {
  if (await getGroup(db, id)) return;
  throw new ApiError(400, 'validation_failed', `There is no group "${id}" (see GET /api/groups).`, {
    issues: [{ in: 'body', path: field, message: 'Unknown group.', code: 'unknown_group' }],
  });
}

/** Writers may change what their group owns; admins anything. */
export function assertCanWrite(auth: AuthContext, entry: { slug: string; ownerGroupId: string }, what: string) {
  if (hasScope(auth, 'admin') || entry.ownerGroupId === auth.groupId) return;
  throw new ApiError(
    403,
    'forbidden',
    `The ${what} "${entry.slug}" belongs to group "${entry.ownerGroupId}"; your token belongs to "${auth.groupId ?? 'no group'}".`,
    { owner: entry.ownerGroupId, yourGroup: auth.groupId },
  );
}
