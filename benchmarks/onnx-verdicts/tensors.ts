/**
 * Reference tensors of the ONNX backend tests (TensorProto files, `input_0.pb`, `output_0.pb`)
 * turned into what the onnxruntime JavaScript APIs accept: an element type name, dims and the
 * little-endian bytes of the data (or the strings).
 */
import pkg from 'onnx-proto';
import type { onnx } from 'onnx-proto';

const { onnx: proto } = pkg;
import { int64ToNumber } from '../../src/lib/onnx/long';

/** TensorProto.DataType → onnxruntime-common type name; absent = the JS APIs cannot take it. */
const ORT_TYPES: Record<number, { name: string; bytes: number }> = {
  1: { name: 'float32', bytes: 4 },
  2: { name: 'uint8', bytes: 1 },
  3: { name: 'int8', bytes: 1 },
  4: { name: 'uint16', bytes: 2 },
  5: { name: 'int16', bytes: 2 },
  6: { name: 'int32', bytes: 4 },
  7: { name: 'int64', bytes: 8 },
  8: { name: 'string', bytes: 0 },
  9: { name: 'bool', bytes: 1 },
  10: { name: 'float16', bytes: 2 },
  11: { name: 'float64', bytes: 8 },
  12: { name: 'uint32', bytes: 4 },
  13: { name: 'uint64', bytes: 8 },
};

export interface PlainTensor {
  name: string;
  type: string;
  dims: number[];
  /** Little-endian element bytes (every type but string). */
  bytes: Uint8Array | null;
  strings: string[] | null;
}

export type DecodedTensor = { ok: true; tensor: PlainTensor } | { ok: false; reason: string };

function elementCount(dims: number[]): number {
  return dims.reduce((a, b) => a * b, 1);
}

/** Decodes one `.pb` file; sequences, optionals, maps and types the JS APIs refuse come back as `ok: false`. */
export function decodeTensorFile(bytes: Uint8Array): DecodedTensor {
  let t: onnx.TensorProto;
  try {
    t = proto.TensorProto.decode(bytes);
  } catch (e) {
    return { ok: false, reason: `not a TensorProto (${(e as Error).message})` };
  }
  const dataType = t.dataType ?? 0;
  const spec = ORT_TYPES[dataType];
  if (!spec) return { ok: false, reason: `element type ${dataType} has no onnxruntime JS tensor type` };
  const dims = (t.dims ?? []).map((d) => int64ToNumber(d));
  const n = elementCount(dims);
  const base = { name: t.name ?? '', type: spec.name, dims };
  if (spec.name === 'string') {
    const dec = new TextDecoder();
    return { ok: true, tensor: { ...base, bytes: null, strings: (t.stringData ?? []).map((s) => dec.decode(s)) } };
  }
  if (!Number.isSafeInteger(n) || n < 0 || n * spec.bytes > 256 * 2 ** 20)
    return { ok: false, reason: `implausible shape [${dims.join(', ')}] (not a TensorProto?)` };
  const out = new Uint8Array(n * spec.bytes);
  const view = new DataView(out.buffer);
  if (t.rawData && t.rawData.length > 0) {
    out.set(t.rawData.subarray(0, out.length));
    return { ok: true, tensor: { ...base, bytes: out, strings: null } };
  }
  for (let i = 0; i < n; i++) {
    switch (spec.name) {
      case 'float32':
        view.setFloat32(i * 4, t.floatData[i] ?? 0, true);
        break;
      case 'float64':
        view.setFloat64(i * 8, t.doubleData[i] ?? 0, true);
        break;
      case 'int64':
        view.setBigInt64(i * 8, BigInt(String(t.int64Data[i] ?? 0)), true);
        break;
      case 'uint32':
        view.setUint32(i * 4, Number(String(t.uint64Data[i] ?? 0)), true);
        break;
      case 'uint64':
        view.setBigUint64(i * 8, BigInt(String(t.uint64Data[i] ?? 0)), true);
        break;
      case 'int32':
        view.setInt32(i * 4, t.int32Data[i] ?? 0, true);
        break;
      case 'int16':
        view.setInt16(i * 2, t.int32Data[i] ?? 0, true);
        break;
      case 'uint16':
      case 'float16':
        view.setUint16(i * 2, t.int32Data[i] ?? 0, true);
        break;
      default:
        view.setUint8(i, t.int32Data[i] ?? 0);
    }
  }
  return { ok: true, tensor: { ...base, bytes: out, strings: null } };
}

const TYPED: Record<string, (b: ArrayBuffer) => ArrayLike<number | bigint>> = {
  float32: (b) => new Float32Array(b),
  float64: (b) => new Float64Array(b),
  int64: (b) => new BigInt64Array(b),
  uint64: (b) => new BigUint64Array(b),
  int32: (b) => new Int32Array(b),
  uint32: (b) => new Uint32Array(b),
  int16: (b) => new Int16Array(b),
  uint16: (b) => new Uint16Array(b),
  float16: (b) => new Uint16Array(b),
  int8: (b) => new Int8Array(b),
  uint8: (b) => new Uint8Array(b),
  bool: (b) => new Uint8Array(b),
};

/** The typed array onnxruntime's `new Tensor(type, data, dims)` wants for a plain tensor. */
export function typedData(t: PlainTensor): ArrayLike<number | bigint> | string[] {
  if (t.strings) return t.strings;
  const copy = t.bytes!.slice();
  return TYPED[t.type]!(copy.buffer);
}

/** Largest absolute difference that is out of tolerance (|a-b| > atol + rtol·|b|), or null when all match. */
export function compareOutputs(
  actual: ArrayLike<unknown>,
  expected: ArrayLike<unknown>,
  rtol = 1e-3,
  atol = 1e-5,
): string | null {
  if (actual.length !== expected.length) return `length ${actual.length} ≠ ${expected.length}`;
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i];
    const b = expected[i];
    if (typeof a === 'bigint' || typeof b === 'bigint' || typeof a === 'string' || typeof b === 'string') {
      if (String(a) !== String(b)) return `element ${i}: ${String(a)} ≠ ${String(b)}`;
      continue;
    }
    const x = Number(a);
    const y = Number(b);
    if (Number.isNaN(x) && Number.isNaN(y)) continue;
    if (x === y) continue;
    if (!(Math.abs(x - y) <= atol + rtol * Math.abs(y))) return `element ${i}: ${x} ≠ ${y}`;
  }
  return null;
}
