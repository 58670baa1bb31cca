import { describe, expect, it } from 'vitest';
import { describeRunFailure, failureSummary, shorten } from './run-failure';

// Messages onnxruntime-web 1.30.0 threw in headless Chromium (WebGPU on SwiftShader) for models of
// test/fixtures/onnx-verdicts/ (ONNX backend node tests), recorded 2026-12-04.
const CEIL_MODE =
  'ceil_mode output-shape is computed, but ceil_mode kernel execution (padding/divisor) is not yet implemented in the WebGPU AveragePool kernel';
const POOL_3D =
  '[WebGPU] Kernel "[AveragePool] _token_2" failed. Error: Pooling with kernelShape.length > 2 is not supported for NHWC format.';
const BATCHNORM =
  '[WebGPU] Kernel "[BatchNormalization] _token_2" failed. Error: BatchNormalization trainingMode is not supported yet.';
const RECURSIVE = 'kernel "[Sub] normalize_sub" is not allowed to be called recursively';

describe('describeRunFailure', () => {
  it('names the operator and node of a kernel that failed', () => {
    expect(describeRunFailure(new Error(POOL_3D))).toEqual({
      op: 'AveragePool',
      node: '_token_2',
      message: 'Pooling with kernelShape.length > 2 is not supported for NHWC format.',
      stale: false,
    });
    expect(describeRunFailure(BATCHNORM)).toMatchObject({ op: 'BatchNormalization', node: '_token_2' });
  });

  it('names the operator of a failed attribute check, which has no node name', () => {
    expect(describeRunFailure(new Error(CEIL_MODE))).toEqual({
      op: 'AveragePool',
      node: null,
      message: CEIL_MODE,
      stale: false,
    });
  });

  it('recognises the broken state an earlier failure leaves behind', () => {
    const f = describeRunFailure(new Error(RECURSIVE));
    expect(f).toMatchObject({ op: 'Sub', node: 'normalize_sub', stale: true });
    expect(failureSummary(f, 'WebGPU')).toMatch(/^WebGPU was left unusable by an earlier failed run \(Sub/);
  });

  it("reads ORT's executor status messages", () => {
    const f = describeRunFailure(
      "Non-zero status code returned while running Conv node. Name:'conv_1' Status Message: Invalid input shape",
    );
    expect(f).toEqual({ op: 'Conv', node: 'conv_1', message: 'Invalid input shape', stale: false });
  });

  it('keeps unknown messages, shortened', () => {
    const f = describeRunFailure(new Error(`something odd ${'x'.repeat(500)}`));
    expect(f.op).toBeNull();
    expect(f.message.length).toBe(300);
    expect(f.message.endsWith('…')).toBe(true);
    expect(failureSummary(f, 'WebGPU')).toMatch(/^A node failed on WebGPU: something odd/);
    expect(shorten('  a\n\n b  ')).toBe('a b');
  });

  it('summarises with the node when there is one', () => {
    expect(failureSummary(describeRunFailure(POOL_3D), 'WebGPU')).toBe(
      'AveragePool (node _token_2) failed on WebGPU: Pooling with kernelShape.length > 2 is not supported for NHWC format.',
    );
  });
});
