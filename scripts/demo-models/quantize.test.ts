import { describe, expect, it } from 'vitest';
import { createMlp } from './mlp';
import { toNetwork } from './network';
import { calibrateInt8 } from './quantize';
import { createRandom } from '../../src/lib/demo-data/random';

describe('calibrateInt8', () => {
  const network = toNetwork(
    createMlp([4, 6, 6, 2], createRandom(31)),
    'x',
    { mean: [0, 0, 0, 0], scale: [1, 1, 1, 1] },
    { kind: 'softmax' },
  );
  const random = createRandom(32);
  const x = Float32Array.from({ length: 4 * 200 }, () => random.normal());
  const q = calibrateInt8(network, x, 200, { quantile: 1 });

  it('maps the largest weight of every output column to ±127', () => {
    q.weights.forEach(({ values, scales }, l) => {
      const layer = network.layers[l]!;
      for (let j = 0; j < layer.outputs; j++) {
        let maxLevel = 0;
        for (let i = 0; i < layer.inputs; i++) maxLevel = Math.max(maxLevel, Math.abs(values[i * layer.outputs + j]!));
        expect(maxLevel).toBe(127);
        expect(scales[j]).toBeGreaterThan(0);
      }
    });
  });

  it('gives one input scale per feature and one uint8 scale per hidden layer', () => {
    expect(q.input.scales).toHaveLength(4);
    expect(q.input.type).toBe('int8');
    expect(q.activations).toHaveLength(2);
    for (const a of q.activations) {
      expect(a.type).toBe('uint8');
      expect(a.scales).toHaveLength(1);
      expect(a.zeroPoint).toBe(0);
    }
  });

  it('covers the calibration range of the input with the int8 levels', () => {
    let maxAbs = 0;
    for (let k = 0; k < x.length; k += 4) maxAbs = Math.max(maxAbs, Math.abs(x[k]!));
    expect(q.input.scales[0]! * 127).toBeCloseTo(maxAbs, 5);
  });
});
