import { roundHalfEven } from './inference';
import type { Int8Quantization, Network, QuantParams } from './network';

export interface CalibrationOptions {
  /** Activation ranges are taken at this quantile of |value| to keep rare outliers from wasting levels. */
  quantile: number;
}

/**
 * Static post-training int8 quantization: symmetric int8 weights with one scale
 * per output column, the normalised input as symmetric int8 with one scale per
 * feature, hidden ReLU
 * outputs as uint8 with zero point 0. Activation ranges come from running the
 * float network on the calibration rows (the training split, never the held-out one).
 */
export function calibrateInt8(
  network: Network,
  calibration: Float32Array,
  n: number,
  options: CalibrationOptions,
): Int8Quantization {
  const weights = network.layers.map((layer) => {
    const scales = new Float32Array(layer.outputs);
    const values = new Int8Array(layer.weights.length);
    for (let j = 0; j < layer.outputs; j++) {
      let maxAbs = 0;
      for (let i = 0; i < layer.inputs; i++) maxAbs = Math.max(maxAbs, Math.abs(layer.weights[i * layer.outputs + j]!));
      scales[j] = maxAbs > 0 ? maxAbs / 127 : 1;
      for (let i = 0; i < layer.inputs; i++) {
        const k = i * layer.outputs + j;
        values[k] = Math.max(-127, Math.min(127, roundHalfEven(Math.fround(layer.weights[k]! / scales[j]!))));
      }
    }
    return { values, scales };
  });

  const width = network.inputWidth;
  let h = new Float64Array(n * width);
  for (let k = 0; k < h.length; k++) {
    const j = k % width;
    h[k] = (calibration[k]! - network.normalization.mean[j]!) / network.normalization.scale[j]!;
  }
  const inputScales = new Float32Array(width);
  for (let j = 0; j < width; j++) {
    const feature = h.filter((_, k) => k % width === j);
    inputScales[j] = Math.max(quantileAbs(feature, options.quantile), 1e-6) / 127;
  }
  const input: QuantParams = { scales: inputScales, zeroPoint: 0, type: 'int8' };

  const activations: QuantParams[] = [];
  for (const layer of network.layers) {
    const out = new Float64Array(n * layer.outputs);
    for (let r = 0; r < n; r++) {
      for (let j = 0; j < layer.outputs; j++) {
        let sum = layer.bias[j]!;
        for (let i = 0; i < layer.inputs; i++) sum += h[r * layer.inputs + i]! * layer.weights[i * layer.outputs + j]!;
        out[r * layer.outputs + j] = layer.activation === 'relu' ? Math.max(0, sum) : sum;
      }
    }
    if (layer.activation === 'relu') {
      activations.push({
        scales: Float32Array.of(Math.max(quantileAbs(out, options.quantile), 1e-6) / 255),
        zeroPoint: 0,
        type: 'uint8',
      });
    }
    h = out;
  }
  return { input, activations, weights };
}

function quantileAbs(values: Float64Array, q: number): number {
  const sorted = values.map(Math.abs).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))]!;
}
