import { describe, expect, it } from 'vitest';
import { bindShape, describeInputs, syntheticInputs, UnsupportedInputError } from './synthetic-inputs';

const jet = { name: 'jet_features', type: 'float32', shape: ['batch', 6] };

describe('bindShape', () => {
  it('binds the batch dimension to the batch size and keeps fixed sizes', () => {
    expect(bindShape(jet, 64)).toEqual([64, 6]);
    expect(bindShape({ name: 'x', type: 'float32', shape: [-1, 3, 'height'] }, 8)).toEqual([8, 3, 1]);
  });

  it('prefers a dimension named like a batch over an earlier dynamic one', () => {
    expect(bindShape({ name: 'x', type: 'float32', shape: ['seq', 'batch_size', 4] }, 16, { seq: 20 })).toEqual([
      20, 16, 4,
    ]);
  });

  it('refuses to batch a fixed first dimension, but runs it at its own size', () => {
    const fixed = { name: 'x', type: 'float32', shape: [1, 6] };
    expect(bindShape(fixed, 1)).toEqual([1, 6]);
    expect(() => bindShape(fixed, 8)).toThrow(/fixed shape \[1, 6\]/);
  });

  it('refuses an input without a shape', () => {
    expect(() => bindShape({ name: 'x', type: 'float32', shape: [] }, 1)).toThrow(UnsupportedInputError);
  });
});

describe('syntheticInputs', () => {
  it('gives the same data for the same seed and different data for another seed', () => {
    const a = syntheticInputs([jet], 4, 7)[0]!;
    const b = syntheticInputs([jet], 4, 7)[0]!;
    const c = syntheticInputs([jet], 4, 8)[0]!;
    expect(a.dims).toEqual([4, 6]);
    expect(a.data).toBeInstanceOf(Float32Array);
    expect(a.data.length).toBe(24);
    expect(Array.from(a.data as Float32Array)).toEqual(Array.from(b.data as Float32Array));
    expect(Array.from(a.data as Float32Array)).not.toEqual(Array.from(c.data as Float32Array));
  });

  it('makes typed arrays that match integer, half and boolean inputs', () => {
    const inputs = syntheticInputs(
      [
        { name: 'ids', type: 'int64', shape: ['batch', 3] },
        { name: 'h', type: 'float16', shape: ['batch', 2] },
        { name: 'mask', type: 'bool', shape: ['batch', 3] },
        { name: 'q', type: 'uint8', shape: [2] },
      ],
      2,
      1,
    );
    expect(inputs.map((i) => i.data.constructor.name)).toEqual([
      'BigInt64Array',
      'Uint16Array',
      'Uint8Array',
      'Uint8Array',
    ]);
    expect(inputs[3]!.dims).toEqual([2]);
    expect([...(inputs[0]!.data as BigInt64Array)].every((v) => v >= 0n && v < 100n)).toBe(true);
    expect([...(inputs[2]!.data as Uint8Array)].every((v) => v === 0 || v === 1)).toBe(true);
  });

  it('refuses string inputs and bad batch sizes', () => {
    expect(() => syntheticInputs([{ name: 's', type: 'string', shape: ['batch'] }], 1, 1)).toThrow(/not supported/);
    expect(() => syntheticInputs([jet], 0, 1)).toThrow(RangeError);
  });

  it('describes the inputs with shape, distribution and seed', () => {
    expect(describeInputs(syntheticInputs([jet], 64, 2026), 2026)).toBe(
      'jet_features float32 [64, 6] ~ N(0, 1) (seed 2026)',
    );
  });
});
