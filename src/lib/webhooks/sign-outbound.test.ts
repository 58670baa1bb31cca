import { describe, expect, it } from 'vitest';
import { signOutbound } from './sign-outbound';
import { generateSecret } from './standard-secret';
import { verifyStandard } from './standard-webhooks';

const timestamp = 1_700_000_000;
const now = new Date(timestamp * 1000);
const body = JSON.stringify({ type: 'retrain.requested', data: { model: 'jet-tagger', reason: 'dataset v2' } });

describe('signOutbound', () => {
  it('produces the Standard Webhooks header set', async () => {
    const headers = await signOutbound({ secret: generateSecret(), id: 'msg_retrain_1', timestamp, body });
    expect(Object.keys(headers).sort()).toEqual([
      'content-type',
      'webhook-id',
      'webhook-signature',
      'webhook-timestamp',
    ]);
    expect(headers).toMatchObject({
      'webhook-id': 'msg_retrain_1',
      'webhook-timestamp': '1700000000',
      'content-type': 'application/json',
    });
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
  });
  it('is verified by verifyStandard as a receiver would, via fetch Headers', async () => {
    const secret = generateSecret();
    const headers = new Headers(await signOutbound({ secret, id: 'msg_2', timestamp, body }));
    expect(await verifyStandard({ secrets: [secret], headers, body, now })).toMatchObject({ ok: true, id: 'msg_2' });
  });
  it('signs with both secrets during rotation, so receivers with either verify', async () => {
    const [oldSecret, newSecret] = [generateSecret(), generateSecret()];
    const headers = await signOutbound({ secret: [oldSecret, newSecret], id: 'msg_3', timestamp, body });
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    for (const secret of [oldSecret, newSecret]) {
      expect(await verifyStandard({ secrets: [secret], headers, body, now })).toMatchObject({ ok: true });
    }
  });
  it('refuses an empty secret list', async () => {
    await expect(signOutbound({ secret: [], id: 'm', timestamp, body })).rejects.toThrow(TypeError);
  });
  it('lets the caller set another content type', async () => {
    const headers = await signOutbound({
      secret: generateSecret(),
      id: 'm',
      timestamp,
      body: 'a=1',
      contentType: 'text/plain',
    });
    expect(headers['content-type']).toBe('text/plain');
  });
});
