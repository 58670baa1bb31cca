import type { Client } from '@libsql/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { TOTAL_CAP } from '../../db/queries/search';
import { createTestToken } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

// A search counts its matches up to TOTAL_CAP (2,000) and says whether the total is exact. Before
// issue 15's second round was merged, the kind counts of the facets (over the newest 300 matches)
// were added to the matches scanned, so a word with 1,701–2,000 matches answered "more than 1,701"
// (`totalExact: false`) although all of them had been counted.

let hub: TestHub;

/** `count` public models of group cms whose summaries hold "calorimeter", in one statement. */
async function manyModels(count: number, prefix: string) {
  const client = (hub.db as unknown as { $client: Client }).$client;
  await client.execute({
    sql: `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?)
      insert into models (slug, name, summary, task, card_metadata, tags, contacts, card_datasets, languages, owner_group_id)
      select ? || i, 'Calo model ' || i, 'A calorimeter shower model', 'regression', '{}', '[]', '[]', '[]', '[]', 'cms' from n`,
    args: [count, prefix],
  });
}

describe('search totals near the count cap', () => {
  beforeAll(async () => {
    hub = await createTestHub();
    await createTestToken(hub.db, ['write'], 'cms');
    await manyModels(1_800, 'calo-');
  });

  it('says a total of 1,800 is exact, with and without facet filters', async () => {
    for (const query of ['q=calorimeter', 'q=calorimeter&kind=model', 'q=calorimeter&kind=model&group=cms']) {
      const res = await hub.call('GET', `/api/search?${query}`);
      expect(res.status, query).toBe(200);
      expect(res.json, query).toMatchObject({ total: 1_800, totalExact: true, facetsExact: false });
      expect(res.json.facets.kind, query).toMatchObject([{ value: 'model', count: 1_800 }]);
    }
  });

  it('stops counting past the cap and says so', async () => {
    await manyModels(500, 'more-calo-');
    const res = await hub.call('GET', '/api/search?q=calorimeter');
    expect(res.json).toMatchObject({ total: TOTAL_CAP, totalExact: false });
  });
});
