import { describe, expect, it } from 'vitest';
import { fakeQuantize, roundHalfEven, runNetwork } from './inference';
import { createMlp, mlpForward, softmaxRows } from './mlp';
import { toNetwork } from './network';
import { calibrateInt8 } from './quantize';
import { createRandom } from '../../src/lib/demo-data/random';

function smallNetwork(head: 'softmax' | 'reconstruction-error') {
  const mlp = createMlp(head === 'softmax' ? [3, 8, 3] : [3, 4, 3], createRandom(21));
  const network = toNetwork(mlp, 'x', { mean: [1, -2, 10], scale: [2, 0.5, 4] }, { kind: head });
  const random = createRandom(22);
  const x = Float32Array.from(
    { length: 3 * 50 },
    (_, k) => [1, -2, 10][k % 3]! + random.normal() * [2, 0.5, 4][k % 3]!,
  );
  return { mlp, network, x };
}

describe('runNetwork', () => {
  it('matches the float64 training forward pass after in-graph normalisation', () => {
    const { mlp, network, x } = smallNetwork('softmax');
    const normalized = Float64Array.from(x, (v, k) => (v - [1, -2, 10][k % 3]!) / [2, 0.5, 4][k % 3]!);
    const reference = softmaxRows(mlpForward(mlp, normalized, 50), 50, 3);
    const probabilities = runNetwork(network, x, 50).probabilities!;
    probabilities.forEach((p, k) => expect(Math.abs(p - reference[k]!)).toBeLessThan(1e-5));
  });

  it('returns a reconstruction and its mean squared error per row', () => {
    const { network, x } = smallNetwork('reconstruction-error');
    const out = runNetwork(network, x, 50);
    const reconstruction = out.reconstruction!;
    const score = out.anomaly_score!;
    expect(score).toHaveLength(50);
    const row0 = [0, 1, 2].map((j) => (x[j]! - [1, -2, 10][j]!) / [2, 0.5, 4][j]!);
    const mse = row0.reduce((sum, v, j) => sum + (reconstruction[j]! - v) ** 2, 0) / 3;
    expect(score[0]).toBeCloseTo(mse, 5);
  });

  it('stays within float16 precision of fp32 in fp16 mode and within a few quantization steps in int8 mode', () => {
    const { network, x } = smallNetwork('softmax');
    const fp32 = runNetwork(network, x, 50).probabilities!;
    const fp16 = runNetwork(network, x, 50, 'fp16').probabilities!;
    const quantization = calibrateInt8(network, x, 50, { quantile: 1 });
    const int8 = runNetwork(network, x, 50, 'int8-qdq', quantization).probabilities!;
    let max16 = 0;
    let max8 = 0;
    fp32.forEach((p, k) => {
      max16 = Math.max(max16, Math.abs(p - fp16[k]!));
      max8 = Math.max(max8, Math.abs(p - int8[k]!));
    });
    expect(max16).toBeGreaterThan(0);
    expect(max16).toBeLessThan(5e-3);
    expect(max8).toBeGreaterThan(max16);
    expect(max8).toBeLessThan(0.1);
  });

  it('refuses int8 inference without quantization parameters', () => {
    const { network, x } = smallNetwork('softmax');
    expect(() => runNetwork(network, x, 50, 'int8-qdq')).toThrow(/quantization/);
  });
});

describe('QDQ arithmetic', () => {
  it('rounds halves to even like ONNX QuantizeLinear', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, 2.4, 2.6].map(roundHalfEven)).toEqual([0, 2, 2, 0, -2, 2, 3]);
  });

  it('saturates to the int8 and uint8 ranges', () => {
    const int8 = fakeQuantize(
      Float64Array.of(-1000, 1000, 0.26),
      { scales: Float32Array.of(0.5), zeroPoint: 0, type: 'int8' },
      3,
    );
    expect([...int8]).toEqual([-64, 63.5, 0.5]);
    const uint8 = fakeQuantize(
      Float64Array.of(-3, 1000),
      { scales: Float32Array.of(1), zeroPoint: 0, type: 'uint8' },
      2,
    );
    expect([...uint8]).toEqual([0, 255]);
  });

  it('applies one scale per feature when given several', () => {
    const out = fakeQuantize(
      Float64Array.of(1.3, 1.3),
      { scales: Float32Array.of(1, 0.1), zeroPoint: 0, type: 'int8' },
      2,
    );
    expect(out[0]).toBe(1);
    expect(out[1]).toBeCloseTo(1.3, 6);
  });
});
