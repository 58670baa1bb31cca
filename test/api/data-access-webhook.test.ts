import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { events } from '../../db/schema';
import { createTestToken } from '../factories';
import { dataAccessInput } from '../helpers/data-access';
import { createLifecycleHub, sourceFor, type LifecycleHub } from '../helpers/lifecycle';

let hub: LifecycleHub;

beforeEach(async () => {
  hub = await createLifecycleHub();
  const cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  const res = await hub.call('POST', '/api/hardware', {
    body: {
      slug: 'lxbatch',
      name: 'lxbatch',
      summary: 'CPUs.',
      site: 'CERN',
      zone: 'general-purpose',
      availability: 'shared',
      access: 'Any.',
    },
    headers: { authorization: cms },
  });
  expect(res.status).toBe(201);
});

describe('benchmark.data_access.reported (signed webhook)', () => {
  it("stores the result in the event's transaction, owned by the source's group, with the delivery as eventRef", async () => {
    const source = await sourceFor(hub, 'alice');
    const body = dataAccessInput({
      storage: { kind: 'eos-xrootd', protocol: 'root', endpoint: 'eospublic.cern.ch' },
      hardwarePool: 'lxbatch',
      provenance: { source: 'ci' },
    });
    const res = await hub.deliver(source, { type: 'benchmark.data_access.reported@1', data: body });
    expect(res.status).toBe(200);
    expect(res.json.type).toBe('benchmark.data_access.reported@1');
    const [event] = await hub.db.select().from(events).where(eq(events.id, res.json.eventId));
    expect(event).toMatchObject({ type: 'benchmark.data_access.reported', sourceId: source.id, modelId: null });
    expect(event!.summary).toMatch(
      /^Storage read parquet from eos-xrootd with hyparquet at concurrency 4: [\d.]+ MB\/s$/,
    );
    const list = await hub.call('GET', '/api/benchmarks/data-access?pool=lxbatch');
    expect(list.json.total).toBe(1);
    const [stored] = list.json.items;
    expect(stored).toMatchObject({
      storage: { kind: 'eos-xrootd', protocol: 'root' },
      hardwarePool: { slug: 'lxbatch' },
      validity: { valid: true },
      provenance: { source: 'ci', submitter: 'CI of alice' },
    });
    expect(stored.provenance.eventRef).toBeTruthy();
    expect(hub.published.some((r) => r.startsWith('data-access result da_'))).toBe(true);
  });

  it('rejects an unknown pool or an implausible result (422) and an invalid payload, storing nothing', async () => {
    const source = await sourceFor(hub, 'alice');
    const unknown = await hub.deliver(source, {
      type: 'benchmark.data_access.reported',
      data: dataAccessInput({ hardwarePool: 'no-pool' }),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.details.issues[0].path).toBe('data.hardwarePool');
    const body = dataAccessInput() as any;
    body.results = { ...body.results, throughputMBps: body.results.throughputMBps * 3 };
    const implausible = await hub.deliver(source, { type: 'benchmark.data_access.reported', data: body });
    expect(implausible.status).toBe(422);
    expect(implausible.json.error.details.issues[0].path).toBe('data.results.throughputMBps');
    const invalid = await hub.deliver(source, {
      type: 'benchmark.data_access.reported',
      data: { ...dataAccessInput(), reader: { name: 'PyROOT', version: '6.32' } },
    });
    expect(invalid.status).toBe(422);
    expect((await hub.call('GET', '/api/benchmarks/data-access')).json.total).toBe(0);
  });

  it("refuses to supersede another group's result (403)", async () => {
    const alice = await sourceFor(hub, 'alice');
    const first = await hub.deliver(alice, { type: 'benchmark.data_access.reported', data: dataAccessInput() });
    expect(first.status).toBe(200);
    const [stored] = (await hub.call('GET', '/api/benchmarks/data-access')).json.items;
    const cms = await sourceFor(hub, 'cms-ci');
    const res = await hub.deliver(cms, {
      type: 'benchmark.data_access.reported',
      data: dataAccessInput({ supersedes: stored.id }),
    });
    expect(res.status).toBe(403);
  });
});
