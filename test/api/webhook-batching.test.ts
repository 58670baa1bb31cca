import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { events, modelVersions, webhookDeliveries } from '../../db/schema';
import { addDataset, addModel, createLifecycleHub, job, sourceFor, type LifecycleHub } from '../helpers/lifecycle';

/** Group commit as the Node host runs it: concurrent deliveries share one transaction. */
let hub: LifecycleHub;

beforeEach(async () => {
  hub = await createLifecycleHub({ webhooks: { ingestBatch: { maxSize: 64, maxWaitMs: 20 } } });
});

describe('group commit of deliveries', () => {
  it('stores a mixed burst (plain events, a version, repeats, a rejection) with the right answer for each', async () => {
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    const sends = [
      ...Array.from({ length: 20 }, (_, i) =>
        hub.deliver(
          source,
          { type: 'job.queued', data: { job: job(model.slug, { id: `q${i}` }) } },
          { id: `msg_q${i}` },
        ),
      ),
      hub.deliver(source, { type: 'job.queued', data: { job: job(model.slug, { id: 'q0' }) } }, { id: 'msg_q0' }),
      hub.deliver(
        source,
        {
          type: 'job.succeeded',
          data: { job: job(model.slug, { id: 'train' }), version: { hyperParameters: { a: 1 } } },
        },
        { id: 'msg_train' },
      ),
      hub.deliver(source, { type: 'job.bogus', data: {} }, { id: 'msg_bogus' }),
    ];
    const answers = await Promise.all(sends);
    expect(answers.map((a) => a.status)).toEqual([...Array(22).fill(200), 422]);
    expect(answers.slice(0, 21).filter((a) => a.json.duplicate)).toHaveLength(1);
    const ids = answers.slice(0, 22).map((a) => a.json.eventId);
    expect(new Set(ids).size).toBe(21);
    expect(await hub.db.select().from(events)).toHaveLength(21);
    expect(await hub.db.select().from(modelVersions).where(eq(modelVersions.modelId, model.id))).toHaveLength(1);
    const log = await hub.db.select().from(webhookDeliveries);
    expect(log.filter((d) => d.status === 'accepted')).toHaveLength(21);
    expect(log.filter((d) => d.status === 'rejected')).toHaveLength(1);
  });

  it('fails only the item that cannot be written, with a 503 that a retry turns into its real answer', async () => {
    const dataset = await addDataset(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms');
    const publish = (id: string) =>
      hub.deliver(
        source,
        {
          type: 'dataset.version.published',
          data: {
            dataset: dataset.slug,
            version: { version: 'v9', bytes: 1, fileCount: 1, replicas: [{ uri: `s3://b/${id}` }] },
          },
        },
        { id },
      );
    const [a, b, plain] = await Promise.all([
      publish('msg_a'),
      publish('msg_b'),
      hub.deliver(source, { type: 'job.queued', data: { job: job('no-such-model') } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 503]);
    expect(plain.status).toBe(422);
    const loser = a.status === 503 ? 'msg_a' : 'msg_b';
    expect((await publish(loser)).status).toBe(409);
  });
});
