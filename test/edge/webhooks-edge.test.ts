import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken, hashToken } from '../../src/lib/tokens';
import { signStandard, verifyStandard } from '../../src/lib/webhooks';
import { startEdgeHost, WRANGLER, WRANGLER_ENV, type EdgeHost } from '../helpers/edge-host';
import { freePort, waitFor } from '../helpers/hub-server';
import { startReceiver, type Receiver } from '../helpers/receiver';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Webhooks on the edge host for real: workerd's WebCrypto (HMAC, AES-GCM), D1 batches with
 * the catalog's captured statements, the append-only triggers, and outbound delivery driven
 * by POST /api/webhooks/outbound/run (the edge worker has no loop of its own).
 */
describe('webhooks on the edge host (wrangler pages dev + local D1)', () => {
  const token = generateToken();
  let host: EdgeHost;
  let base = '';
  let receiver: Receiver;
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    receiver = await startReceiver(() => ({ status: 202 }));
    const setup =
      `INSERT INTO groups (id, name, kind) VALUES ('it', 'IT', 'team'); ` +
      `INSERT INTO api_tokens (id, name, token_hash, scopes, group_id) VALUES ('tok_edge', 'edge test', '${await hashToken(token)}', '["admin"]', 'it'); ` +
      `INSERT INTO models (slug, name, summary, task, card_metadata, tags, contacts, card_datasets, languages, owner_group_id) ` +
      `VALUES ('edge-model', 'Edge model', 'On D1.', 'trigger', '{}', '[]', '[]', '[]', '[]', 'it'); ` +
      `INSERT INTO datasets (slug, name, summary, format, owner_group_id, tags, contacts) VALUES ('edge-data', 'Edge data', 'On D1.', 'parquet', 'it', '[]', '[]');`;
    host = await startEdgeHost({
      bindings: ['HUB_SECRET_KEY=edge-test-server-key-0123456789abcdefghij', 'WEBHOOK_ALLOW_PRIVATE_TARGETS=1'],
      prepare: async ({ dir, executeSql }) => {
        writeFileSync(join(dir, 'setup.sql'), setup);
        await executeSql(join(dir, 'setup.sql'));
      },
    });
    base = host.base;
  }, 300_000);

  afterAll(async () => {
    await host?.stop();
    await receiver?.close();
  });

  it('verifies, stores and deduplicates signed deliveries, and writes what they carry to the catalog', async () => {
    const source = await api('POST', '/api/webhooks/sources', {
      name: 'edge CI',
      group: 'it',
      allowProtectedAliases: true,
    });
    expect(source.status).toBe(201);
    const body = JSON.stringify({
      type: 'job.succeeded',
      data: { job: { id: 'e1', kind: 'training', model: 'edge-model' }, version: { hyperParameters: { depth: 3 } } },
    });
    const deliver = async (id: string, secret: string, payload = body) => {
      const timestamp = Math.floor(Date.now() / 1000);
      return fetch(`${base}/api/hooks/${source.json.id}`, {
        method: 'POST',
        headers: {
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': await signStandard({ secret, id, timestamp, body: payload }),
        },
        body: payload,
      });
    };
    const first = await deliver('msg_edge_1', source.json.secret);
    expect(first.status, host.output().slice(-2000)).toBe(200);
    const again = await deliver('msg_edge_1', source.json.secret);
    expect(await again.json()).toMatchObject({ duplicate: true });
    expect((await deliver('msg_edge_2', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).status).toBe(401);
    const promote = JSON.stringify({
      type: 'model.alias.set',
      data: { model: 'edge-model', alias: 'production', version: 1 },
    });
    expect((await deliver('msg_edge_3', source.json.secret, promote)).status, host.output().slice(-2000)).toBe(200);
    expect(
      (
        await api('POST', '/api/models/edge-model/retrain-policies', {
          kind: 'dataset_version',
          config: { dataset: 'edge-data' },
        })
      ).status,
    ).toBe(201);
    const publish = JSON.stringify({
      type: 'dataset.version.published',
      data: {
        dataset: 'edge-data',
        version: { version: 'v2', bytes: 5, fileCount: 1, replicas: [{ uri: 's3://edge/v2/' }] },
      },
    });
    expect((await deliver('msg_edge_4', source.json.secret, publish)).status, host.output().slice(-2000)).toBe(200);
    const timeline = await api('GET', '/api/models/edge-model/events?after=0');
    expect(timeline.json.items.map((e: { stage: string }) => e.stage)).toEqual([
      'trained',
      'promoted',
      'dataset-published',
      'retrain-requested',
    ]);
    expect(timeline.json.items[0]).toMatchObject({ modelVersion: 1 });
  });

  it('sends a retrain trigger from POST /api/webhooks/outbound/run, signed', async () => {
    const trigger = await api('PUT', '/api/models/edge-model/trigger', { url: receiver.url });
    expect(trigger.status).toBe(201);
    const request = await api('POST', '/api/models/edge-model/retrain-requests', { note: 'from the edge test' });
    expect(request.status).toBe(201);
    const ran = await api('POST', '/api/webhooks/outbound/run');
    expect(ran.status).toBe(200);
    // The request opened by the dataset policy above had no trigger yet; only this one is sent.
    expect(ran.json.delivered).toBe(1);
    const received = await receiver.nth(1);
    const verified = await verifyStandard({
      secrets: [trigger.json.secret],
      headers: received.headers as Record<string, string>,
      body: received.body,
      now: new Date(),
    });
    expect(verified.ok).toBe(true);
    expect((await api('GET', `/api/models/edge-model/retrain-requests/${request.json.id}`)).json.status).toBe(
      'triggered',
    );
  });
  it('the outbound cron Worker (workers/outbound-cron) runs due deliveries when its schedule fires', async () => {
    const request = await api('POST', '/api/models/edge-model/retrain-requests', { note: 'sent by the cron' });
    expect(request.status).toBe(201);
    const port = await freePort();
    let cronOutput = '';
    const cron = spawn(
      WRANGLER,
      [
        'dev',
        '--config',
        'workers/outbound-cron/wrangler.toml',
        '--test-scheduled',
        '--port',
        String(port),
        '--ip',
        '127.0.0.1',
        '--var',
        `HUB_URL:${base}`,
        '--var',
        `HUB_TOKEN:${token}`,
      ],
      {
        cwd: ROOT,
        env: WRANGLER_ENV,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    cron.stdout!.on('data', (d: Buffer) => (cronOutput += d.toString()));
    cron.stderr!.on('data', (d: Buffer) => (cronOutput += d.toString()));
    try {
      // What Cloudflare does every minute: fire the Cron Trigger.
      await waitFor(
        async () => {
          const res = await fetch(`http://127.0.0.1:${port}/__scheduled?cron=*+*+*+*+*`);
          if (!res.ok) throw new Error(`scheduled ${res.status}: ${cronOutput.slice(-2000)}`);
        },
        { timeoutMs: 90_000, intervalMs: 500 },
      );
      const received = await receiver.nth(2, 30_000);
      expect(received.body).toContain(request.json.id);
      await waitFor(async () => {
        const status = (await api('GET', `/api/models/edge-model/retrain-requests/${request.json.id}`)).json.status;
        if (status !== 'triggered') throw new Error(`request is ${status}`);
      });
      // The Worker logs what the run did once its waitUntil settles.
      await waitFor(
        async () => {
          if (!/outbound run: \{.*"delivered":1/.test(cronOutput))
            throw new Error(`no run logged:\n${cronOutput.slice(-2000)}`);
        },
        { timeoutMs: 15_000 },
      );
    } finally {
      const exited = new Promise((resolve) => cron.once('exit', resolve));
      cron.kill('SIGTERM');
      await exited;
    }
  }, 150_000);
});
