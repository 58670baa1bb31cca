import {
  networkOutputs,
  OUTPUT_NAMES,
  type Int8Quantization,
  type Network,
  type Precision,
  type QuantParams,
} from '../network';
import {
  batchedValue,
  DataType,
  node,
  tensor,
  type ElementType,
  type Node,
  type Tensor,
  type ValueInfo,
} from './onnx-builder';

export interface GraphParts {
  nodes: Node[];
  initializers: Tensor[];
  inputs: ValueInfo[];
  outputs: ValueInfo[];
}

export interface GraphDocs {
  input: string;
  outputs: Record<string, string>;
}

/**
 * Lays a Network out as ONNX nodes. fp32 uses only Sub, Div, MatMul, Add,
 * Relu, Softmax and Mul (listed by ORT CPU, ORT-web WebGPU, TMVA SOFIE and
 * hls4ml), MatMul + Add rather than Gemm because hls4ml has no Gemm. The
 * autoencoder score is a MatMul with a column of 1/width rather than
 * ReduceMean, which hls4ml lacks. fp16 casts at the boundaries so the model
 * still takes and returns float32; int8-qdq wraps weights and activations in
 * QuantizeLinear/DequantizeLinear.
 */
export function networkGraph(
  network: Network,
  precision: Precision,
  docs: GraphDocs,
  quantization?: Int8Quantization,
): GraphParts {
  if ((precision === 'int8-qdq') !== (quantization !== undefined)) {
    throw new Error('networkGraph: int8-qdq needs quantization parameters, and only int8-qdq takes them');
  }
  const compute: ElementType = precision === 'fp16' ? DataType.FLOAT16 : DataType.FLOAT;
  const nodes: Node[] = [];
  const initializers: Tensor[] = [];
  const width = network.inputWidth;
  const input = network.inputName;

  let x = input;
  if (precision === 'fp16') {
    nodes.push(node('Cast', [input], ['input_fp16'], 'cast_input', { to: DataType.FLOAT16 }));
    x = 'input_fp16';
  }
  initializers.push(
    tensor('norm_mean', [width], compute, network.normalization.mean),
    tensor('norm_scale', [width], compute, network.normalization.scale),
  );
  nodes.push(node('Sub', [x, 'norm_mean'], ['centered'], 'normalize_sub'));
  nodes.push(node('Div', ['centered', 'norm_scale'], ['normalized'], 'normalize_div'));

  let h = 'normalized';
  if (quantization) h = qdq(h, quantization.input, 'input_q', nodes, initializers);

  network.layers.forEach((layer, l) => {
    const prefix = `dense${l}`;
    const weights = `${prefix}_weight`;
    if (quantization) {
      const { values, scales } = quantization.weights[l]!;
      initializers.push(
        tensor(`${prefix}_weight_int8`, [layer.inputs, layer.outputs], DataType.INT8, values),
        tensor(`${prefix}_weight_scale`, [layer.outputs], DataType.FLOAT, scales),
        tensor(`${prefix}_weight_zero_point`, [layer.outputs], DataType.INT8, new Int8Array(layer.outputs)),
      );
      nodes.push(
        node(
          'DequantizeLinear',
          [`${prefix}_weight_int8`, `${prefix}_weight_scale`, `${prefix}_weight_zero_point`],
          [weights],
          `${prefix}_weight_dequantize`,
          { axis: 1 },
        ),
      );
    } else {
      initializers.push(tensor(weights, [layer.inputs, layer.outputs], compute, layer.weights));
    }
    initializers.push(tensor(`${prefix}_bias`, [layer.outputs], compute, layer.bias));
    nodes.push(node('MatMul', [h, weights], [`${prefix}_matmul`], `${prefix}_matmul`));
    nodes.push(node('Add', [`${prefix}_matmul`, `${prefix}_bias`], [`${prefix}_out`], `${prefix}_add`));
    h = `${prefix}_out`;
    if (layer.activation === 'relu') {
      nodes.push(node('Relu', [h], [`${prefix}_relu`], `${prefix}_relu`));
      h = `${prefix}_relu`;
      const q = quantization?.activations[l];
      if (q) h = qdq(h, q, `${prefix}_act_q`, nodes, initializers);
    }
  });

  const outputSpecs = networkOutputs(network);
  const produced: Record<string, string> = {};
  if (network.head.kind === 'softmax') {
    nodes.push(node('Softmax', [h], ['softmax'], 'softmax', { axis: -1 }));
    produced[OUTPUT_NAMES.probabilities] = 'softmax';
  } else {
    const outWidth = outputSpecs[0]!.width;
    initializers.push(
      tensor('mean_over_features', [outWidth, 1], compute, new Float32Array(outWidth).fill(1 / outWidth)),
    );
    nodes.push(node('Sub', [h, 'normalized'], ['residual'], 'residual_sub'));
    nodes.push(node('Mul', ['residual', 'residual'], ['residual_sq'], 'residual_square'));
    nodes.push(node('MatMul', ['residual_sq', 'mean_over_features'], ['mse'], 'residual_mean'));
    produced[OUTPUT_NAMES.reconstruction] = h;
    produced[OUTPUT_NAMES.score] = 'mse';
  }

  for (const { name } of outputSpecs) {
    const source = produced[name]!;
    if (precision === 'fp16') nodes.push(node('Cast', [source], [name], `cast_${name}`, { to: DataType.FLOAT }));
    else renameOutput(nodes, source, name);
  }

  return {
    nodes,
    initializers,
    inputs: [batchedValue(input, DataType.FLOAT, width, docs.input)],
    outputs: outputSpecs.map(({ name, width: w }) => batchedValue(name, DataType.FLOAT, w, docs.outputs[name] ?? '')),
  };
}

/** QuantizeLinear → DequantizeLinear; per tensor (scalar scale) or per feature (axis 1). */
function qdq(value: string, q: QuantParams, prefix: string, nodes: Node[], initializers: Tensor[]): string {
  const type = q.type === 'int8' ? DataType.INT8 : DataType.UINT8;
  const perAxis = q.scales.length > 1;
  const dims = perAxis ? [q.scales.length] : [];
  initializers.push(
    tensor(`${prefix}_scale`, dims, DataType.FLOAT, q.scales),
    tensor(`${prefix}_zero_point`, dims, type, new Array<number>(q.scales.length).fill(q.zeroPoint)),
  );
  const attributes: Record<string, number> = perAxis ? { axis: 1 } : {};
  nodes.push(
    node(
      'QuantizeLinear',
      [value, `${prefix}_scale`, `${prefix}_zero_point`],
      [`${prefix}_quantized`],
      `${prefix}_quantize`,
      attributes,
    ),
  );
  nodes.push(
    node(
      'DequantizeLinear',
      [`${prefix}_quantized`, `${prefix}_scale`, `${prefix}_zero_point`],
      [`${prefix}_dequantized`],
      `${prefix}_dequantize`,
      attributes,
    ),
  );
  return `${prefix}_dequantized`;
}

/** Points the node (and any later consumer) that produced `from` at the graph output name `to`. */
function renameOutput(nodes: Node[], from: string, to: string): void {
  for (const n of nodes) {
    n.output = (n.output ?? []).map((o) => (o === from ? to : o));
    n.input = (n.input ?? []).map((i) => (i === from ? to : i));
  }
}
