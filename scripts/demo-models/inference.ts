import { roundToFloat16 } from '../../src/lib/demo-data/float16';
import { networkOutputs, OUTPUT_NAMES, type Int8Quantization, type Network, type QuantParams } from './network';

export type NetworkOutputs = Record<string, Float32Array>;

interface Arithmetic {
  /** Storage rounding of every intermediate tensor. */
  round: (v: number) => number;
  weights: (layer: number) => ArrayLike<number>;
  bias: (layer: number) => ArrayLike<number>;
  quantizeInput?: QuantParams;
  quantizeActivation?: (layer: number) => QuantParams | undefined;
}

/**
 * TypeScript forward pass that mirrors the exported graph node by node
 * (Sub, Div, MatMul, Add, Relu, Softmax / reconstruction error), rounding each
 * node's output to the tensor type the graph stores. Sums run in float64, so
 * the only expected difference from an ONNX engine is its float32 summation order.
 */
export function runNetwork(
  network: Network,
  x: Float32Array,
  n: number,
  precision: 'fp32' | 'fp16' | 'int8-qdq' = 'fp32',
  quantization?: Int8Quantization,
): NetworkOutputs {
  return forward(network, x, n, arithmetic(network, precision, quantization));
}

function arithmetic(network: Network, precision: string, quantization?: Int8Quantization): Arithmetic {
  if (precision === 'fp32') {
    return { round: Math.fround, weights: (l) => network.layers[l]!.weights, bias: (l) => network.layers[l]!.bias };
  }
  if (precision === 'fp16') {
    const weights = network.layers.map((l) => Float32Array.from(l.weights, roundToFloat16));
    const bias = network.layers.map((l) => Float32Array.from(l.bias, roundToFloat16));
    return { round: roundToFloat16, weights: (l) => weights[l]!, bias: (l) => bias[l]! };
  }
  if (!quantization) throw new Error('int8-qdq inference needs quantization parameters');
  const weights = quantization.weights.map(({ values, scales }, l) => {
    const outputs = network.layers[l]!.outputs;
    return Float32Array.from(values, (q, k) => q * scales[k % outputs]!);
  });
  return {
    round: Math.fround,
    weights: (l) => weights[l]!,
    bias: (l) => network.layers[l]!.bias,
    quantizeInput: quantization.input,
    quantizeActivation: (l) => quantization.activations[l],
  };
}

/** Rows per block of the layer loop. */
const ROW_BLOCK = 64;

function forward(network: Network, x: Float32Array, n: number, a: Arithmetic): NetworkOutputs {
  const { round } = a;
  const width = network.inputWidth;
  const mean = network.normalization.mean.map(round);
  const scale = network.normalization.scale.map(round);
  const normalized = new Float64Array(n * width);
  for (let k = 0; k < n * width; k++) {
    const j = k % width;
    normalized[k] = round(round(round(x[k]!) - mean[j]!) / scale[j]!);
  }
  let h: Float64Array = a.quantizeInput ? fakeQuantize(normalized, a.quantizeInput, width) : normalized;

  network.layers.forEach((layer, l) => {
    const w = a.weights(l);
    const b = a.bias(l);
    const { inputs, outputs } = layer;
    const out = new Float64Array(n * outputs);
    // Blocks of rows, i-outer, so each row of W is read once per block (a 1024 × 1024 layer does not
    // fit in cache); every sum still adds its products over i in ascending order from 0.
    const sums = new Float64Array(ROW_BLOCK * outputs);
    for (let r0 = 0; r0 < n; r0 += ROW_BLOCK) {
      const r1 = Math.min(n, r0 + ROW_BLOCK);
      sums.fill(0);
      for (let i = 0; i < inputs; i++) {
        const wi = i * outputs;
        for (let r = r0; r < r1; r++) {
          const hv = h[r * inputs + i]!;
          const o = (r - r0) * outputs;
          for (let j = 0; j < outputs; j++) sums[o + j]! += hv * w[wi + j]!;
        }
      }
      for (let r = r0; r < r1; r++) {
        for (let j = 0; j < outputs; j++) {
          let v = round(round(sums[(r - r0) * outputs + j]!) + b[j]!);
          if (layer.activation === 'relu' && v < 0) v = 0;
          out[r * outputs + j] = v;
        }
      }
    }
    const q = a.quantizeActivation?.(l);
    h = q ? fakeQuantize(out, q, layer.outputs) : out;
  });

  const [first] = networkOutputs(network);
  const outWidth = first!.width;
  if (network.head.kind === 'softmax') {
    const probabilities = new Float32Array(n * outWidth);
    for (let r = 0; r < n; r++) {
      let max = -Infinity;
      for (let j = 0; j < outWidth; j++) max = Math.max(max, h[r * outWidth + j]!);
      let sum = 0;
      for (let j = 0; j < outWidth; j++) sum += Math.exp(h[r * outWidth + j]! - max);
      for (let j = 0; j < outWidth; j++)
        probabilities[r * outWidth + j] = round(Math.exp(h[r * outWidth + j]! - max) / sum);
    }
    return { [OUTPUT_NAMES.probabilities]: probabilities };
  }
  const reconstruction = Float32Array.from(h);
  const score = new Float32Array(n);
  const inverseWidth = round(1 / outWidth);
  for (let r = 0; r < n; r++) {
    let sum = 0;
    for (let j = 0; j < outWidth; j++) {
      const d = round(h[r * outWidth + j]! - normalized[r * outWidth + j]!);
      sum += round(d * d) * inverseWidth;
    }
    score[r] = round(sum);
  }
  return { [OUTPUT_NAMES.reconstruction]: reconstruction, [OUTPUT_NAMES.score]: score };
}

/** QuantizeLinear then DequantizeLinear, as ONNX defines them (round half to even, saturate). */
export function fakeQuantize(values: Float64Array, q: QuantParams, width: number): Float64Array {
  const [lo, hi] = q.type === 'int8' ? [-128, 127] : [0, 255];
  const perAxis = q.scales.length > 1;
  return values.map((v, k) => {
    const scale = q.scales[perAxis ? k % width : 0]!;
    const level = Math.min(hi, Math.max(lo, roundHalfEven(Math.fround(v / scale)) + q.zeroPoint));
    return Math.fround((level - q.zeroPoint) * scale);
  });
}

export function roundHalfEven(v: number): number {
  const floor = Math.floor(v);
  const diff = v - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
