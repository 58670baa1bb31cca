import { describe, expect, it } from 'vitest';
import { signMlflow } from '../../src/lib/webhooks';
import { addModel, createLifecycleHub, job, sourceFor } from '../helpers/lifecycle';

/**
 * Found by the fuzz suite (test/api/fuzz-webhooks.test.ts): a JSON string may escape a lone
 * surrogate (`"\ud800"`). Rows written in bulk through `json_each` stored it as bytes that are not
 * UTF-8, and the next read of the row (the delivery log, a model's timeline) made libsql's native
 * code panic, ending the whole process. They are stored as U+FFFD, as single inserts are.
 */
describe('lone surrogates in delivered JSON', () => {
  it('an ignored MLflow delivery naming a lone surrogate is logged and the log still reads', async () => {
    const hub = await createLifecycleHub();
    const source = await sourceFor(hub, 'cms', ['mlflow']);
    const raw = String.raw`{"entity":"\ud800","action":"created","timestamp":"2026-11-14T10:00:00.000000+00:00","data":{"name":"m","tags":{},"description":null}}`;
    const id = 'lone-1';
    const timestamp = Math.floor(Date.now() / 1000);
    const res = await hub.call('POST', `/api/hooks/${source.id}`, {
      raw,
      headers: {
        'content-type': 'application/json',
        'x-mlflow-delivery-id': id,
        'x-mlflow-timestamp': String(timestamp),
        'x-mlflow-signature': await signMlflow({ secret: source.secret, id, timestamp, body: raw }),
      },
    });
    expect(res.status).toBe(202);
    const log = await hub.call('GET', `/api/webhooks/sources/${source.id}/deliveries`, {
      headers: { authorization: hub.admin },
    });
    expect(log.status).toBe(200);
    expect(log.json.items[0].eventType).toBe('mlflow:\ufffd.created');
  });

  it("an accepted job event whose name holds a lone surrogate keeps the model's timeline readable", async () => {
    const hub = await createLifecycleHub();
    const model = await addModel(hub.db, 'cms');
    const source = await sourceFor(hub, 'cms', ['standard']);
    const body = { type: 'job.queued', data: { job: job(model.slug, { name: 'train \ud800 tagger' }) } };
    const raw = JSON.stringify(body);
    expect(raw).toContain('\\ud800');
    expect((await hub.deliver(source, body, { raw })).status).toBe(200);
    const timeline = await hub.call('GET', `/api/models/${model.slug}/events`, {
      headers: { authorization: hub.admin },
    });
    expect(timeline.status).toBe(200);
    expect(timeline.json.items).toHaveLength(1);
  });
});
