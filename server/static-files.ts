import type { HttpBindings } from '@hono/node-server';
import { createStreamBody } from '@hono/node-server/utils/stream';
import type { Context, MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { createReadStream, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { isCompressibleType, negotiateEncoding, type ContentEncoding } from './compression';
import { PRECOMPRESSED_SUFFIX } from './precompress';

/** Files under /_astro/ carry a content hash in their name: they never change under one URL. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (prerendered pages, public/ files such as the demo models) is revalidated. */
export const REVALIDATE = 'no-cache';

export function cacheControlFor(path: string): string {
  return path.startsWith('/_astro/') ? IMMUTABLE : REVALIDATE;
}

function statFile(path: string): Stats | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

/** The file a URL path names: itself, or its folder's index.html; undefined for anything unsafe. */
function resolveFile(root: string, urlPath: string): { path: string; stats: Stats } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (/(?:^|[/\\])\.{1,2}(?:$|[/\\])|[/\\]{2,}|\\|\0/.test(decoded)) return undefined;
  const direct = join(root, decoded);
  const file = statFile(direct);
  if (file) return { path: direct, stats: file };
  const index = join(direct, 'index.html');
  const indexStats = statFile(index);
  return indexStats ? { path: index, stats: indexStats } : undefined;
}

const etagOf = (stats: Stats, encoding: ContentEncoding | null) =>
  `"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * The built site's files (dist/node/client) for GET and HEAD: the Brotli or gzip copy written at
 * build time (server/precompress.ts) when the request accepts it, with `Vary: Accept-Encoding` on
 * every file that has one; an ETag per file and encoding, answered with 304; single byte ranges
 * of the identity file; hashed assets cached for a year.
 */
export function staticFiles(root: string): MiddlewareHandler<{ Bindings: HttpBindings }> {
  return async (c: Context, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const file = resolveFile(root, c.req.path);
    if (!file) return next();
    const type = getMimeType(file.path) ?? 'application/octet-stream';
    const available = (['br', 'gzip'] as const).filter((e) => statFile(file.path + PRECOMPRESSED_SUFFIX[e]));
    const range = c.req.header('range');
    // A range is of the identity bytes: ranges of a compressed copy would mean nothing to a cache.
    const encoding = range ? null : negotiateEncoding(c.req.header('accept-encoding'), available);
    const path = encoding ? file.path + PRECOMPRESSED_SUFFIX[encoding] : file.path;
    const stats = encoding ? statFile(path)! : file.stats;
    const etag = etagOf(file.stats, encoding);

    c.header('Content-Type', type);
    c.header('Cache-Control', cacheControlFor(c.req.path));
    c.header('ETag', etag);
    c.header('Last-Modified', file.stats.mtime.toUTCString());
    if (available.length || isCompressibleType(type)) c.header('Vary', 'Accept-Encoding');
    if (encoding) c.header('Content-Encoding', encoding);
    if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304);

    let start = 0;
    let end = stats.size - 1;
    let status: 200 | 206 = 200;
    c.header('Accept-Ranges', 'bytes');
    const m = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null;
    // (A Range header that is not one byte range is ignored: the whole file.)
    if (m && (m[1] || m[2])) {
      const size = stats.size;
      if (m[1]) {
        start = Number(m[1]);
        end = m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
      } else {
        start = Math.max(0, size - Number(m[2]));
      }
      if (start > end || start >= size) {
        c.header('Content-Range', `bytes */${size}`);
        return c.body(null, 416);
      }
      status = 206;
      c.header('Content-Range', `bytes ${start}-${end}/${size}`);
    }
    c.header('Content-Length', String(end - start + 1));
    if (c.req.method === 'HEAD') return c.body(null, status);
    return c.body(createStreamBody(createReadStream(path, { start, end })), status);
  };
}
