import type { onnx } from 'onnx-proto';
import { int64ToNumber } from './long';

/** Scalar attribute values of a node that the engine checks read (INT, FLOAT, STRING, INTS up to 16). */
export type NodeAttributes = Record<string, number | string | number[]>;

// AttributeProto.AttributeType numbers (onnx.proto).
const FLOAT = 1;
const INT = 2;
const STRING = 3;
const INTS = 7;

export function scalarAttributes(node: onnx.INodeProto): NodeAttributes {
  const out: NodeAttributes = {};
  for (const a of node.attribute ?? []) {
    const name = a.name ?? '';
    if (!name) continue;
    const type = a.type ?? 0;
    if (type === INT) out[name] = int64ToNumber(a.i);
    else if (type === FLOAT) out[name] = a.f ?? 0;
    else if (type === STRING) out[name] = new TextDecoder().decode(a.s ?? new Uint8Array()).slice(0, 200);
    else if (type === INTS && (a.ints?.length ?? 0) <= 16) out[name] = (a.ints ?? []).map((v) => int64ToNumber(v));
  }
  return out;
}
