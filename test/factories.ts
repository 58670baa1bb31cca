import { createToken } from '../db/queries/tokens';
import type { Db } from '../db/client';
import { groups, tools, type NewTool, type TokenScope, type Tool } from '../db/schema';

let sequence = 0;
const next = () => ++sequence;

export async function createGroup(db: Db, id = `group-${next()}`) {
  const [group] = await db
    .insert(groups)
    .values({ id, name: id.toUpperCase(), kind: 'experiment' })
    .onConflictDoNothing()
    .returning();
  return group ?? { id };
}

/** A token with the given scopes; returns the Authorization header value too. */
export async function createTestToken(db: Db, scopes: TokenScope[], groupId: string | null = null) {
  if (groupId) await createGroup(db, groupId);
  const { token, secret } = await createToken(db, { name: `test ${scopes.join('+')}`, scopes, groupId });
  return { token, secret, authorization: `Bearer ${secret}` };
}

export function toolInput(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    slug: `tool-${n}`,
    name: `Tool ${n}`,
    summary: `Summary of tool ${n}.`,
    categories: ['library'],
    accessSteps: [{ text: 'Install it.', command: `pip install tool-${n}` }],
    ...overrides,
  };
}

export async function insertTestTool(db: Db, overrides: Partial<NewTool> = {}): Promise<Tool> {
  const n = next();
  const [tool] = await db
    .insert(tools)
    .values({
      slug: `seeded-tool-${n}`,
      name: `Seeded tool ${n}`,
      summary: 'A tool made by a test factory.',
      categories: ['library'],
      accessSteps: [{ text: 'Read the docs.' }],
      requirements: { account: null, networkZones: [], notes: [] },
      hardware: [],
      lifecycle: 'production',
      experiments: [],
      tags: [],
      links: {},
      unverified: [],
      status: 'published',
      publishedAt: new Date(),
      ...overrides,
    })
    .returning();
  return tool!;
}
