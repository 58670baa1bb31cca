import pkg from 'onnx-proto';
import type { onnx as OnnxTypes } from 'onnx-proto';
import { float16Bits } from '../../../src/lib/demo-data/float16';

const { onnx } = pkg;

export const DataType = {
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  FLOAT16: 10,
} as const;
export type ElementType = (typeof DataType)[keyof typeof DataType];

export type Node = OnnxTypes.INodeProto;
export type Tensor = OnnxTypes.ITensorProto;
export type ValueInfo = OnnxTypes.IValueInfoProto;

/** Initializer with little-endian raw_data, the layout ONNX specifies for raw_data. */
export function tensor(name: string, dims: readonly number[], type: ElementType, values: ArrayLike<number>): Tensor {
  const count = dims.reduce((a, b) => a * b, 1);
  if (values.length !== count)
    throw new Error(`tensor ${name}: ${values.length} values for shape [${dims.join(', ')}]`);
  const width = type === DataType.FLOAT ? 4 : type === DataType.FLOAT16 ? 2 : 1;
  const raw = new Uint8Array(count * width);
  const view = new DataView(raw.buffer);
  for (let k = 0; k < count; k++) {
    const v = values[k]!;
    if (type === DataType.FLOAT) view.setFloat32(k * 4, v, true);
    else if (type === DataType.FLOAT16) view.setUint16(k * 2, float16Bits(v), true);
    else if (type === DataType.INT8) view.setInt8(k, v);
    else view.setUint8(k, v);
  }
  return { name, dims: [...dims], dataType: type, rawData: raw };
}

type AttributeValue = number | readonly number[] | { float: number };

export function node(
  opType: string,
  inputs: readonly string[],
  outputs: readonly string[],
  name: string,
  attributes: Record<string, AttributeValue> = {},
): Node {
  const attribute = Object.keys(attributes)
    .sort()
    .map((key): OnnxTypes.IAttributeProto => {
      const value = attributes[key]!;
      if (typeof value === 'number') return { name: key, type: onnx.AttributeProto.AttributeType.INT, i: value };
      if ('float' in value) return { name: key, type: onnx.AttributeProto.AttributeType.FLOAT, f: value.float };
      return { name: key, type: onnx.AttributeProto.AttributeType.INTS, ints: [...value] };
    });
  return { opType, input: [...inputs], output: [...outputs], name, attribute };
}

/** A tensor value with a symbolic first dimension "batch". */
export function batchedValue(name: string, type: ElementType, width: number, docString: string): ValueInfo {
  return {
    name,
    docString,
    type: { tensorType: { elemType: type, shape: { dim: [{ dimParam: 'batch' }, { dimValue: width }] } } },
  };
}

export interface ModelParts {
  graphName: string;
  modelDoc: string;
  graphDoc: string;
  nodes: Node[];
  initializers: Tensor[];
  inputs: ValueInfo[];
  outputs: ValueInfo[];
  /** Already ordered: metadata_props keep the order given. */
  metadata: ReadonlyArray<readonly [string, string]>;
  modelVersion: number;
}

export const IR_VERSION = 8;
export const OPSET_VERSION = 17;
export const PRODUCER_NAME = 'hep-ml-hub';
export const PRODUCER_VERSION = '0.1.0';

export function encodeModel(parts: ModelParts): Uint8Array {
  const model: OnnxTypes.IModelProto = {
    irVersion: IR_VERSION,
    opsetImport: [{ domain: '', version: OPSET_VERSION }],
    producerName: PRODUCER_NAME,
    producerVersion: PRODUCER_VERSION,
    domain: 'ch.cern.hep-ml-hub',
    modelVersion: parts.modelVersion,
    docString: parts.modelDoc,
    graph: {
      name: parts.graphName,
      docString: parts.graphDoc,
      node: parts.nodes,
      initializer: parts.initializers,
      input: parts.inputs,
      output: parts.outputs,
    },
    metadataProps: parts.metadata.map(([key, value]) => ({ key, value })),
  };
  const encoded = onnx.ModelProto.encode(onnx.ModelProto.fromObject(model)).finish();
  // protobufjs hands back a Node Buffer on Node; callers get a plain Uint8Array everywhere.
  return new Uint8Array(encoded.buffer.slice(encoded.byteOffset, encoded.byteOffset + encoded.byteLength));
}

export function decodeModel(bytes: Uint8Array): OnnxTypes.ModelProto {
  return onnx.ModelProto.decode(bytes);
}
