import type { Db } from '../../client';
import { insertPriceVersion } from '../../queries/prices';
import { initialPriceVersion } from './initial';

/** Inserts the first price version unless a version with its id exists; returns how many were added. */
export async function seedPriceVersions(db: Db): Promise<number> {
  return (await insertPriceVersion(db, initialPriceVersion)) ? 1 : 0;
}
