import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './encoding';
import { generateSecret } from './standard-secret';
import { signStandard, verifyStandard } from './standard-webhooks';

// Standard Webhooks spec example (shared/reference/webhooks.md).
const SPEC = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};
const atSeconds = (s: number) => new Date(s * 1000);
const specHeaders = (signature = SPEC.signature, timestamp = String(SPEC.timestamp)) => ({
  'webhook-id': SPEC.id,
  'webhook-timestamp': timestamp,
  'webhook-signature': signature,
});

describe('Standard Webhooks published test vector', () => {
  it('signStandard reproduces the spec signature', async () => {
    expect(await signStandard(SPEC)).toBe(SPEC.signature);
  });

  it('verifyStandard accepts the spec delivery at its own timestamp', async () => {
    const result = await verifyStandard({
      secrets: [SPEC.secret],
      headers: specHeaders(),
      body: SPEC.body,
      now: atSeconds(SPEC.timestamp),
    });
    expect(result).toEqual({ ok: true, id: SPEC.id, timestamp: SPEC.timestamp, matchedSecretIndex: 0 });
  });

  it('accepts the body as raw bytes as well as a string', async () => {
    const result = await verifyStandard({
      secrets: [SPEC.secret],
      headers: specHeaders(),
      body: new TextEncoder().encode(SPEC.body),
      now: atSeconds(SPEC.timestamp),
    });
    expect(result.ok).toBe(true);
  });
});

describe('verifyStandard rejects', () => {
  const verify = (over: Partial<Parameters<typeof verifyStandard>[0]> = {}) =>
    verifyStandard({
      secrets: [SPEC.secret],
      headers: specHeaders(),
      body: SPEC.body,
      now: atSeconds(SPEC.timestamp),
      ...over,
    });

  it('a wrong secret', async () => {
    const result = await verify({ secrets: [generateSecret()] });
    expect(result).toMatchObject({ ok: false, reason: 'no_matching_signature' });
  });

  it('a tampered body', async () => {
    const result = await verify({ body: '{"test": 2432232315}' });
    expect(result).toMatchObject({ ok: false, reason: 'no_matching_signature' });
  });

  it('a body that differs only in whitespace (the raw body is signed, not the JSON value)', async () => {
    const result = await verify({ body: '{"test":2432232314}' });
    expect(result).toMatchObject({ ok: false, reason: 'no_matching_signature' });
  });

  it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])(
    'a delivery without %s, naming it',
    async (name) => {
      const headers: Record<string, string> = specHeaders();
      delete headers[name];
      const result = await verify({ headers });
      expect(result).toMatchObject({ ok: false, reason: 'missing_headers' });
      expect(result.ok || result.message).toContain(name);
    },
  );

  it('an empty header as missing', async () => {
    const result = await verify({ headers: { ...specHeaders(), 'webhook-signature': '  ' } });
    expect(result).toMatchObject({ ok: false, reason: 'missing_headers' });
  });

  it.each(['1614265330abc', '-1614265330', '1.6e9', 'yesterday'])('a non-numeric timestamp %j', async (ts) => {
    const result = await verify({ headers: specHeaders(SPEC.signature, ts) });
    expect(result).toMatchObject({ ok: false, reason: 'bad_timestamp' });
  });

  it('a delivery id with spaces or control characters', async () => {
    const result = await verify({ headers: { ...specHeaders(), 'webhook-id': 'msg 1' } });
    expect(result).toMatchObject({ ok: false, reason: 'bad_delivery_id' });
  });

  it('a signature header with no parseable v1 entry', async () => {
    const result = await verify({ headers: specHeaders('v1,not*base64') });
    expect(result).toMatchObject({ ok: false, reason: 'malformed_signature' });
  });

  it('a v2-only signature, even one carrying the correct MAC', async () => {
    const mac = SPEC.signature.slice('v1,'.length);
    const result = await verify({ headers: specHeaders(`v2,${mac} v1a,${mac}`) });
    expect(result).toMatchObject({ ok: false, reason: 'unsupported_signature_version' });
  });

  it('when no secrets are configured', async () => {
    const result = await verify({ secrets: [] });
    expect(result).toMatchObject({ ok: false, reason: 'no_matching_signature' });
  });

  it('a validly signed but forged-timestamp message as a signature failure, not a time failure', async () => {
    const result = await verify({ headers: specHeaders(SPEC.signature, String(SPEC.timestamp - 1000)) });
    expect(result).toMatchObject({ ok: false, reason: 'no_matching_signature' });
  });
});

