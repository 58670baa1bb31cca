import { describe, expect, it } from 'vitest';
import { gpuFamily, poolsForStudy, type PoolForStudy } from './study-pools';

const pool = (
  slug: string,
  accelerators: PoolForStudy['accelerators'],
  status: string | null = null,
): PoolForStudy => ({
  slug,
  name: slug,
  accelerators,
  capacity: status === null ? null : { status, freeGpus: 1 },
});
const gpu = (model: string | null) => ({ kind: 'gpu', model, vendor: null });

describe('poolsForStudy', () => {
  const pools = [
    pool('t4-pool', [gpu('NVIDIA T4')]),
    pool('a100-down', [gpu('NVIDIA A100 80GB')], 'down'),
    pool('a100-up', [gpu('NVIDIA A100-SXM4-80GB')], 'up'),
    pool('unknown-gpu', [gpu(null)], 'degraded'),
    pool('cpu-only', [{ kind: 'cpu', model: null, vendor: null }]),
  ];

  it('without a GPU type lists every GPU pool that is not down', () => {
    expect(poolsForStudy(pools, null).map((c) => [c.pool.slug, c.match, c.status])).toEqual([
      ['a100-up', 'any-gpu', 'up'],
      ['t4-pool', 'any-gpu', null],
      ['unknown-gpu', 'any-gpu', 'degraded'],
    ]);
  });

  it('with a GPU type keeps pools of that GPU, then those whose GPU model nobody recorded', () => {
    expect(poolsForStudy(pools, 'A100-80GB').map((c) => [c.pool.slug, c.match])).toEqual([
      ['a100-up', 'gpu-type'],
      ['unknown-gpu', 'model-unrecorded'],
    ]);
    expect(poolsForStudy(pools, 'T4').map((c) => c.pool.slug)).toEqual(['t4-pool', 'unknown-gpu']);
  });

  it('reads the GPU family from price-table names', () => {
    expect(gpuFamily('A100-80GB')).toBe('a100');
    expect(gpuFamily('H100-80GB')).toBe('h100');
    expect(gpuFamily('L4')).toBe('l4');
    expect(gpuFamily('NVIDIA RTX A6000')).toBe('a6000');
  });
});
