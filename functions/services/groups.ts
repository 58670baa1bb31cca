import type { z } from '@hono/zod-openapi';
import { getGroup as getGroupRow, listGroups as listGroupRows } from '../../db/queries/groups';
import { notFound } from '../errors';
import type { ServiceContext } from '../hub';
import { toGroupResponse, type GroupListSchema, type GroupSchema } from '../contract/groups/schema';

export type GroupData = z.infer<typeof GroupSchema>;
export type GroupList = z.infer<typeof GroupListSchema>;

/** Every group (experiments, sectors, teams), by name. */
export async function listGroups(ctx: ServiceContext): Promise<GroupList> {
  return { items: (await listGroupRows(ctx.db)).map(toGroupResponse) };
}

/** One group; a missing one is a 404. */
export async function getGroup(ctx: ServiceContext, id: string): Promise<GroupData> {
  const group = await getGroupRow(ctx.db, id);
  if (!group) throw notFound(`Group "${id}"`);
  return toGroupResponse(group);
}
