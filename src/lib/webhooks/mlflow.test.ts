import { describe, expect, it } from 'vitest';
import { encodeBase64 } from './encoding';
import { signMlflow, verifyMlflow } from './mlflow';
import { signStandard, verifyStandard } from './standard-webhooks';

const secret = 'my-mlflow-webhook-secret';
const id = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const timestamp = 1_760_000_000;
const body = JSON.stringify({
  entity: 'model_version',
  action: 'created',
  timestamp: '2025-10-09T08:53:20Z',
  data: { name: 'jet-tagger', version: '3' },
});
const now = new Date(timestamp * 1000);

/** Computed independently of the code under test, as MLflow documents it. */
async function mlflowReferenceSignature(): Promise<string> {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = await crypto.subtle.sign('HMAC', key, enc.encode(`${id}.${timestamp}.${body}`));
  return `v1,${encodeBase64(new Uint8Array(mac))}`;
}
const headers = (signature: string, ts = String(timestamp)) => ({
  'X-MLflow-Delivery-Id': id,
  'X-MLflow-Timestamp': ts,
  'X-MLflow-Signature': signature,
});

describe('MLflow webhook compatibility', () => {
  it('signMlflow matches HMAC keyed by the raw secret bytes', async () => {
    expect(await signMlflow({ secret, id, timestamp, body })).toBe(await mlflowReferenceSignature());
  });
  it('verifyMlflow accepts a delivery signed the MLflow way', async () => {
    const result = await verifyMlflow({
      secrets: [secret],
      headers: headers(await mlflowReferenceSignature()),
      body,
      now,
    });
    expect(result).toEqual({ ok: true, deliveryId: id, timestamp, matchedSecretIndex: 0 });
  });
  it('rejects a tampered body', async () => {
    const result = await verifyMlflow({
      secrets: [secret],
      headers: headers(await mlflowReferenceSignature()),
      body: body.replace('"3"', '"4"'),
      now,
    });
    expect(result).toMatchObject({ ok: false, reason: 'no_matching_signature' });
  });
  it('rejects a stale delivery', async () => {
    const result = await verifyMlflow({
      secrets: [secret],
      headers: headers(await mlflowReferenceSignature()),
      body,
      now: new Date((timestamp + 301) * 1000),
    });
    expect(result).toMatchObject({ ok: false, reason: 'timestamp_too_old' });
  });
  it('rejects missing MLflow headers', async () => {
    const result = await verifyMlflow({ secrets: [secret], headers: { 'X-MLflow-Signature': 'v1,AAAA' }, body, now });
    expect(result).toMatchObject({ ok: false, reason: 'missing_headers' });
  });
  it('keys differently from Standard Webhooks: the same whsec_ secret gives different signatures', async () => {
    const whsec = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const asMlflow = await signMlflow({ secret: whsec, id, timestamp, body });
    expect(asMlflow).not.toBe(await signStandard({ secret: whsec, id, timestamp, body }));
    const asStandard = await verifyStandard({
      secrets: [whsec],
      headers: { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': asMlflow },
      body,
      now,
    });
    expect(asStandard).toMatchObject({ ok: false, reason: 'no_matching_signature' });
  });
});
