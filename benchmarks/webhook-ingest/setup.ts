/**
 * Prepares a benchmark database: migrated, with a group, a model and a webhook source whose
 * secret is stored exactly as the API stores it (encrypted with the server key).
 */
import { insertModel } from '../../db/queries/models';
import { insertWebhookSource } from '../../db/queries/webhook-sources';
import { groups } from '../../db/schema';
import { migrateDatabase, openDatabase } from '../../server/database';
import { randomId } from '../../src/lib/tokens';
import { encryptSecret, generateSecret, importServerKey } from '../../src/lib/webhooks';

export interface BenchSource {
  sourceId: string;
  secret: string;
  model: string;
}

export async function prepareBenchDatabase(databaseUrl: string, serverKey: string): Promise<BenchSource> {
  const { client, db } = await openDatabase(databaseUrl);
  await migrateDatabase(db);
  await db.insert(groups).values({ id: 'bench', name: 'Benchmark', kind: 'team' }).onConflictDoNothing();
  const model = 'bench-model';
  await insertModel(db, {
    slug: model,
    name: 'Benchmark model',
    summary: 'Receives benchmark deliveries.',
    task: 'trigger',
    cardMetadata: {},
    tags: [],
    contacts: [],
    cardDatasets: [],
    languages: [],
    ownerGroupId: 'bench',
  });
  const sourceId = randomId('src_');
  const secret = generateSecret();
  await insertWebhookSource(db, {
    id: sourceId,
    name: 'benchmark',
    groupId: 'bench',
    schemes: ['standard'],
    secretBox: await encryptSecret(await importServerKey(serverKey), secret, sourceId),
  });
  client.close();
  return { sourceId, secret, model };
}
