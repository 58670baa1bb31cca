import { describe, expect, it } from 'vitest';
import { gpuFromHardware } from './hardware-hint';

const known = ['A100-40GB', 'A100-80GB', 'H100-80GB', 'L4', 'T4'];

describe('gpuFromHardware', () => {
  it('finds the longest known GPU name and the count', () => {
    expect(gpuFromHardware('4× A100-80GB (ml.cern.ch)', known)).toEqual({ gpuType: 'A100-80GB', gpus: 4 });
    expect(gpuFromHardware('2 x NVIDIA H100 80GB', known)).toEqual({ gpuType: 'H100-80GB', gpus: 2 });
    expect(gpuFromHardware('8 GPUs, t4', known)).toEqual({ gpuType: 'T4', gpus: 8 });
  });

  it('leaves out what it cannot tell', () => {
    expect(gpuFromHardware('1 × RTX A6000', known)).toEqual({ gpus: 1 });
    expect(gpuFromHardware('CPU only', known)).toEqual({});
    expect(gpuFromHardware(undefined, known)).toEqual({});
  });
});
