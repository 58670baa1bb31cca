import { describe, expect, it } from 'vitest';
import { isSignedGitlab, verifyGitlab } from './gitlab';
import { generateSecret } from './standard-secret';
import { signStandard } from './standard-webhooks';

const secret = generateSecret();
const base = {
  'X-Gitlab-Token': secret,
  'X-Gitlab-Event': 'Pipeline Hook',
  'Idempotency-Key': 'f1ee0c3b-1b37-4c2b-8f0e-7a3f7f0a1111',
  'X-Gitlab-Event-UUID': '13792a34-cac6-4fda-95a8-c58e00a3954e',
};

describe('verifyGitlab', () => {
  it('accepts the right token and prefers Idempotency-Key as the delivery id', async () => {
    const result = await verifyGitlab({ secrets: [secret], headers: base });
    expect(result).toEqual({
      ok: true,
      deliveryId: base['Idempotency-Key'],
      event: 'Pipeline Hook',
      matchedSecretIndex: 0,
    });
  });
  it('falls back to X-Gitlab-Event-UUID when Idempotency-Key is absent', async () => {
    const { 'Idempotency-Key': _, ...headers } = base;
    const result = await verifyGitlab({ secrets: [secret], headers });
    expect(result).toMatchObject({ ok: true, deliveryId: base['X-Gitlab-Event-UUID'] });
  });
  it('rejects a wrong token', async () => {
    const result = await verifyGitlab({ secrets: [secret], headers: { ...base, 'X-Gitlab-Token': generateSecret() } });
    expect(result).toMatchObject({ ok: false, reason: 'no_matching_signature' });
  });
  it.each([
    ['a prefix of the secret', secret.slice(0, -1)],
    ['the secret plus a character', `${secret}x`],
    ['the secret in other case', secret.toUpperCase()],
  ])('rejects %s', async (_name, token) => {
    const result = await verifyGitlab({ secrets: [secret], headers: { ...base, 'X-Gitlab-Token': token } });
    expect(result).toMatchObject({ ok: false, reason: 'no_matching_signature' });
  });
  it('rejects a missing token', async () => {
    const { 'X-Gitlab-Token': _, ...headers } = base;
    expect(await verifyGitlab({ secrets: [secret], headers })).toMatchObject({ ok: false, reason: 'missing_headers' });
  });
  it('rejects a delivery with neither Idempotency-Key nor X-Gitlab-Event-UUID', async () => {
    const { 'Idempotency-Key': _a, 'X-Gitlab-Event-UUID': _b, ...headers } = base;
    expect(await verifyGitlab({ secrets: [secret], headers })).toMatchObject({ ok: false, reason: 'missing_headers' });
  });
  it('accepts old and new tokens during rotation and reports which matched', async () => {
    const next = generateSecret();
    const result = await verifyGitlab({ secrets: [next, secret], headers: base });
    expect(result).toMatchObject({ ok: true, matchedSecretIndex: 1 });
  });
  it('reads a Fetch Headers object', async () => {
    const result = await verifyGitlab({ secrets: [secret], headers: new Headers(base) });
    expect(result).toMatchObject({ ok: true });
  });
});

describe('verifyGitlab with a signing token (Standard Webhooks headers)', () => {
  const body = '{"object_kind":"pipeline"}';
  const now = new Date('2026-03-02T09:14:00Z');
  const timestamp = Math.floor(now.getTime() / 1000);
  const signed = async (key = secret, at = timestamp) => ({
    'X-Gitlab-Event': 'Pipeline Hook',
    'Idempotency-Key': 'f1ee0c3b-1b37-4c2b-8f0e-7a3f7f0a2222',
    'webhook-id': 'f1ee0c3b-1b37-4c2b-8f0e-7a3f7f0a2222',
    'webhook-timestamp': String(at),
    'webhook-signature': await signStandard({
      secret: key,
      id: 'f1ee0c3b-1b37-4c2b-8f0e-7a3f7f0a2222',
      timestamp: at,
      body,
    }),
  });
  it('accepts a body signed with the source secret, keyed by webhook-id', async () => {
    const headers = await signed();
    expect(isSignedGitlab(headers)).toBe(true);
    expect(await verifyGitlab({ secrets: [secret], headers, body, now })).toEqual({
      ok: true,
      deliveryId: 'f1ee0c3b-1b37-4c2b-8f0e-7a3f7f0a2222',
      event: 'Pipeline Hook',
      matchedSecretIndex: 0,
      timestamp,
    });
  });
  it('judges a signed delivery by its signature alone, never by a token sent beside it', async () => {
    const headers = { ...(await signed(generateSecret())), 'X-Gitlab-Token': secret };
    expect(await verifyGitlab({ secrets: [secret], headers, body, now })).toMatchObject({
      ok: false,
      reason: 'no_matching_signature',
    });
  });
  it('rejects a changed body and a timestamp outside the window', async () => {
    const headers = await signed();
    expect(await verifyGitlab({ secrets: [secret], headers, body: `${body} `, now })).toMatchObject({ ok: false });
    const late = new Date(now.getTime() + 301_000);
    expect(await verifyGitlab({ secrets: [secret], headers, body, now: late })).toMatchObject({
      ok: false,
      reason: 'timestamp_too_old',
    });
  });
  it('is not GitLab without X-Gitlab-Event: plain Standard Webhooks stay standard', async () => {
    const { 'X-Gitlab-Event': _, ...headers } = await signed();
    expect(isSignedGitlab(headers)).toBe(false);
  });
});
