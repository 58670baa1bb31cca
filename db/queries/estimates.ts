import { eq } from 'drizzle-orm';
import type { Estimate, EstimateRequest } from '../../src/lib/costs';
import { randomId } from '../../src/lib/tokens';
import type { Db } from '../client';
import { estimates, type EstimateRecord } from '../schema';

/** Stores an estimate with the price version it used; the id is random so saved estimates cannot be enumerated. */
export async function insertEstimate(
  db: Db,
  input: { request: EstimateRequest; result: Estimate; createdByTokenId: string | null },
): Promise<EstimateRecord> {
  const [row] = await db
    .insert(estimates)
    .values({
      id: randomId('est_', 9),
      priceVersionId: input.result.priceVersion.id,
      input: input.request,
      result: input.result,
      createdByTokenId: input.createdByTokenId,
    })
    .returning();
  return row!;
}

export async function getEstimate(db: Db, id: string): Promise<EstimateRecord | undefined> {
  const [row] = await db.select().from(estimates).where(eq(estimates.id, id));
  return row;
}
