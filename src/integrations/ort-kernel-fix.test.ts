import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixKernelAttributeParse } from './ort-kernel-fix';

/** The bundle the site ships (src/integrations/ort-wasm-assets.ts resolves `onnxruntime-web` to it). */
const bundle = readFileSync(
  fileURLToPath(new URL('../../node_modules/onnxruntime-web/dist/ort.min.mjs', import.meta.url)),
  'utf8',
);

type ComputeKernel = (kernelId: number, context: unknown, errors: Promise<string | null>[]) => number;

/** The WebGPU backend's `computeKernel` method, taken from the bundle's own code. */
function computeKernelOf(code: string): ComputeKernel {
  const start = code.indexOf('computeKernel(');
  const method = code.slice(start, code.indexOf('registerBuffer(', start));
  // The method logs through the bundle's debug logger (a minified name): a no-op here.
  const logger = /\b(\w+)\("info",/.exec(method)![1]!;
  const Backend = new Function(logger, `return class { ${method} }`)(() => undefined) as {
    prototype: { computeKernel: ComputeKernel };
  };
  return Backend.prototype.computeKernel;
}

/**
 * The state computeKernel reads: kernel 1 is an AveragePool whose attribute parse throws as
 * onnxruntime-web's does for ceil_mode=1, kernel 2 a kernel that runs.
 */
function backendState() {
  const ran: string[] = [];
  return {
    ran,
    currentKernelId: null as number | null,
    env: { debug: false },
    temporaryData: [] as { id: number }[],
    gpuDataManager: { release: () => undefined },
    kernels: new Map([
      [
        1,
        {
          kernelType: 'AveragePool',
          kernelName: 'ceil_pool',
          kernelEntry: () => ran.push('AveragePool'),
          attributes: [
            () => {
              throw new Error('ceil_mode kernel execution is not yet implemented in the WebGPU AveragePool kernel');
            },
            {},
          ],
        },
      ],
      [2, { kernelType: 'Sub', kernelName: 'normalize_sub', kernelEntry: () => ran.push('Sub'), attributes: [0, {}] }],
    ]),
  };
}

describe('fixKernelAttributeParse', () => {
  it('reproduces the bug in the installed onnxruntime-web: after a failed attribute parse no kernel runs again', () => {
    const computeKernel = computeKernelOf(bundle);
    const backend = backendState();
    expect(() => computeKernel.call(backend, 1, {}, [])).toThrow(/not yet implemented/);
    expect(() => computeKernel.call(backend, 2, {}, [])).toThrow(
      'kernel "[Sub] normalize_sub" is not allowed to be called recursively',
    );
    expect(backend.ran).toEqual([]);
  });

  it('makes the failed parse a failure of that kernel, and later kernels run', async () => {
    const fixed = fixKernelAttributeParse(bundle);
    expect(fixed.found).toBe(true);
    const computeKernel = computeKernelOf(fixed.code);
    const backend = backendState();
    const errors: Promise<string | null>[] = [];
    expect(computeKernel.call(backend, 1, {}, errors)).toBe(1); // ORT_FAIL
    expect(await Promise.all(errors)).toEqual([
      '[WebGPU] Kernel "[AveragePool] ceil_pool" failed. Error: ceil_mode kernel execution is not yet implemented in the WebGPU AveragePool kernel',
    ]);
    expect(backend.currentKernelId).toBeNull();
    expect(computeKernel.call(backend, 2, {}, [])).toBe(0); // ORT_OK
    expect(backend.ran).toEqual(['Sub']);
    // It fails again for its own reason, not a stale one.
    expect(computeKernel.call(backend, 1, {}, [])).toBe(1);
  });

  it('changes only computeKernel, and says when the code is not there', () => {
    const fixed = fixKernelAttributeParse(bundle);
    expect(fixed.code.length - bundle.length).toBeLessThan(200);
    expect(fixed.code.replace(/computeKernel\([^]*?registerBuffer\(/, '')).toBe(
      bundle.replace(/computeKernel\([^]*?registerBuffer\(/, ''),
    );
    const other = 'class B{computeKernel(t,n,r){this.currentKernelId=t;return 0}}';
    expect(fixKernelAttributeParse(other)).toEqual({ code: other, found: false });
  });
});
