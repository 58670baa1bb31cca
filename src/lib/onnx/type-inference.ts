import { kernelOutputTypes, ortCpuKernelOp } from './ort-kernel-types';
import type { InspectReport, NodeSummary } from './report-types';

/** ONNX TensorProto.DataType numbers → report element type names (for Cast's `to`). */
const DATA_TYPE_NAMES: Record<number, string> = {
  1: 'float32',
  2: 'uint8',
  3: 'int8',
  4: 'uint16',
  5: 'int16',
  6: 'int32',
  7: 'int64',
  8: 'string',
  9: 'bool',
  10: 'float16',
  11: 'float64',
  12: 'uint32',
  13: 'uint64',
  14: 'complex64',
  15: 'complex128',
  16: 'bfloat16',
};

/** Operators whose first output has the element type of their first input (ai.onnx). */
const SAME_AS_FIRST_INPUT = new Set(
  (
    'Abs Acos Acosh Add Asin Asinh Atan Atanh AveragePool BatchNormalization Ceil Celu Clip Concat Conv ConvTranspose ' +
    'Cos Cosh CumSum DepthToSpace Div Dropout Elu Erf Exp Expand Flatten Floor Gather GatherElements GatherND Gelu Gemm ' +
    'GlobalAveragePool GlobalMaxPool HardSigmoid HardSwish Hardmax Identity InstanceNormalization LayerNormalization ' +
    'LeakyRelu Log LogSoftmax LpNormalization LRN MatMul Max MaxPool Mean Min Mish Mod Mul Neg Pad Pow PRelu Reciprocal ' +
    'ReduceL1 ReduceL2 ReduceLogSum ReduceLogSumExp ReduceMax ReduceMean ReduceMin ReduceProd ReduceSum ReduceSumSquare ' +
    'Relu Reshape Resize ReverseSequence Round Selu Shrink Sigmoid Sign Sin Sinh Slice Softmax Softplus Softsign ' +
    'SpaceToDepth Split Sqrt Squeeze Sub Sum Tan Tanh ThresholdedRelu Tile TopK Transpose Trilu Unsqueeze Upsample Where'
  ).split(' '),
);
const BOOL_OUT = new Set('And Equal Greater GreaterOrEqual IsInf IsNaN Less LessOrEqual Not Or Xor'.split(' '));
const INT64_OUT = new Set('ArgMax ArgMin NonZero Shape Size'.split(' '));
const DTYPE_OUT = new Set('RandomUniform RandomNormal RandomUniformLike RandomNormalLike EyeLike'.split(' '));

function firstOutputType(node: NodeSummary, typeOf: (name: string) => string | null): string | null {
  if (node.domain !== '') return null;
  if (node.opType === 'Cast') {
    const to = node.attributes?.to;
    return typeof to === 'number' ? (DATA_TYPE_NAMES[to] ?? null) : null;
  }
  if (node.opType === 'CastLike') return node.inputs[1] ? typeOf(node.inputs[1]) : null;
  // Generators and *Like operators: the `dtype` attribute, else float32 (generators) or the input's type (*Like).
  if (DTYPE_OUT.has(node.opType)) {
    const dtype = node.attributes?.dtype;
    if (typeof dtype === 'number') return DATA_TYPE_NAMES[dtype] ?? null;
    return node.opType.endsWith('Like') ? (node.inputs[0] ? typeOf(node.inputs[0]) : null) : 'float32';
  }
  if (node.opType === 'DequantizeLinear') return node.inputs[1] ? typeOf(node.inputs[1]) : null;
  if (node.opType === 'QuantizeLinear') return node.inputs[2] ? typeOf(node.inputs[2]) : 'uint8';
  if (BOOL_OUT.has(node.opType)) return 'bool';
  if (INT64_OUT.has(node.opType)) return 'int64';
  // Where's data inputs are 1 and 2; every other operator here follows input 0.
  const from = node.opType === 'Where' ? node.inputs[1] : node.inputs[0];
  if (SAME_AS_FIRST_INPUT.has(node.opType) && from) return typeOf(from);
  return null;
}

/**
 * Element type of every value the model states or that follows from a node's inputs, keyed by value
 * name per graph (`graph path` + NUL + name). A light, forward-only inference: enough to type-check the
 * kernels of ordinary models whose intermediate values carry no value_info.
 */
export function inferElementTypes(report: InspectReport): (node: NodeSummary, input: number) => string | null {
  const known = new Map<string, string>();
  const key = (graph: string, name: string) => `${graph}\u0000${name}`;
  for (const node of report.nodes) {
    node.inputs.forEach((name, i) => {
      const t = node.inputTypes[i]?.elemType;
      if (name && t) known.set(key(node.graph, name), t);
    });
    node.outputs.forEach((name, i) => {
      const t = node.outputTypes[i]?.elemType;
      if (name && t) known.set(key(node.graph, name), t);
    });
  }
  // Outer-scope values used by subgraph nodes: look them up in the enclosing graphs.
  const lookup = (graph: string, name: string): string | null => {
    for (
      let g: string | null = graph;
      g !== null;
      g = g.includes(' > ') ? g.slice(0, g.lastIndexOf(' > ')) : g ? '' : null
    ) {
      const t = known.get(key(g, name));
      if (t) return t;
    }
    return null;
  };
  const opsetOf = (domain: string) => report.opsetImports.find((o) => o.domain === domain)?.version ?? null;
  for (const node of report.nodes) {
    const out = node.outputs[0];
    const t =
      out && !known.has(key(node.graph, out)) ? firstOutputType(node, (name) => lookup(node.graph, name)) : null;
    if (out && t) {
      known.set(key(node.graph, out), t);
      if (node.opType === 'Split') for (const o of node.outputs) if (o) known.set(key(node.graph, o), t);
    }
    // What ONNX Runtime's kernel table says about the remaining outputs (ort-kernel-types.ts).
    if (node.outputs.every((o) => !o || known.has(key(node.graph, o)))) continue;
    const entry = ortCpuKernelOp(node.domain, node.opType);
    const opset = opsetOf(node.domain);
    if (!entry || opset === null) continue;
    const inputTypes = node.inputs.map((name) => (name ? lookup(node.graph, name) : undefined));
    kernelOutputTypes(entry, opset, inputTypes, node.outputs.length).forEach((type, j) => {
      const o = node.outputs[j];
      if (o && type && !known.has(key(node.graph, o))) known.set(key(node.graph, o), type);
    });
  }
  return (node, input) => {
    const name = node.inputs[input];
    return name ? (node.inputTypes[input]?.elemType ?? lookup(node.graph, name)) : null;
  };
}
