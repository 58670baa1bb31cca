import { describe, expect, it } from 'vitest';
import { PID_SPECIES, pidPosterior } from '../../../src/lib/demo-data/datasets/pid-dedx';
import { createMlp } from '../mlp';
import { createRandom } from '../../../src/lib/demo-data/random';
import { magnitudeMasks } from './jet-btag-variants';
import { PID_EXAMPLES } from './pid-dedx';

describe('demo model examples and pruning', () => {
  it('places every PID example where the exact posterior is above 0.95 for its class', () => {
    for (const { input, expected } of PID_EXAMPLES) {
      const posterior = pidPosterior(input[0]!, input[1]!);
      const c = PID_SPECIES.findIndex((s) => s.label === expected);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(posterior[c]).toBeGreaterThan(0.95);
    }
  });

  it('prunes exactly half of every weight matrix, the smallest magnitudes first', () => {
    const mlp = createMlp([6, 24, 24, 2], createRandom(51));
    const masks = magnitudeMasks(mlp, 0.5);
    mlp.layers.forEach((layer, l) => {
      const mask = masks[l]!;
      expect(mask.filter((m) => m === 0).length).toBe(Math.floor(layer.weights.length / 2));
      let largestPruned = 0;
      let smallestKept = Infinity;
      layer.weights.forEach((w, k) => {
        if (mask[k] === 0) largestPruned = Math.max(largestPruned, Math.abs(w));
        else smallestKept = Math.min(smallestKept, Math.abs(w));
      });
      expect(largestPruned).toBeLessThanOrEqual(smallestKept);
    });
  });
});
