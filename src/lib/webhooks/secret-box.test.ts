import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, importServerKey, SecretBoxError } from './secret-box';
import { generateSecret } from './standard-secret';

const material = 'test-server-key-0123456789abcdefghijklmnop';

describe('secret box', () => {
  it('round-trips a webhook secret', async () => {
    const key = await importServerKey(material);
    const secret = generateSecret();
    expect(await decryptSecret(key, await encryptSecret(key, secret))).toBe(secret);
  });
  it('round-trips non-ASCII text', async () => {
    const key = await importServerKey(material);
    expect(await decryptSecret(key, await encryptSecret(key, 'clé→秘密'))).toBe('clé→秘密');
  });
  it('writes the compact v1.<iv>.<ciphertext> format without the plaintext', async () => {
    const key = await importServerKey(material);
    const blob = await encryptSecret(key, 'whsec_plaintext');
    expect(blob).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(blob).not.toContain('plaintext');
  });
  it('uses a fresh IV each time, so equal secrets give different blobs', async () => {
    const key = await importServerKey(material);
    expect(await encryptSecret(key, 's')).not.toBe(await encryptSecret(key, 's'));
  });
  it('derives the same key from the same material (blobs survive a restart)', async () => {
    const blob = await encryptSecret(await importServerKey(material), 'persisted');
    expect(await decryptSecret(await importServerKey(material), blob)).toBe('persisted');
  });
  it('fails under a different server key', async () => {
    const blob = await encryptSecret(await importServerKey(material), 'x');
    const other = await importServerKey(`${material}-other`);
    await expect(decryptSecret(other, blob)).rejects.toThrow(SecretBoxError);
  });

  describe('detects tampering', () => {
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

    it('in the ciphertext', async () => {
      const key = await importServerKey(material);
      const blob = await encryptSecret(key, 'whsec_abc');
      await expect(decryptSecret(key, flip(blob, blob.length - 5))).rejects.toThrow(SecretBoxError);
    });
    it('in the IV', async () => {
      const key = await importServerKey(material);
      const blob = await encryptSecret(key, 'whsec_abc');
      await expect(decryptSecret(key, flip(blob, 4))).rejects.toThrow(SecretBoxError);
    });
    it('by truncation', async () => {
      const key = await importServerKey(material);
      const blob = await encryptSecret(key, 'whsec_abc');
      await expect(decryptSecret(key, blob.slice(0, -4))).rejects.toThrow(SecretBoxError);
    });
    it.each(['', 'v1', 'v1..', 'v2.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAA', 'v1.AAAA.AAAA', 'v1.a.b.c'])(
      'in the format (%j)',
      async (blob) => {
        const key = await importServerKey(material);
        await expect(decryptSecret(key, blob)).rejects.toThrow(SecretBoxError);
      },
    );
    it('by moving a blob to another row (associated context)', async () => {
      const key = await importServerKey(material);
      const blob = await encryptSecret(key, 'whsec_abc', 'source:1');
      expect(await decryptSecret(key, blob, 'source:1')).toBe('whsec_abc');
      await expect(decryptSecret(key, blob, 'source:2')).rejects.toThrow(SecretBoxError);
    });
  });

  it('refuses server key material shorter than 32 characters', async () => {
    await expect(importServerKey('short')).rejects.toThrow(SecretBoxError);
  });
});