describe('verifyStandard time window (±300 s)', () => {
  const secret = generateSecret();
  const id = 'msg_window';
  const body = '{}';
  const sentAt = 1_700_000_000;
  const at = async (nowSeconds: number, toleranceSeconds?: number) =>
    verifyStandard({
      secrets: [secret],
      headers: {
        'webhook-id': id,
        'webhook-timestamp': String(sentAt),
        'webhook-signature': await signStandard({ secret, id, timestamp: sentAt, body }),
      },
      body,
      now: atSeconds(nowSeconds),
      ...(toleranceSeconds === undefined ? {} : { toleranceSeconds }),
    });

  it('rejects a timestamp 301 s old', async () => {
    expect(await at(sentAt + 301)).toMatchObject({ ok: false, reason: 'timestamp_too_old' });
  });
  it('rejects a timestamp 301 s in the future', async () => {
    expect(await at(sentAt - 301)).toMatchObject({ ok: false, reason: 'timestamp_too_new' });
  });
  it('accepts a timestamp 299 s old', async () => {
    expect(await at(sentAt + 299)).toMatchObject({ ok: true });
  });
  it('accepts a timestamp 299 s in the future', async () => {
    expect(await at(sentAt - 299)).toMatchObject({ ok: true });
  });
  it('accepts exactly 300 s either way, as the reference libraries do', async () => {
    expect(await at(sentAt + 300)).toMatchObject({ ok: true });
    expect(await at(sentAt - 300)).toMatchObject({ ok: true });
  });
  it('uses a custom tolerance when given', async () => {
    expect(await at(sentAt + 61, 60)).toMatchObject({ ok: false, reason: 'timestamp_too_old' });
  });
  it('ignores sub-second parts of now', async () => {
    const result = await verifyStandard({
      secrets: [secret],
      headers: {
        'webhook-id': id,
        'webhook-timestamp': String(sentAt),
        'webhook-signature': await signStandard({ secret, id, timestamp: sentAt, body }),
      },
      body,
      now: new Date((sentAt + 300) * 1000 + 999),
    });
    expect(result.ok).toBe(true);
  });
});

describe('verifyStandard with several signatures and secrets (rotation)', () => {
  const oldSecret = generateSecret();
  const newSecret = generateSecret();
  const id = 'msg_rotation';
  const timestamp = 1_700_000_000;
  const body = '{"type":"job.started"}';
  const now = atSeconds(timestamp);
  const sign = (secret: string) => signStandard({ secret, id, timestamp, body });
  const verify = async (signature: string, secrets: string[]) =>
    verifyStandard({
      secrets,
      headers: { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature },
      body,
      now,
    });

  it('during overlap, a message signed with the old secret verifies and reports index 0', async () => {
    expect(await verify(await sign(oldSecret), [oldSecret, newSecret])).toMatchObject({
      ok: true,
      matchedSecretIndex: 0,
    });
  });
  it('during overlap, a message signed with the new secret verifies and reports index 1', async () => {
    expect(await verify(await sign(newSecret), [oldSecret, newSecret])).toMatchObject({
      ok: true,
      matchedSecretIndex: 1,
    });
  });
  it('after rotation ends, the old secret no longer verifies', async () => {
    expect(await verify(await sign(oldSecret), [newSecret])).toMatchObject({
      ok: false,
      reason: 'no_matching_signature',
    });
  });
  it('accepts a header carrying several signatures when any one matches', async () => {
    const both = `${await sign(oldSecret)} ${await sign(newSecret)}`;
    expect(await verify(both, [newSecret])).toMatchObject({ ok: true, matchedSecretIndex: 0 });
  });
  it('skips unknown versions next to a valid v1 signature', async () => {
    const header = `v2,AAAA v1a,${'A'.repeat(43)}= ${await sign(newSecret)}`;
    expect(await verify(header, [newSecret])).toMatchObject({ ok: true });
  });
  it('accepts repeated signature headers joined by Headers.append', async () => {
    const headers = new Headers({ 'Webhook-Id': id, 'Webhook-Timestamp': String(timestamp) });
    headers.append('Webhook-Signature', await sign(oldSecret));
    headers.append('Webhook-Signature', await sign(newSecret));
    const result = await verifyStandard({ secrets: [newSecret], headers, body, now });
    expect(result).toMatchObject({ ok: true });
  });
  it('reads headers case-insensitively from a plain record', async () => {
    const result = await verifyStandard({
      secrets: [newSecret],
      headers: { 'WEBHOOK-ID': id, 'Webhook-Timestamp': String(timestamp), 'webhook-SIGNATURE': await sign(newSecret) },
      body,
      now,
    });
    expect(result).toMatchObject({ ok: true, id });
  });
});

describe('generateSecret and signStandard inputs', () => {
  it('generates whsec_ + base64 of 32 random bytes, different each time', () => {
    const a = generateSecret();
    const b = generateSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(decodeBase64(a.slice(6))?.length).toBe(32);
    expect(a).not.toBe(b);
  });
  it('a generated secret signs and verifies', async () => {
    const secret = generateSecret();
    const signature = await signStandard({ secret, id: 'msg_1', timestamp: 1_700_000_000, body: 'x' });
    const result = await verifyStandard({
      secrets: [secret],
      headers: { 'webhook-id': 'msg_1', 'webhook-timestamp': '1700000000', 'webhook-signature': signature },
      body: 'x',
      now: atSeconds(1_700_000_000),
    });
    expect(result.ok).toBe(true);
  });
  it('accepts a secret without the whsec_ prefix, as the reference libraries do', async () => {
    expect(await signStandard({ ...SPEC, secret: SPEC.secret.slice(6) })).toBe(SPEC.signature);
  });
  it('refuses a timestamp given in milliseconds', async () => {
    await expect(signStandard({ ...SPEC, timestamp: SPEC.timestamp * 1000 })).rejects.toThrow(RangeError);
  });
  it('refuses a secret that is not base64', async () => {
    await expect(signStandard({ ...SPEC, secret: 'whsec_not base64!' })).rejects.toThrow(TypeError);
  });
});
