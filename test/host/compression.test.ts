import { readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../../server/site-build';
import { startHub, type RunningHub } from '../helpers/hub-server';

interface Raw {
  status: number;
  headers: Record<string, string | undefined>;
  /** The bytes as they crossed the wire (fetch would decode them). */
  body: Buffer;
}

function raw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode!,
          headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (r: Raw) =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

/**
 * The Node host compresses (server/compression.ts, server/static-files.ts, server/precompress.ts):
 * what a browser receives for each Accept-Encoding, and that caching still works with it.
 */
describe('compression on the Node host', () => {
  let hub: RunningHub;
  let wasmParts: string[] = [];
  beforeAll(async () => {
    hub = await startHub();
    const assets = join(siteDir('node'), 'client', '_astro');
    wasmParts = readdirSync(assets)
      .filter((f) => /^ort-wasm.*\.wasm\..*\.bin$/.test(f))
      .map((f) => `/_astro/${f}`);
  }, 300_000);
  afterAll(async () => {
    await hub?.stop();
  });

  it('serves a page as Brotli, gzip or identity by Accept-Encoding and q-values, the same HTML each way', async () => {
    const identity = await raw(`${hub.url}/models/`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toMatch(/Accept-Encoding/i);
    const html = identity.body.toString();
    expect(html).toContain('<!DOCTYPE html>');

    const cases: [string, string | undefined][] = [
      ['br, gzip', 'br'],
      ['gzip, deflate', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0.8, br;q=0.2', 'gzip'],
      ['br;q=0, gzip;q=0', undefined],
      ['identity', undefined],
      ['deflate', undefined],
    ];
    for (const [accept, expected] of cases) {
      const r = await raw(`${hub.url}/models/`, { 'accept-encoding': accept });
      expect(r.status, accept).toBe(200);
      expect(r.headers['content-encoding'], accept).toBe(expected);
      expect(r.headers.vary, accept).toMatch(/Accept-Encoding/i);
      expect(decode(r).toString(), accept).toBe(html);
      if (expected) {
        expect(r.body.length, accept).toBeLessThan(html.length / 3);
        // The identity length would be a lie about the compressed body.
        expect(r.headers['content-length'], accept).toBeUndefined();
      }
    }
  });

  it('compresses API JSON on the fly and keeps its Vary entries', async () => {
    const r = await raw(`${hub.url}/api/tools`, { 'accept-encoding': 'br' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Array.isArray(JSON.parse(decode(r).toString()).items ?? JSON.parse(decode(r).toString()))).toBe(true);
  });

  it('leaves bodies under 1 KB alone (with their length)', async () => {
    const r = await raw(`${hub.url}/robots.txt`, { 'accept-encoding': 'br, gzip' });
    expect(r.status).toBe(200);
    expect(r.body.length).toBeLessThan(1024);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
  });

  it('serves the precompressed WASM runtime with an immutable year of caching, and measures it', async () => {
    expect(wasmParts.length).toBeGreaterThan(0);
    let identityBytes = 0;
    let brBytes = 0;
    let gzipBytes = 0;
    for (const part of wasmParts) {
      const onDisk = statSync(join(siteDir('node'), 'client', part)).size;
      const br = await raw(`${hub.url}${part}`, { 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers.vary).toBe('Accept-Encoding');
      expect(Number(br.headers['content-length'])).toBe(br.body.length);
      expect(decode(br).length).toBe(onDisk);
      const gz = await raw(`${hub.url}${part}`, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).equals(decode(br))).toBe(true);
      // HEAD: the same headers, no body.
      const head = await raw(`${hub.url}${part}`, { 'accept-encoding': 'br' }, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(head.headers['content-encoding']).toBe('br');
      expect(head.headers['content-length']).toBe(br.headers['content-length']);
      expect(head.headers.etag).toBe(br.headers.etag);
      identityBytes += onDisk;
      brBytes += br.body.length;
      gzipBytes += gz.body.length;
    }
    console.log(
      `[compression] ORT WASM on the wire: identity ${(identityBytes / 1e6).toFixed(2)} MB, gzip ${(gzipBytes / 1e6).toFixed(2)} MB, br ${(brBytes / 1e6).toFixed(2)} MB`,
    );
    expect(brBytes).toBeLessThan(identityBytes / 4);
    expect(gzipBytes).toBeLessThan(identityBytes / 3);
  });

  it('answers a static file per encoding with its own ETag, and a 304 for it', async () => {
    const part = wasmParts[0]!;
    const br = await raw(`${hub.url}${part}`, { 'accept-encoding': 'br' }, 'HEAD');
    const identity = await raw(`${hub.url}${part}`, {}, 'HEAD');
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(br.headers.etag).not.toBe(identity.headers.etag);
    const revalidated = await raw(`${hub.url}${part}`, { 'accept-encoding': 'br', 'if-none-match': br.headers.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.length).toBe(0);
    expect(revalidated.headers.vary).toBe('Accept-Encoding');
    // The identity ETag does not validate the Brotli copy.
    const other = await raw(`${hub.url}${part}`, {
      'accept-encoding': 'br',
      'if-none-match': identity.headers.etag!,
    });
    expect(other.status).toBe(200);
    // A byte range is of the identity file.
    const range = await raw(`${hub.url}${part}`, { 'accept-encoding': 'br', range: 'bytes=0-7' });
    expect(range.status).toBe(206);
    expect(range.headers['content-encoding']).toBeUndefined();
    expect(range.body.subarray(0, 4).toString('hex')).toBe('0061736d');
  });

  it('gives prerendered pages a precompressed copy that revalidates, and hashed scripts an immutable one', async () => {
    const docs = await raw(`${hub.url}/docs/events/`, { 'accept-encoding': 'br' });
    expect(docs.headers['content-encoding']).toBe('br');
    expect(docs.headers['cache-control']).toBe('no-cache');
    expect(decode(docs).toString()).toContain('<!DOCTYPE html>');
    const script = /src="(\/_astro\/[^"]+\.js)"/.exec(decode(docs).toString())?.[1];
    expect(script).toBeDefined();
    const js = await raw(`${hub.url}${script}`, { 'accept-encoding': 'gzip' });
    expect(js.status).toBe(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('still answers a data page with 304 when the browser revalidates the compressed copy', async () => {
    const first = await raw(`${hub.url}/models/jet-btag/`, { 'accept-encoding': 'br' });
    expect(first.headers['content-encoding']).toBe('br');
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^W\/"[\w+/]+"$/);
    const again = await raw(`${hub.url}/models/jet-btag/`, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers.vary).toMatch(/Accept-Encoding/i);
    // An identity client's strong ETag validates too: the content is the same.
    const plain = await raw(`${hub.url}/models/jet-btag/`);
    const strong = await raw(`${hub.url}/models/jet-btag/`, { 'if-none-match': plain.headers.etag! });
    expect(strong.status).toBe(304);
  });

  it('answers HEAD for a page with its headers and no body', async () => {
    const head = await raw(`${hub.url}/models/`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers.vary).toMatch(/Accept-Encoding/i);
    expect(head.headers['content-type']).toMatch(/^text\/html/);
  });
});
