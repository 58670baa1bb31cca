import type { onnx } from 'onnx-proto';
import { dataTypeName } from './data-types';
import { int64ToNumber } from './long';
import type { Dim, ValueSummary } from './report-types';

type TypeShape = Omit<ValueSummary, 'name'>;

const UNKNOWN: TypeShape = { type: 'unknown', elemType: null, shape: null };
// Type nesting was bounded by the wire check; this guards the recursion on its own as well.
const MAX_TYPE_DEPTH = 64;

function shapeOf(shape: onnx.ITensorShapeProto | null | undefined): Dim[] | null {
  if (!shape) return null;
  return (shape.dim ?? []).map((d): Dim => {
    if (d.dimParam) return d.dimParam;
    if (d.dimValue !== null && d.dimValue !== undefined) return int64ToNumber(d.dimValue);
    return null;
  });
}

export function describeType(type: onnx.ITypeProto | null | undefined, depth = 0): TypeShape {
  if (!type || depth > MAX_TYPE_DEPTH) return UNKNOWN;
  if (type.tensorType) {
    const elemType = dataTypeName(type.tensorType.elemType ?? 0);
    return { type: elemType, elemType, shape: shapeOf(type.tensorType.shape) };
  }
  if (type.sparseTensorType) {
    const elemType = dataTypeName(type.sparseTensorType.elemType ?? 0);
    return { type: `sparse(${elemType})`, elemType, shape: shapeOf(type.sparseTensorType.shape) };
  }
  if (type.sequenceType) {
    return { type: `seq(${describeType(type.sequenceType.elemType, depth + 1).type})`, elemType: null, shape: null };
  }
  if (type.optionalType) {
    return {
      type: `optional(${describeType(type.optionalType.elemType, depth + 1).type})`,
      elemType: null,
      shape: null,
    };
  }
  if (type.mapType) {
    const key = dataTypeName(type.mapType.keyType ?? 0);
    return { type: `map(${key},${describeType(type.mapType.valueType, depth + 1).type})`, elemType: null, shape: null };
  }
  return UNKNOWN;
}

export function summariseValue(info: onnx.IValueInfoProto): ValueSummary {
  return { name: info.name ?? '', ...describeType(info.type) };
}

/** `[batch, 3, 224, 224]`; `?` for an unknown dimension; `(unknown rank)` without a shape. */
export function formatShape(shape: Dim[] | null): string {
  if (shape === null) return '(unknown rank)';
  return `[${shape.map((d) => (d === null ? '?' : String(d))).join(', ')}]`;
}
