import { currentPriceVersionId, getPriceVersion, listPriceVersionIds } from '../../db/queries/prices';
import { costFormChoices } from '../lib/cost-report/form-choices';
import type { CostFormChoices } from '../lib/cost-report/render-form';
import { knownGpuTypes } from '../lib/costs';
import { db } from './db';

/**
 * The cost form's choices at build time: GPUs and storage classes of the current price version.
 * Fails the build when there is no usable price version, saying how to get one.
 */
export async function loadCostFormChoices(today = new Date().toISOString().slice(0, 10)): Promise<CostFormChoices> {
  const [versions, currentId] = await Promise.all([listPriceVersionIds(db), currentPriceVersionId(db, today)]);
  const version = currentId ? await getPriceVersion(db, currentId) : undefined;
  if (!version) throw new Error('No price version in the database: run `npx hub db seed` (it adds the initial one) or publish one with POST /api/costs/price-versions.');
  if (knownGpuTypes(version).length === 0) {
    throw new Error(`Price version "${version.id}" has no GPU rows, so the cost page cannot offer a GPU: publish a complete price version.`);
  }
  return costFormChoices(version, versions, currentId);
}
