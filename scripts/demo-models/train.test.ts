import { describe, expect, it } from 'vitest';
import { createMlp, mlpForward } from './mlp';
import { createRandom } from '../../src/lib/demo-data/random';
import { trainMlp } from './train';

function xorData(n: number) {
  const random = createRandom(11);
  const x = new Float64Array(n * 2);
  const labels = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const a = random.uniform() * 2 - 1;
    const b = random.uniform() * 2 - 1;
    x[r * 2] = a;
    x[r * 2 + 1] = b;
    labels[r] = a * b > 0 ? 1 : 0;
  }
  return { x, labels };
}

const options = { epochs: 30, batchSize: 32, learningRate: 0.01, finalLearningRateFactor: 0.1, seed: 5 };

describe('trainMlp', () => {
  it('learns XOR, which no linear model can', () => {
    const { x, labels } = xorData(2000);
    const mlp = createMlp([2, 16, 16, 2], createRandom(1));
    const history = trainMlp(mlp, x, { kind: 'classes', labels, classes: 2 }, 2000, options);
    const logits = mlpForward(mlp, x, 2000);
    let correct = 0;
    for (let r = 0; r < 2000; r++) if ((logits[r * 2 + 1]! > logits[r * 2]! ? 1 : 0) === labels[r]) correct++;
    expect(correct / 2000).toBeGreaterThan(0.93);
    expect(history.epochLoss.at(-1)!).toBeLessThan(history.epochLoss[0]! / 2);
  });

  it('produces bit-identical weights on a rerun', () => {
    const { x, labels } = xorData(500);
    const run = () => {
      const mlp = createMlp([2, 8, 2], createRandom(2));
      trainMlp(mlp, x, { kind: 'classes', labels, classes: 2 }, 500, { ...options, epochs: 3 });
      return mlp.layers.flatMap((l) => [...l.weights, ...l.bias]);
    };
    expect(run()).toEqual(run());
  });

  it('reduces mean squared error when reconstructing its input', () => {
    const random = createRandom(3);
    const x = Float64Array.from({ length: 3000 }, () => random.normal());
    const mlp = createMlp([3, 8, 3], createRandom(4));
    const history = trainMlp(mlp, x, { kind: 'values', values: x }, 1000, { ...options, epochs: 20 });
    expect(history.epochLoss.at(-1)!).toBeLessThan(0.2);
  });

  it('keeps masked weights at exactly zero', () => {
    const { x, labels } = xorData(300);
    const mlp = createMlp([2, 8, 2], createRandom(6));
    const masks = mlp.layers.map((l) => Float64Array.from(l.weights, (_, k) => k % 2));
    trainMlp(mlp, x, { kind: 'classes', labels, classes: 2 }, 300, { ...options, epochs: 2, masks });
    mlp.layers.forEach((layer, l) => {
      layer.weights.forEach((w, k) => {
        if (masks[l]![k] === 0) expect(Object.is(w, 0)).toBe(true);
      });
    });
  });
});
