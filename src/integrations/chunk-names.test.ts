import { describe, expect, it } from 'vitest';
import { vendorChunkOf } from './chunk-names';

describe('vendor chunk names', () => {
  it('names a library chunk after the library', () => {
    expect(vendorChunkOf('/work/hub/node_modules/chart.js/dist/chart.js')).toBe('chart');
    expect(vendorChunkOf('/work/hub/node_modules/@kurkle/color/dist/color.esm.js')).toBe('chart');
    expect(vendorChunkOf('/work/hub/node_modules/onnxruntime-web/dist/ort.min.mjs')).toBe('onnxruntime');
    expect(vendorChunkOf('/work/hub/node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react');
    expect(vendorChunkOf('C:\\hub\\node_modules\\react\\index.js')).toBe('react');
  });

  it("keeps Rollup's CommonJS helpers out of every library's chunk", () => {
    expect(vendorChunkOf('\0commonjsHelpers.js')).toBe('commonjs-helpers');
  });

  it('leaves our own modules and URL imports of library files alone', () => {
    expect(vendorChunkOf('/work/hub/src/components/sortable-table.ts')).toBeUndefined();
    expect(
      vendorChunkOf('/work/hub/node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.jsep.mjs?url'),
    ).toBeUndefined();
  });
});
