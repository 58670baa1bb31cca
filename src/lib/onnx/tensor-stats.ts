import type { onnx } from 'onnx-proto';
import { dataTypeBits, dataTypeName } from './data-types';
import { int64ToNumber } from './long';
import type { ElementTypeStats, InitializerStats } from './report-types';

const EXTERNAL = 1;

interface TensorSize {
  elemType: string;
  elements: number;
  bytes: number;
  external: boolean;
}

function elementCount(dims: number[]): number {
  return dims.reduce((product, d) => product * d, 1);
}

/** Bytes held by the typed (non-raw) data fields; each value is one element except complex pairs. */
function typedBytes(t: onnx.ITensorProto, bits: number): number {
  const count = (values: unknown[] | null | undefined) => values?.length ?? 0;
  const strings = (t.stringData ?? []).reduce((sum, s) => sum + s.length, 0);
  return (
    count(t.floatData) * 4 +
    count(t.doubleData) * 8 +
    count(t.int64Data) * 8 +
    Math.ceil(((count(t.int32Data) + count(t.uint64Data)) * bits) / 8) +
    strings
  );
}

function externalLength(t: onnx.ITensorProto): number | null {
  const entry = (t.externalData ?? []).find((e) => e.key === 'length');
  const n = entry?.value ? Number(entry.value) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export function tensorSize(t: onnx.ITensorProto, warnings: string[]): TensorSize {
  const code = t.dataType ?? 0;
  const bits = dataTypeBits(code);
  const dims = (t.dims ?? []).map(int64ToNumber);
  const label = t.name ? `'${t.name}'` : '(unnamed)';
  let elements = elementCount(dims);
  if (dims.some((d) => d < 0) || !Number.isSafeInteger(elements)) {
    warnings.push(`Initializer ${label} declares an impossible shape [${dims.join(', ')}].`);
    elements = 0;
  }
  const logicalBytes = Math.ceil((elements * bits) / 8);
  if (t.dataLocation === EXTERNAL) {
    return { elemType: dataTypeName(code), elements, bytes: externalLength(t) ?? logicalBytes, external: true };
  }
  let bytes: number;
  if (t.rawData && t.rawData.length > 0) {
    bytes = t.rawData.length;
    if (bits > 0 && bytes !== logicalBytes) {
      warnings.push(
        `Initializer ${label} has ${bytes} bytes of raw_data, but its shape [${dims.join(', ')}] of ${dataTypeName(code)} needs ${logicalBytes}.`,
      );
    }
  } else {
    bytes = typedBytes(t, bits);
  }
  return { elemType: dataTypeName(code), elements, bytes, external: false };
}

/** Totals over dense and sparse initializers; sparse ones count their stored values. */
export function initializerStats(
  dense: onnx.ITensorProto[],
  sparse: onnx.ISparseTensorProto[],
  warnings: string[],
): InitializerStats {
  const stats: InitializerStats = {
    count: 0,
    bytes: 0,
    externalCount: 0,
    externalBytes: 0,
    parameters: 0,
    byElementType: [],
  };
  const byType = new Map<string, ElementTypeStats>();
  const add = (size: TensorSize, extraBytes = 0) => {
    const bytes = size.bytes + extraBytes;
    stats.count += 1;
    stats.parameters += size.elements;
    if (size.external) {
      stats.externalCount += 1;
      stats.externalBytes += bytes;
    } else {
      stats.bytes += bytes;
    }
    const row = byType.get(size.elemType) ?? { elemType: size.elemType, count: 0, bytes: 0, parameters: 0 };
    row.count += 1;
    row.bytes += bytes;
    row.parameters += size.elements;
    byType.set(size.elemType, row);
  };
  for (const t of dense) add(tensorSize(t, warnings));
  for (const s of sparse) {
    if (!s.values) continue;
    const indices = s.indices ? tensorSize(s.indices, warnings).bytes : 0;
    add(tensorSize(s.values, warnings), indices);
  }
  stats.byElementType = [...byType.values()].sort((a, b) => b.bytes - a.bytes || a.elemType.localeCompare(b.elemType));
  return stats;
}
