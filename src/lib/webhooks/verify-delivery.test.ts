import { describe, expect, it } from 'vitest';
import { signGithub } from './github';
import { signMlflow } from './mlflow';
import { generateSecret } from './standard-secret';
import { signStandard } from './standard-webhooks';
import { detectScheme, verifyDelivery } from './verify-delivery';

const secret = generateSecret();
const timestamp = 1_700_000_000;
const now = new Date(timestamp * 1000);
const body = '{"type":"job.succeeded","data":{"job_id":"42"}}';

const standardHeaders = async () => ({
  'webhook-id': 'msg_1',
  'webhook-timestamp': String(timestamp),
  'webhook-signature': await signStandard({ secret, id: 'msg_1', timestamp, body }),
});
const githubHeaders = async () => ({
  'x-hub-signature-256': await signGithub(secret, body),
  'x-github-delivery': 'gh-1',
  'x-github-event': 'workflow_job',
});
const gitlabHeaders = () => ({ 'x-gitlab-token': secret, 'idempotency-key': 'gl-1', 'x-gitlab-event': 'Job Hook' });
const mlflowHeaders = async () => ({
  'x-mlflow-delivery-id': 'ml-1',
  'x-mlflow-timestamp': String(timestamp),
  'x-mlflow-signature': await signMlflow({ secret, id: 'ml-1', timestamp, body }),
});

describe('verifyDelivery', () => {
  it('verifies a Standard Webhooks delivery', async () => {
    expect(await verifyDelivery({ secrets: [secret], headers: await standardHeaders(), body, now })).toEqual({
      ok: true,
      scheme: 'standard',
      deliveryId: 'msg_1',
      timestamp,
      event: undefined,
      matchedSecretIndex: 0,
    });
  });
  it('verifies a GitHub delivery with its event name', async () => {
    expect(await verifyDelivery({ secrets: [secret], headers: await githubHeaders(), body, now })).toEqual({
      ok: true,
      scheme: 'github',
      deliveryId: 'gh-1',
      timestamp: undefined,
      event: 'workflow_job',
      matchedSecretIndex: 0,
      signature: (await signGithub(secret, body)).slice('sha256='.length),
    });
  });
  it('verifies a GitLab delivery with its event name', async () => {
    expect(await verifyDelivery({ secrets: [secret], headers: gitlabHeaders(), body, now })).toMatchObject({
      ok: true,
      scheme: 'gitlab',
      deliveryId: 'gl-1',
      event: 'Job Hook',
    });
  });
  it('verifies an MLflow delivery', async () => {
    expect(await verifyDelivery({ secrets: [secret], headers: await mlflowHeaders(), body, now })).toMatchObject({
      ok: true,
      scheme: 'mlflow',
      deliveryId: 'ml-1',
      timestamp,
    });
  });
  it('fails with missing_headers and no scheme when no signature header is present', async () => {
    expect(
      await verifyDelivery({ secrets: [secret], headers: { 'content-type': 'application/json' }, body, now }),
    ).toMatchObject({
      ok: false,
      scheme: undefined,
      reason: 'missing_headers',
    });
  });
  it('refuses a scheme the source does not accept', async () => {
    const result = await verifyDelivery({
      secrets: [secret],
      headers: gitlabHeaders(),
      body,
      now,
      schemes: ['standard', 'github'],
    });
    expect(result).toMatchObject({ ok: false, scheme: 'gitlab', reason: 'scheme_not_allowed' });
  });
  it('does not fall back to a valid GitLab token when the Standard signature is bad', async () => {
    const headers = { ...(await standardHeaders()), 'webhook-signature': `v1,${'A'.repeat(43)}=`, ...gitlabHeaders() };
    const result = await verifyDelivery({ secrets: [secret], headers, body, now });
    // Standard Webhooks headers beside X-Gitlab-Event are GitLab's signing-token scheme.
    expect(result).toMatchObject({ ok: false, scheme: 'gitlab', reason: 'no_matching_signature' });
  });
  it('passes the time window through to timestamped schemes', async () => {
    const late = new Date((timestamp + 301) * 1000);
    const result = await verifyDelivery({ secrets: [secret], headers: await standardHeaders(), body, now: late });
    expect(result).toMatchObject({ ok: false, scheme: 'standard', reason: 'timestamp_too_old' });
  });
  it('detects schemes regardless of header case', () => {
    expect(detectScheme({ 'Webhook-Signature': 'v1,x' })).toBe('standard');
    expect(detectScheme(new Headers({ 'X-Hub-Signature-256': 'sha256=00' }))).toBe('github');
    expect(detectScheme({ 'X-GITLAB-TOKEN': 't' })).toBe('gitlab');
    expect(detectScheme({ 'X-MLflow-Signature': 'v1,x' })).toBe('mlflow');
  });
});

describe('verifyDelivery with a host-supplied MAC function', () => {
  // A stand-in for node:crypto's createHmac, built on WebCrypto so this file stays portable.
  let calls = 0;
  const mac = async (key: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>) => {
    calls++;
    const k = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return new Uint8Array(await crypto.subtle.sign('HMAC', k, data));
  };

  it('verifies the published Standard Webhooks and GitHub test vectors through it', async () => {
    calls = 0;
    const standard = await verifyDelivery({
      secrets: ['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
      headers: {
        'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
        'webhook-timestamp': '1614265330',
        'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
      },
      body: '{"test": 2432232314}',
      now: new Date(1614265330 * 1000),
      mac,
    });
    expect(standard).toMatchObject({ ok: true, scheme: 'standard', matchedSecretIndex: 0 });
    const github = await verifyDelivery({
      secrets: ['wrong', "It's a Secret to Everybody"],
      headers: {
        'x-hub-signature-256': 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
        'x-github-delivery': 'g',
      },
      body: 'Hello, World!',
      now,
      mac,
    });
    expect(github).toMatchObject({ ok: true, scheme: 'github', matchedSecretIndex: 1 });
    expect(calls).toBe(3);
  });

  it('refuses a signature made with another secret, and mlflow works through it too', async () => {
    const bad = await verifyDelivery({ secrets: [generateSecret()], headers: await standardHeaders(), body, now, mac });
    expect(bad).toMatchObject({ ok: false, reason: 'no_matching_signature' });
    expect(await verifyDelivery({ secrets: [secret], headers: await mlflowHeaders(), body, now, mac })).toMatchObject({
      ok: true,
      scheme: 'mlflow',
    });
  });
});
