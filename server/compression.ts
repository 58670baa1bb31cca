/**
 * HTTP compression on the Node host (the edge host needs none of this: Cloudflare compresses
 * responses itself, Brotli or gzip by the browser's Accept-Encoding, so src/middleware.ts and the
 * worker send identity bodies and let the CDN do it).
 *
 * - `negotiateEncoding`: Brotli or gzip from Accept-Encoding, q-values honoured (`br;q=0` refuses
 *   Brotli, `*` covers what is not listed, no header means identity).
 * - `compressNodeResponse`: on-the-fly compression of whatever the host writes to a Node
 *   `ServerResponse` (pages from Astro's adapter, API JSON from Hono): compressible types only,
 *   bodies of at least `MIN_COMPRESS_BYTES`, never a response that says `no-transform` or is
 *   already encoded. A compressed response loses its Content-Length (it is sent chunked) and its
 *   strong ETag becomes weak (same content, other bytes), which src/middleware.ts still matches
 *   for a 304.
 * - Static files are compressed once at build time (server/precompress.ts) and served by
 *   server/static-files.ts.
 */
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { constants, createBrotliCompress, createGzip, type Gzip, type BrotliCompress } from 'node:zlib';

export type ContentEncoding = 'br' | 'gzip';

/** Smaller bodies gain too little to pay for the encoder and the extra headers. */
export const MIN_COMPRESS_BYTES = 1024;

/** Types worth compressing: text of all kinds, JSON, JavaScript, XML, SVG and WebAssembly. */
const COMPRESSIBLE =
  /^\s*(text\/[^;\s]+|application\/(javascript|ecmascript|json|xml|wasm|manifest\+json|x-ndjson|problem\+json)|image\/svg\+xml|[^;\s]+\+(json|xml|text))\s*(;|$)/i;

export function isCompressibleType(contentType: string | undefined | null): boolean {
  return !!contentType && COMPRESSIBLE.test(contentType);
}

/**
 * The encoding to use for a request's Accept-Encoding, among `available` (in the server's order of
 * preference, which breaks ties of q), or null for identity.
 */
export function negotiateEncoding(
  acceptEncoding: string | null | undefined,
  available: readonly ContentEncoding[] = ['br', 'gzip'],
): ContentEncoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let value = 1;
    for (const param of params) {
      const [key, raw] = param.trim().split('=');
      if (key === 'q') value = Number(raw);
    }
    q.set(name, Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);
  }
  let best: ContentEncoding | null = null;
  let bestQ = 0;
  for (const encoding of available) {
    const value = q.get(encoding) ?? (encoding === 'gzip' ? q.get('x-gzip') : undefined) ?? q.get('*') ?? 0;
    if (value > bestQ) {
      best = encoding;
      bestQ = value;
    }
  }
  return best;
}

/** Adds `Accept-Encoding` to a Vary header value unless it is already there (or `*`). */
export function varyWithAcceptEncoding(vary: string | number | string[] | undefined): string {
  const list = (Array.isArray(vary) ? vary.join(',') : String(vary ?? ''))
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (list.some((v) => v === '*' || v.toLowerCase() === 'accept-encoding')) return list.join(', ');
  return [...list, 'Accept-Encoding'].join(', ');
}

/** A strong ETag as a weak one: the compressed bytes differ, what they say does not. */
export function weakEtag(etag: string): string {
  return etag.startsWith('W/') ? etag : `W/${etag}`;
}

function encoderFor(encoding: ContentEncoding): BrotliCompress | Gzip {
  // Quality 5 / level 6: most of the gain for a small share of the CPU of the maximum settings,
  // which only pay for files compressed once (server/precompress.ts).
  return encoding === 'br'
    ? createBrotliCompress({
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
      })
    : createGzip({ level: 6 });
}

type WriteCallback = (error?: Error | null) => void;
type Chunk = string | Uint8Array;

const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) =>
  typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : Buffer.from(chunk);

/**
 * Compresses what is written to `res` from now on, if the request accepts an encoding and the
 * response qualifies. The status line and headers are held back until the first
 * `MIN_COMPRESS_BYTES` of body (or the end) show whether it is worth it.
 */
