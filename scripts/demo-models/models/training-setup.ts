import type { Dataset } from '../../../src/lib/demo-data/datasets/dataset';

export interface Normalization {
  mean: Float64Array;
  scale: Float64Array;
}

/**
 * Per-feature mean and standard deviation of the training split, rounded to
 * float32 because that is what the exported graph stores: training sees
 * exactly the normalisation the ONNX model applies.
 */
export function fitNormalization(data: Dataset): Normalization {
  const { n, width, features } = data;
  const mean = new Float64Array(width);
  const scale = new Float64Array(width);
  for (let r = 0; r < n; r++) for (let j = 0; j < width; j++) mean[j]! += features[r * width + j]!;
  for (let j = 0; j < width; j++) mean[j] = Math.fround(mean[j]! / n);
  for (let r = 0; r < n; r++) for (let j = 0; j < width; j++) scale[j]! += (features[r * width + j]! - mean[j]!) ** 2;
  for (let j = 0; j < width; j++) scale[j] = Math.fround(Math.sqrt(scale[j]! / n) || 1);
  return { mean, scale };
}

export function normalize(data: Dataset, normalization: Normalization): Float64Array {
  const out = new Float64Array(data.features.length);
  for (let k = 0; k < out.length; k++) {
    const j = k % data.width;
    out[k] = (data.features[k]! - normalization.mean[j]!) / normalization.scale[j]!;
  }
  return out;
}

export function asFloat32(data: Dataset, rows = data.n): Float32Array {
  return Float32Array.from(data.features.subarray(0, rows * data.width));
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Rounds a metric for the manifest so tiny float noise never shows as a change. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
