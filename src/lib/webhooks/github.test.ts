import { describe, expect, it } from 'vitest';
import { signGithub, verifyGithub } from './github';
import { generateSecret } from './standard-secret';

// GitHub docs example (shared/reference/webhooks.md).
const DOCS = {
  secret: "It's a Secret to Everybody",
  body: 'Hello, World!',
  signature: 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
};
const headers = (signature = DOCS.signature) => ({
  'X-Hub-Signature-256': signature,
  'X-GitHub-Delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
  'X-GitHub-Event': 'workflow_run',
});

describe('GitHub published test vector', () => {
  it('signGithub reproduces the docs signature', async () => {
    expect(await signGithub(DOCS.secret, DOCS.body)).toBe(DOCS.signature);
  });
  it('verifyGithub accepts it and returns the delivery id and event', async () => {
    const result = await verifyGithub({ secrets: [DOCS.secret], headers: headers(), body: DOCS.body });
    expect(result).toEqual({
      ok: true,
      deliveryId: '72d3162e-cc78-11e3-81ab-4c9367dc0958',
      event: 'workflow_run',
      matchedSecretIndex: 0,
      signature: DOCS.signature.slice('sha256='.length),
    });
  });
  it('returns the signature in lowercase hex whatever case it was sent in, so a replay cannot dodge by case', async () => {
    const result = await verifyGithub({
      secrets: [DOCS.secret],
      headers: headers(`sha256=${DOCS.signature.slice('sha256='.length).toUpperCase()}`),
      body: DOCS.body,
    });
    expect(result).toMatchObject({ ok: true, signature: DOCS.signature.slice('sha256='.length) });
  });
});

describe('verifyGithub', () => {
  it('rejects a wrong secret', async () => {
    const result = await verifyGithub({ secrets: ['another secret'], headers: headers(), body: DOCS.body });
    expect(result).toMatchObject({ ok: false, reason: 'no_matching_signature' });
  });
  it('rejects a tampered body', async () => {
    const result = await verifyGithub({ secrets: [DOCS.secret], headers: headers(), body: 'Hello, World?' });
    expect(result).toMatchObject({ ok: false, reason: 'no_matching_signature' });
  });
  it('rejects a missing signature header', async () => {
    const { 'X-Hub-Signature-256': _, ...rest } = headers();
    const result = await verifyGithub({ secrets: [DOCS.secret], headers: rest, body: DOCS.body });
    expect(result).toMatchObject({ ok: false, reason: 'missing_headers' });
  });
  it('rejects a missing delivery id, which deduplication needs', async () => {
    const { 'X-GitHub-Delivery': _, ...rest } = headers();
    const result = await verifyGithub({ secrets: [DOCS.secret], headers: rest, body: DOCS.body });
    expect(result).toMatchObject({ ok: false, reason: 'missing_headers' });
    expect(result.ok || result.message).toContain('x-github-delivery');
  });
  it.each([
    ['the legacy sha1 header format', 'sha1=757107ea0eb2509fc211221cce984b8a37570b6d'],
    ['a truncated MAC', DOCS.signature.slice(0, -2)],
    ['non-hex digits', `sha256=${'z'.repeat(64)}`],
  ])('rejects %s as malformed', async (_name, signature) => {
    const result = await verifyGithub({ secrets: [DOCS.secret], headers: headers(signature), body: DOCS.body });
    expect(result).toMatchObject({ ok: false, reason: 'malformed_signature' });
  });
  it('keys the HMAC with the whole whsec_ string, as GitHub is configured with it', async () => {
    const secret = generateSecret();
    const body = '{"action":"completed"}';
    const result = await verifyGithub({ secrets: [secret], headers: headers(await signGithub(secret, body)), body });
    expect(result).toMatchObject({ ok: true });
  });
  it('verifies with either secret during rotation and reports which', async () => {
    const result = await verifyGithub({ secrets: ['new secret', DOCS.secret], headers: headers(), body: DOCS.body });
    expect(result).toMatchObject({ ok: true, matchedSecretIndex: 1 });
  });
  it('returns event undefined when X-GitHub-Event is absent', async () => {
    const { 'X-GitHub-Event': _, ...rest } = headers();
    const result = await verifyGithub({ secrets: [DOCS.secret], headers: rest, body: DOCS.body });
    expect(result).toMatchObject({ ok: true, event: undefined });
  });
});
