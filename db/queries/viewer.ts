import { or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * Who is reading: anonymous readers and the site see public entries only; a token also sees
 * its own group's internal entries; admins see everything.
 */
export interface Viewer {
  groupId: string | null;
  admin: boolean;
}

export const PUBLIC_VIEWER: Viewer | undefined = undefined;

export function visibleTo(
  visibility: SQLWrapper,
  ownerGroupId: SQLWrapper,
  viewer: Viewer | undefined,
): SQL | undefined {
  if (viewer?.admin) return undefined;
  if (viewer?.groupId) return or(sql`${visibility} = 'public'`, sql`${ownerGroupId} = ${viewer.groupId}`);
  return sql`${visibility} = 'public'`;
}

export function canView(row: { visibility: string; ownerGroupId: string }, viewer: Viewer | undefined): boolean {
  return row.visibility === 'public' || !!viewer?.admin || (!!viewer?.groupId && viewer.groupId === row.ownerGroupId);
}