export function compressNodeResponse(req: IncomingMessage, res: ServerResponse): void {
  const encoding = negotiateEncoding(req.headers['accept-encoding']);
  const head = req.method === 'HEAD';
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  // Calls into the response's own methods with the argument lists Node accepts.
  const raw = {
    writeHead: original.writeHead as (this: ServerResponse, status: number, message?: string) => ServerResponse,
    write: original.write as (this: ServerResponse, chunk: Buffer) => boolean,
    end: original.end as (this: ServerResponse, chunk?: Buffer, cb?: () => void) => ServerResponse,
  };
  let pendingHead: { status: number; message?: string } | undefined;
  let decided = false;
  let encoder: BrotliCompress | Gzip | undefined;
  const held: Buffer[] = [];
  let heldBytes = 0;

  function decide(total: number | null): void {
    decided = true;
    res.writeHead = original.writeHead;
    res.flushHeaders = original.flushHeaders;
    const status = pendingHead?.status ?? res.statusCode;
    const type = res.getHeader('content-type');
    const compressible = isCompressibleType(typeof type === 'string' ? type : undefined);
    const encoded = res.getHeader('content-encoding');
    const noTransform = /no-transform/i.test(String(res.getHeader('cache-control') ?? ''));
    if (compressible && !encoded && !noTransform) res.setHeader('Vary', varyWithAcceptEncoding(res.getHeader('vary')));
    const worth =
      encoding !== null &&
      compressible &&
      !encoded &&
      !noTransform &&
      !head &&
      status >= 200 &&
      status !== 204 &&
      status !== 206 &&
      status !== 304 &&
      (total === null || total >= MIN_COMPRESS_BYTES);
    // A 304 or HEAD names the representation a GET would send: the compressed one, weakly tagged.
    const etagNow = res.getHeader('etag');
    if (
      (status === 304 || head) &&
      encoding !== null &&
      compressible &&
      !encoded &&
      !noTransform &&
      typeof etagNow === 'string'
    )
      res.setHeader('ETag', weakEtag(etagNow));
    if (worth) {
      res.setHeader('Content-Encoding', encoding);
      res.removeHeader('Content-Length');
      // @hono/node-server may have told Node the identity length without a header (its fast path).
      (res as unknown as { _contentLength: number | null })._contentLength = null;
      const etag = res.getHeader('etag');
      if (typeof etag === 'string') res.setHeader('ETag', weakEtag(etag));
      encoder = encoderFor(encoding);
      encoder.on('data', (chunk: Buffer) => raw.write.call(res, chunk));
      encoder.on('end', () => raw.end.call(res));
      encoder.on('error', (error) => res.destroy(error));
    } else {
      // Nothing to do from here on: the response's own methods again.
      res.write = original.write;
      res.end = original.end;
    }
    // The whole body is in hand: say how long it is (Node would otherwise send it chunked).
    if (!encoder && total !== null && total > 0 && !head && !res.hasHeader('content-length'))
      res.setHeader('Content-Length', total);
    if (pendingHead) raw.writeHead.call(res, pendingHead.status, pendingHead.message);
  }

  function push(chunk: Buffer): void {
    if (encoder) encoder.write(chunk);
    else if (chunk.length) raw.write.call(res, chunk);
  }

  res.writeHead = function writeHead(
    status: number,
    messageOrHeaders?: string | OutgoingHttpHeaders | (string | string[])[],
    headers?: OutgoingHttpHeaders | (string | string[])[],
  ) {
    const message = typeof messageOrHeaders === 'string' ? messageOrHeaders : undefined;
    const given = typeof messageOrHeaders === 'string' ? headers : messageOrHeaders;
    if (Array.isArray(given)) {
      for (let i = 0; i + 1 < given.length; i += 2) res.setHeader(String(given[i]), given[i + 1]!);
    } else if (given) {
      for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value);
    }
    res.statusCode = status;
    pendingHead = message === undefined ? { status } : { status, message };
    return res;
  } as ServerResponse['writeHead'];

  // Headers wait for the decision (@hono/node-server flushes them before streaming a body).
  res.flushHeaders = () => undefined;

  res.write = function write(
    chunk: Chunk,
    encodingOrCallback?: BufferEncoding | WriteCallback,
    callback?: WriteCallback,
  ) {
    const cb = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    const buffer = toBuffer(chunk, typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined);
    if (!decided) {
      held.push(buffer);
      heldBytes += buffer.length;
      if (heldBytes >= MIN_COMPRESS_BYTES) {
        decide(null);
        push(Buffer.concat(held.splice(0)));
      }
    } else push(buffer);
    cb?.();
    return true;
  } as ServerResponse['write'];

  res.end = function end(
    chunkOrCallback?: Chunk | (() => void),
    encodingOrCallback?: BufferEncoding | (() => void),
    callback?: () => void,
  ) {
    const cb = [chunkOrCallback, encodingOrCallback, callback].find((a) => typeof a === 'function') as
      (() => void) | undefined;
    if (chunkOrCallback !== undefined && chunkOrCallback !== null && typeof chunkOrCallback !== 'function') {
      const buffer = toBuffer(chunkOrCallback, typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined);
      held.push(buffer);
      heldBytes += buffer.length;
    }
    if (!decided) decide(heldBytes);
    const rest = Buffer.concat(held.splice(0));
    if (encoder) {
      if (cb) res.once('finish', cb);
      encoder.end(rest);
    } else {
      raw.end.call(res, rest.length ? rest : undefined, cb);
    }
    return res;
  } as ServerResponse['end'];
}
