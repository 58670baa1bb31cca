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
    expect(await verifyDelivery({ secrets: [secret], headers: { 'content-type': 'application/json' }, body, now })).toMatchObject({
      ok: false,
      scheme: undefined,
      reason: 'missing_headers',
    });
  });
  it('refuses a scheme the source does not accept', async () => {
    const result = await verifyDelivery({ secrets: [secret], headers: gitlabHeaders(), body, now, schemes: ['standard', 'github'] });
    expect(result).toMatchObject({ ok: false, scheme: 'gitlab', reason: 'scheme_not_allowed' });
  });
  it('does not fall back to a valid GitLab token when the Standard signature is bad', async () => {
    const headers = { ...(await standardHeaders()), 'webhook-signature': `v1,${'A'.repeat(43)}=`, ...gitlabHeaders() };
    const result = await verifyDelivery({ secrets: [secret], headers, body, now });
    expect(result).toMatchObject({ ok: false, scheme: 'standard', reason: 'no_matching_signature' });
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
