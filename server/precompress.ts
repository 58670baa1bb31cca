/**
 * Writes a Brotli (.br) and a gzip (.gz) copy next to every compressible file of a built site's
 * client folder (dist/node/client), once, at build time: server/static-files.ts serves them to
 * browsers that accept them. Only the Node host needs this; Cloudflare compresses by itself.
 *
 * Brotli runs at quality 11 for files up to 1 MiB (scripts, styles, pages: the best ratio, in
 * milliseconds) and at quality 9 above (onnxruntime-web's WASM runtime: quality 11 would take over
 * a minute of build time per 14 MB part for some 15 % fewer bytes). A copy that saves less than
 * 5 % is not kept.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { ContentEncoding } from './compression';

export const PRECOMPRESSED_SUFFIX: Record<ContentEncoding, string> = { br: '.br', gzip: '.gz' };

/** Extensions worth compressing (the .bin files are the WASM runtime's parts; .onnx the demo models). */
const COMPRESSIBLE_FILE = /\.(html|js|mjs|css|json|svg|txt|xml|md|map|wasm|bin|onnx|webmanifest|ico)$/i;
const MIN_BYTES = 1024;
const BIG_BYTES = 1024 * 1024;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat();
}

export interface PrecompressSummary {
  files: number;
  bytes: number;
  brBytes: number;
  gzipBytes: number;
}

export async function precompressDir(dir: string): Promise<PrecompressSummary> {
  const all = await filesUnder(dir);
  // Copies left from an earlier build into the same folder would be served for files they no longer match.
  await Promise.all(all.filter((f) => /\.(br|gz)$/.test(f)).map((f) => rm(f, { force: true })));
  const files = all.filter((f) => COMPRESSIBLE_FILE.test(f));
  const summary: PrecompressSummary = { files: 0, bytes: 0, brBytes: 0, gzipBytes: 0 };
  // A few at a time: zlib's async calls run on libuv's thread pool.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const { size } = await stat(file);
      if (size < MIN_BYTES) continue;
      const bytes = await readFile(file);
      const [br, gzipped] = await Promise.all([
        brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: size > BIG_BYTES ? 9 : 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: size,
            [constants.BROTLI_PARAM_LGWIN]: size > BIG_BYTES ? 24 : 22,
          },
        }),
        gz(bytes, { level: 9 }),
      ]);
      let kept = false;
      if (br.length < size * 0.95) {
        await writeFile(file + PRECOMPRESSED_SUFFIX.br, br);
        summary.brBytes += br.length;
        kept = true;
      }
      if (gzipped.length < size * 0.95) {
        await writeFile(file + PRECOMPRESSED_SUFFIX.gzip, gzipped);
        summary.gzipBytes += gzipped.length;
        kept = true;
      }
      if (kept) {
        summary.files += 1;
        summary.bytes += size;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return summary;
}
