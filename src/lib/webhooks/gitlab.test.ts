import { describe, expect, it } from 'vitest';
import { verifyGitlab } from './gitlab';
import { generateSecret } from './standard-secret';

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
