import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { MAX_PART_BYTES, splitBytes } from './ort-wasm-assets';

describe('splitBytes', () => {
  it('cuts into equal parts under the limit that join back to the original', () => {
    const bytes = Uint8Array.from({ length: 1001 }, (_, i) => i % 251);
    const parts = splitBytes(bytes, 400);
    expect(parts.map((p) => p.length)).toEqual([334, 334, 333]);
    const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((offset, p) => (joined.set(p, offset), offset + p.length), 0);
    expect(joined).toEqual(bytes);
  });

  it('keeps a small file whole', () => {
    expect(splitBytes(new Uint8Array(10), 400)).toHaveLength(1);
  });

  it('splits the real onnxruntime-web JSEP binary into parts Cloudflare Pages accepts (25 MiB each)', () => {
    const file = createRequire(import.meta.url).resolve('onnxruntime-web/ort-wasm-simd-threaded.jsep.wasm');
    const size = statSync(file).size;
    const parts = Math.ceil(size / MAX_PART_BYTES);
    expect(size / parts).toBeLessThan(25 * 1024 * 1024);
    expect(size).toBeGreaterThan(25 * 1024 * 1024);
  });
});
