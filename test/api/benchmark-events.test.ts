import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { benchmarkResults, events, webhookDeliveries } from '../../db/schema';
import { benchmarkInput, createTestToken, modelInput, modelVersionInput } from '../factories';
import { createLifecycleHub, sourceFor, type LifecycleHub } from '../helpers/lifecycle';

let hub: LifecycleHub;
let cms: string;

beforeEach(async () => {
  hub = await createLifecycleHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
  await hub.call('POST', '/api/models', { body: modelInput({ slug: 'tagger' }), headers: { authorization: cms } });
  // Registering through the API logs a model.version.registered event; the tests below count benchmark.completed only.
  await hub.call('POST', '/api/models/tagger/versions', { body: modelVersionInput(), headers: { authorization: cms } });
  hub.published.length = 0;
});

/** A benchmark.completed delivery as the harness's --post sends it. */
function completed(overrides: Record<string, unknown> = {}) {
  const { model, version, ...result } = benchmarkInput('tagger', 1, overrides);
  return {
    type: 'benchmark.completed',
    data: {
      model,
      version,
      engine: 'onnxruntime-node 1.30.0 · cpu',
      hardware: 'AMD EPYC 7763, 16 cores',
      settings: { batch: 1, threads: 1 },
      metrics: { latency_p50_ms: 0.055, latency_p99_ms: 0.1, throughput_per_s: 9500 },
      result: { ...result, provenance: { ...result.provenance, source: 'ci' } },
    },
  };
}

describe('benchmark.completed with a result', () => {
  it('stores the result in the same transaction as its event, linked to the delivery', async () => {
    const source = await sourceFor(hub, 'cms');
    const res = await hub.deliver(source, completed());
    expect(res.status).toBe(200);
    const [row] = await hub.db.select().from(benchmarkResults);
    const [event] = await hub.db.select().from(events).where(eq(events.type, 'benchmark.completed'));
    expect(row).toMatchObject({
      eventRef: event!.ref,
      webhookSourceId: source.id,
      source: 'ci',
      submitter: 'CI of cms',
      valid: true,
      batchSize: 1,
    });
    const list = await hub.call('GET', '/api/models/tagger/versions/1/benchmarks');
    expect(list.json.items[0]).toMatchObject({
      provenance: { source: 'ci', eventRef: event!.ref },
      artifact: { precision: 'fp32' },
    });
    expect(hub.published).toContain('benchmark of tagger v1');
  });

  it('is idempotent: a repeated delivery stores no second result', async () => {
    const source = await sourceFor(hub, 'cms');
    const body = completed();
    expect((await hub.deliver(source, body, { id: 'msg_bench_1' })).status).toBe(200);
    const again = await hub.deliver(source, body, { id: 'msg_bench_1' });
    expect(again.json.duplicate).toBe(true);
    expect(await hub.db.select().from(benchmarkResults)).toHaveLength(1);
  });

  it('rejects (422) a result for an artifact the version does not have, storing neither event nor result', async () => {
    const source = await sourceFor(hub, 'cms');
    const res = await hub.deliver(source, completed({ artifact: { sha256: 'ef'.repeat(32) } }));
    expect(res.status).toBe(422);
    expect(res.json.error.details).toMatchObject({ reason: 'unknown_artifact' });
    expect(res.json.error.details.issues[0].path).toBe('data.result.artifact.sha256');
    expect(await hub.db.select().from(events).where(eq(events.type, 'benchmark.completed'))).toHaveLength(0);
    expect(await hub.db.select().from(benchmarkResults)).toHaveLength(0);
    const [delivery] = await hub.db.select().from(webhookDeliveries);
    expect(delivery).toMatchObject({ status: 'rejected', errorCode: 'unknown_artifact' });
  });

  it('refuses a record claiming the community source (422, invalid payload)', async () => {
    const source = await sourceFor(hub, 'cms');
    const body = completed();
    (body.data.result.provenance as { source: string }).source = 'community';
    const res = await hub.deliver(source, body);
    expect(res.status).toBe(422);
    expect(await hub.db.select().from(benchmarkResults)).toHaveLength(0);
  });

  it('keeps an event without a result in the log only', async () => {
    const source = await sourceFor(hub, 'cms');
    const { result: _result, ...data } = completed().data;
    expect((await hub.deliver(source, { type: 'benchmark.completed', data })).status).toBe(200);
    expect(await hub.db.select().from(events).where(eq(events.type, 'benchmark.completed'))).toHaveLength(1);
    expect(await hub.db.select().from(benchmarkResults)).toHaveLength(0);
  });
});
