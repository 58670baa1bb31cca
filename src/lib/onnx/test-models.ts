/** Small ONNX models built in code for the tests; each call returns fresh bytes. */
import pkg from 'onnx-proto';
import type { onnx as OnnxTypes } from 'onnx-proto';

const { onnx } = pkg;
const FLOAT = 1;
const INT64 = 7;

export function tensorInfo(name: string, elemType: number, dims: (number | string)[]): OnnxTypes.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

export function floatTensor(name: string, dims: number[]): OnnxTypes.ITensorProto {
  const count = dims.reduce((a, b) => a * b, 1);
  const values = Float32Array.from({ length: count }, (_, i) => (i % 7) / 10 - 0.3);
  return { name, dims, dataType: FLOAT, rawData: new Uint8Array(values.buffer) };
}

export function node(
  opType: string,
  input: string[],
  output: string[],
  extra: Partial<OnnxTypes.INodeProto> = {},
): OnnxTypes.INodeProto {
  return { opType, input, output, name: `${opType.toLowerCase()}_${output[0] ?? ''}`, ...extra };
}

export interface ModelSpec {
  nodes: OnnxTypes.INodeProto[];
  inputs?: OnnxTypes.IValueInfoProto[];
  outputs?: OnnxTypes.IValueInfoProto[];
  initializers?: OnnxTypes.ITensorProto[];
  opsets?: Record<string, number>;
  irVersion?: number;
  functions?: OnnxTypes.IFunctionProto[];
  metadata?: Record<string, string>;
  docString?: string;
}

export function modelProto(spec: ModelSpec): OnnxTypes.IModelProto {
  return {
    irVersion: spec.irVersion ?? 8,
    producerName: 'hub-tests',
    producerVersion: '1.0',
    docString: spec.docString ?? 'test model',
    graph: {
      name: 'main',
      node: spec.nodes,
      input: spec.inputs ?? [tensorInfo('x', FLOAT, ['batch', 4])],
      output: spec.outputs ?? [tensorInfo('y', FLOAT, ['batch', 3])],
      initializer: spec.initializers ?? [],
    },
    opsetImport: Object.entries(spec.opsets ?? { '': 13 }).map(([domain, version]) => ({ domain, version })),
    metadataProps: Object.entries(spec.metadata ?? {}).map(([key, value]) => ({ key, value })),
    functions: spec.functions ?? [],
  };
}

export function encodeModel(spec: ModelSpec | OnnxTypes.IModelProto): Uint8Array {
  const proto = 'nodes' in spec ? modelProto(spec) : spec;
  // Copy: in Node, protobufjs hands out Buffers whose slice() shares memory with the original.
  return new Uint8Array(onnx.ModelProto.encode(onnx.ModelProto.create(proto)).finish());
}

/** x[batch,4] -> MatMul(W[4,3]) -> Add(b[3]) -> Relu -> Softmax -> y: common operators only. */
export function mlpSpec(opset = 13): ModelSpec {
  return {
    nodes: [
      node('MatMul', ['x', 'W'], ['h0']),
      node('Add', ['h0', 'b'], ['h1']),
      node('Relu', ['h1'], ['h2']),
      node('Softmax', ['h2'], ['y'], { attribute: [{ name: 'axis', type: 2, i: -1 }] }),
    ],
    initializers: [floatTensor('W', [4, 3]), floatTensor('b', [3])],
    opsets: { '': opset },
  };
}

/** int8 QDQ around the MLP plus ArgMax: operators TMVA SOFIE lacks. */
export function qdqArgMaxSpec(): ModelSpec {
  const spec = mlpSpec();
  const scale: OnnxTypes.ITensorProto = { name: 'scale', dims: [], dataType: FLOAT, floatData: [0.05] };
  const zero: OnnxTypes.ITensorProto = { name: 'zero', dims: [], dataType: 3, int32Data: [0] };
  return {
    ...spec,
    nodes: [
      node('QuantizeLinear', ['x', 'scale', 'zero'], ['xq']),
      node('DequantizeLinear', ['xq', 'scale', 'zero'], ['xd']),
      ...spec.nodes.map((n) => (n.opType === 'MatMul' ? { ...n, input: ['xd', 'W'] } : n)),
      node('ArgMax', ['y'], ['cls'], { attribute: [{ name: 'axis', type: 2, i: 1 }] }),
    ],
    initializers: [...(spec.initializers ?? []), scale, zero],
    outputs: [tensorInfo('y', FLOAT, ['batch', 3]), tensorInfo('cls', INT64, ['batch', 1])],
  };
}

/** MLP whose output goes through TopK: ORT has a CPU kernel, JSEP has no WebGPU kernel. */
export function topKSpec(): ModelSpec {
  const spec = mlpSpec();
  const k: OnnxTypes.ITensorProto = { name: 'k', dims: [1], dataType: INT64, int64Data: [2] };
  return {
    ...spec,
    nodes: [...spec.nodes, node('TopK', ['y', 'k'], ['top', 'idx'])],
    initializers: [...(spec.initializers ?? []), k],
    outputs: [tensorInfo('top', FLOAT, ['batch', 2]), tensorInfo('idx', INT64, ['batch', 2])],
  };
}

/** An If node whose branches hold nodes of their own. */
export function ifSpec(): ModelSpec {
  const branch = (name: string, op: string): OnnxTypes.IGraphProto => ({
    name,
    node: [node(op, ['x'], [`${name}_out`])],
    output: [tensorInfo(`${name}_out`, FLOAT, ['batch', 4])],
  });
  return {
    nodes: [
      node('ReduceSum', ['x'], ['s'], { attribute: [{ name: 'keepdims', type: 2, i: 0 }] }),
      node('Greater', ['s', 'zero'], ['cond']),
      node('If', ['cond'], ['y'], {
        attribute: [
          { name: 'then_branch', type: 5, g: branch('then', 'Relu') },
          { name: 'else_branch', type: 5, g: branch('else', 'Sigmoid') },
        ],
      }),
    ],
    initializers: [{ name: 'zero', dims: [], dataType: FLOAT, floatData: [0] }],
    outputs: [tensorInfo('y', FLOAT, ['batch', 4])],
  };
}
