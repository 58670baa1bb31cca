import { createRandom, type Random } from '../demo-data/random';
import { float16Bits } from '../demo-data/float16';

/** One model input as ONNX Runtime describes it (`session.inputMetadata`, node and web alike). */
export interface InputSignature {
  name: string;
  /** ORT tensor type: float32, float16, float64, int8 … int64, uint8 … uint64, bool. */
  type: string;
  /** Fixed sizes as numbers, symbolic (dynamic) dimensions as their names; [] when unknown. */
  shape: readonly (number | string)[];
}

export type TensorData =
  | Float32Array
  | Float64Array
  | Uint16Array
  | Int8Array
  | Uint8Array
  | Int16Array
  | Int32Array
  | BigInt64Array
  | Uint32Array
  | BigUint64Array;

export interface SyntheticInput {
  name: string;
  type: string;
  dims: number[];
  data: TensorData;
}

/** Dynamic dimensions that mean "batch"; the first dynamic dimension counts too. */
const BATCH_NAMES = /^(batch|batch_size|batchsize|n|N|b|B|None|unk__\d+|dynamic)$/i;

export class UnsupportedInputError extends Error {
  override readonly name = 'UnsupportedInputError';
}

/**
 * Binds a signature's shape to concrete sizes: the batch dimension (a dynamic one named like a
 * batch, or else the first dynamic one) takes `batchSize`, other dynamic ones take `otherDims[name]`
 * or 1. A fixed first dimension that differs from `batchSize` cannot be batched: RangeError.
 */
export function bindShape(
  signature: InputSignature,
  batchSize: number,
  otherDims: Record<string, number> = {},
): number[] {
  const shape = signature.shape;
  if (shape.length === 0)
    throw new UnsupportedInputError(`input "${signature.name}" has no shape in the model; the harness cannot size it`);
  const dynamic = shape.flatMap((d, i) => (typeof d === 'string' || d < 0 ? [i] : []));
  const batchAt = dynamic.find((i) => BATCH_NAMES.test(String(shape[i]))) ?? dynamic[0];
  if (batchAt === undefined && shape[0] !== batchSize) {
    throw new RangeError(
      `input "${signature.name}" has a fixed shape [${shape.join(', ')}]: it runs at batch ${String(shape[0])} only, not ${batchSize}`,
    );
  }
  return shape.map((d, i) => {
    if (i === batchAt) return batchSize;
    if (typeof d === 'number' && d >= 0) return d;
    return otherDims[String(d)] ?? 1;
  });
}

function fill(type: string, count: number, random: Random): TensorData {
  switch (type) {
    case 'float32':
      return Float32Array.from({ length: count }, () => random.normal());
    case 'float64':
      return Float64Array.from({ length: count }, () => random.normal());
    case 'float16':
      return Uint16Array.from({ length: count }, () => float16Bits(random.normal()));
    case 'int8':
      return Int8Array.from({ length: count }, () => random.int(256) - 128);
    case 'uint8':
      return Uint8Array.from({ length: count }, () => random.int(256));
    case 'int16':
      return Int16Array.from({ length: count }, () => random.int(200) - 100);
    case 'int32':
      return Int32Array.from({ length: count }, () => random.int(100));
    case 'uint32':
      return Uint32Array.from({ length: count }, () => random.int(100));
    case 'int64':
      return BigInt64Array.from({ length: count }, () => BigInt(random.int(100)));
    case 'uint64':
      return BigUint64Array.from({ length: count }, () => BigInt(random.int(100)));
    case 'bool':
      return Uint8Array.from({ length: count }, () => random.int(2));
    default:
      throw new UnsupportedInputError(
        `input type "${type}" is not supported by the harness (strings, sequences and maps need real data)`,
      );
  }
}

const DISTRIBUTION: Record<string, string> = {
  float32: 'N(0, 1)',
  float64: 'N(0, 1)',
  float16: 'N(0, 1)',
  int8: 'uniform −128…127',
  uint8: 'uniform 0…255',
  int16: 'uniform −100…99',
  bool: 'uniform 0/1',
};

/**
 * Deterministic inputs for a model: the same signature, batch size and seed give the same
 * bytes on every engine, so node and browser runs see identical data. Integer inputs are small
 * non-negative numbers (valid as indices into most embedding tables).
 */
export function syntheticInputs(
  signatures: readonly InputSignature[],
  batchSize: number,
  seed: number,
  otherDims: Record<string, number> = {},
): SyntheticInput[] {
  if (!Number.isSafeInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batch size must be a positive integer, not ${batchSize}`);
  const random = createRandom(seed);
  return signatures.map((signature) => {
    const dims = bindShape(signature, batchSize, otherDims);
    const count = dims.reduce((a, b) => a * b, 1);
    return { name: signature.name, type: signature.type, dims, data: fill(signature.type, count, random) };
  });
}

/** One line for the record: `jet_features float32 [64, 6] ~ N(0, 1)`. */
export function describeInputs(inputs: readonly SyntheticInput[], seed: number): string {
  const parts = inputs.map(
    (i) => `${i.name} ${i.type} [${i.dims.join(', ')}] ~ ${DISTRIBUTION[i.type] ?? 'uniform 0…99'}`,
  );
  return `${parts.join('; ')} (seed ${seed})`;
}
