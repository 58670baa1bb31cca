import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyStandard } from '../../src/lib/webhooks';
import { OutboundWorker } from '../../server/outbound-worker';
import { createTestToken } from '../factories';
import { waitFor } from '../helpers/hub-server';
import {
  addDataset,
  addDatasetVersion,
  addModel,
  createLifecycleHub,
  sourceFor,
  TEST_SERVER_KEY,
  type LifecycleHub,
} from '../helpers/lifecycle';
import { startReceiver, type Receiver } from '../helpers/receiver';

/**
 * The whole loop of issue 4, through the real app, the real outbound worker and a real HTTP
 * receiver: CI reports a training job → version registered → dataset v2 published → policy
 * fires → trigger delivered with a valid signature → CI reports the retraining job → request
 * closed with v2 linked; the timeline shows every step.
 */
describe('lifecycle loop: from a CI training job to a retraining triggered by a new dataset version', () => {
  let hub: LifecycleHub;
  let worker: OutboundWorker;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await startReceiver(() => ({ status: 202 }));
    const appConfig = { webhooks: { secretKey: TEST_SERVER_KEY, allowPrivateTargets: true } };
    let wake = () => {};
    hub = await createLifecycleHub({
      webhooks: { allowPrivateTargets: true },
      hooks: { onOutboundQueued: () => wake() },
    });
    worker = new OutboundWorker({ db: hub.db, appConfig, log: () => {} });
    wake = () => worker.wake();
    worker.start();
  });

  afterAll(async () => {
    await worker.stop();
    await receiver.close();
  });

  it('plays every step and shows it on the timeline', async () => {
    await addModel(hub.db, 'cms', { slug: 'jet-tagger' });
    const dataset = await addDataset(hub.db, 'cms', 'jet-images');
    await addDatasetVersion(hub.db, dataset, 'v1');
    const ci = await sourceFor(hub, 'cms', undefined, { allowProtectedAliases: true });
    const maintainer = (await createTestToken(hub.db, ['maintainer'], 'cms')).authorization;
    const job = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      kind: 'training',
      model: 'jet-tagger',
      ciUrl: `https://gitlab.example.org/jobs/${id}`,
      ...extra,
    });

    // 1. CI reports a training job; its success registers v1, trained on jet-images v1.
    expect((await hub.deliver(ci, { type: 'job.queued', data: { job: job('101') } })).status).toBe(200);
    expect(
      (await hub.deliver(ci, { type: 'job.started', data: { job: job('101', { hardware: '4× A100' }) } })).status,
    ).toBe(200);
    const trained = await hub.deliver(ci, {
      type: 'job.succeeded',
      data: {
        job: job('101', { gpuHours: 12 }),
        version: {
          artifacts: [{ name: 'model.onnx', format: 'onnx', uri: 'root://eos.example//jet-tagger/v1.onnx' }],
          metrics: [{ name: 'auc', value: 0.93 }],
          datasets: [{ dataset: 'jet-images', version: 'v1' }],
        },
      },
    });
    expect(trained.status).toBe(200);
    expect(
      (
        await hub.deliver(ci, {
          type: 'model.alias.set',
          data: { model: 'jet-tagger', alias: 'production', version: 1 },
        })
      ).status,
    ).toBe(200);

    // 2. The maintainer points the model's trigger at CI and asks for retraining on new data.
    const trigger = await hub.call('PUT', '/api/models/jet-tagger/trigger', {
      body: { url: `${receiver.url}?token=secret-trigger-token`, ref: 'main' },
      headers: { authorization: maintainer },
    });
    expect(trigger.status).toBe(201);
    expect(trigger.json.url).not.toContain('secret-trigger-token');
    const policy = await hub.call('POST', '/api/models/jet-tagger/retrain-policies', {
      body: { kind: 'dataset_version', config: { dataset: 'jet-images' }, description: 'retrain on new jet images' },
      headers: { authorization: maintainer },
    });
    expect(policy.status).toBe(201);

    // 3. Dataset v2 is published; the policy fires and the signed trigger reaches CI.
    const published = await hub.deliver(ci, {
      type: 'dataset.version.published',
      data: {
        dataset: 'jet-images',
        version: {
          version: 'v2',
          bytes: 2_000_000,
          fileCount: 20,
          replicas: [{ uri: 'root://eos.example//jet-images/v2/' }],
        },
      },
    });
    expect(published.status).toBe(200);
    const delivered = await receiver.nth(1);
    expect(delivered.url).toBe('/hooks/retrain?token=secret-trigger-token');
    const verified = await verifyStandard({
      secrets: [trigger.json.secret],
      headers: delivered.headers as Record<string, string>,
      body: delivered.body,
      now: new Date(),
    });
    expect(verified.ok).toBe(true);
    const payload = JSON.parse(delivered.body);
    expect(payload).toMatchObject({
      type: 'retrain.requested',
      ref: 'main',
      data: {
        model: { slug: 'jet-tagger' },
        inputs: { parentVersion: 1, dataset: { slug: 'jet-images', version: 'v2' } },
        request: { trigger: 'dataset_version' },
      },
      variables: {
        HUB_MODEL: 'jet-tagger',
        HUB_PARENT_VERSION: '1',
        HUB_DATASET: 'jet-images',
        HUB_DATASET_VERSION: 'v2',
      },
    });
    const requestId: string = payload.data.request.id;
    expect(payload.variables.HUB_RETRAIN_REQUEST).toBe(requestId);
    await waitFor(
      async () => {
        const request = await hub.call('GET', `/api/models/jet-tagger/retrain-requests/${requestId}`);
        expect(request.json.status).toBe('triggered');
      },
      { timeoutMs: 10_000, intervalMs: 50 },
    );

    // 4. CI runs the retraining and reports it, naming the request: v2 is registered and the request closes.
    expect(
      (
        await hub.deliver(ci, {
          type: 'job.started',
          data: { job: job('202', { retrainRequest: requestId, modelVersion: 1 }) },
        })
      ).status,
    ).toBe(200);
    const retrained = await hub.deliver(ci, {
      type: 'job.succeeded',
      data: {
        job: job('202', { retrainRequest: requestId, modelVersion: 1 }),
        version: { datasets: [{ dataset: 'jet-images', version: 'v2' }], metrics: [{ name: 'auc', value: 0.95 }] },
      },
    });
    expect(retrained.status).toBe(200);
    const closed = await hub.call('GET', `/api/models/jet-tagger/retrain-requests/${requestId}`);
    expect(closed.json).toMatchObject({
      status: 'closed',
      resultVersion: 2,
      inputs: { parentVersion: 1, dataset: { slug: 'jet-images', version: 'v2' } },
    });

    // 5. The timeline shows every step, oldest first when read with `after`.
    const timeline = await hub.call('GET', '/api/models/jet-tagger/events?after=0');
    expect(timeline.json.items.map((e: { stage: string }) => e.stage)).toEqual([
      'queued',
      'started',
      'trained',
      'promoted',
      'dataset-published',
      'retrain-requested',
      'retrain-triggered',
      'started',
      'trained',
      'retrain-closed',
    ]);
    const byStage = (stage: string) => timeline.json.items.filter((e: { stage: string }) => e.stage === stage);
    expect(byStage('trained').map((e: { modelVersion: number }) => e.modelVersion)).toEqual([1, 2]);
    expect(byStage('retrain-closed')[0]).toMatchObject({ modelVersion: 2, retrainRequest: requestId });
    expect(byStage('retrain-requested')[0].causeEventId).toBe(published.json.eventId);

    // The delivery log shows the attempt with its response code and latency.
    const log = await hub.call('GET', '/api/models/jet-tagger/deliveries', { headers: { authorization: hub.admin } });
    expect(log.json.items).toHaveLength(1);
    expect(log.json.items[0]).toMatchObject({
      status: 'delivered',
      attempts: 1,
      lastStatusCode: 202,
      retrainRequest: requestId,
    });
    expect(log.json.items[0].attemptLog[0].latencyMs).toBeGreaterThanOrEqual(0);
    expect(receiver.requests).toHaveLength(1);
  });
});
