import { describe, expect, it } from 'vitest';
import { createMlp } from '../mlp';
import { toNetwork, type Network } from '../network';
import { calibrateInt8 } from '../quantize';
import { createRandom } from '../../../src/lib/demo-data/random';
import pkg from 'onnx-proto';
import { decodeModel, encodeModel } from './onnx-builder';

interface DecodedValue {
  name: string;
  type: { tensorType: { elemType: number; shape: { dim: { dimParam?: string; dimValue?: number }[] } } };
}
interface DecodedModel {
  irVersion: number;
  producerName: string;
  opsetImport: { domain: string; version: number }[];
  metadataProps: { key: string; value: string }[];
  graph: {
    node: { opType: string; input: string[]; output: string[] }[];
    initializer: { name: string; dims: number[]; dataType: number; rawData: Uint8Array }[];
    input: DecodedValue[];
    output: DecodedValue[];
  };
}
import { networkGraph } from './network-graph';

/** Operators listed by all four engines (ORT CPU, ORT-web WebGPU JSEP, TMVA SOFIE, hls4ml) in shared/reference/onnx-ops. */
const COMMON_OPS = new Set(['Add', 'Div', 'MatMul', 'Mul', 'Relu', 'Softmax', 'Sub']);

function encode(
  network: Network,
  precision: 'fp32' | 'fp16' | 'int8-qdq',
  quantization?: ReturnType<typeof calibrateInt8>,
) {
  const graph = networkGraph(network, precision, { input: 'x', outputs: {} }, quantization);
  const bytes = encodeModel({
    graphName: 'g',
    modelDoc: 'm',
    graphDoc: 'g',
    ...graph,
    metadata: [['task', 'test']],
    modelVersion: 1,
  });
  return pkg.onnx.ModelProto.toObject(decodeModel(bytes), {
    longs: Number,
    defaults: true,
    arrays: true,
  }) as DecodedModel;
}

const classifier = toNetwork(
  createMlp([3, 5, 2], createRandom(41)),
  'x',
  { mean: [0, 1, 2], scale: [1, 2, 3] },
  { kind: 'softmax' },
);
const autoencoder = toNetwork(
  createMlp([3, 2, 3], createRandom(42)),
  'x',
  { mean: [0, 1, 2], scale: [1, 2, 3] },
  { kind: 'reconstruction-error' },
);

describe('networkGraph', () => {
  it('writes IR 8, opset 17, a dynamic batch dimension and metadata', () => {
    const model = encode(classifier, 'fp32');
    expect(model.irVersion).toBe(8);
    expect(model.opsetImport.map((o) => [o.domain, o.version])).toEqual([['', 17]]);
    expect(model.producerName).toBe('hep-ml-hub');
    const dims = model.graph.input[0]!.type.tensorType.shape.dim;
    expect(dims[0]!.dimParam).toBe('batch');
    expect(dims[1]!.dimValue).toBe(3);
    expect(model.metadataProps.map((p) => p.key)).toEqual(['task']);
  });

  it('uses only operators every engine lists for fp32 classifiers and autoencoders (no Gemm, no ReduceMean)', () => {
    for (const network of [classifier, autoencoder]) {
      const ops = new Set(encode(network, 'fp32').graph.node.map((n) => n.opType));
      for (const op of ops) expect(COMMON_OPS.has(op)).toBe(true);
    }
  });

  it('stores weights as little-endian float32 raw data in [inputs][outputs] order', () => {
    const weight = encode(classifier, 'fp32').graph.initializer.find((t) => t.name === 'dense0_weight')!;
    expect(weight.dims).toEqual([3, 5]);
    const view = new DataView(weight.rawData.buffer, weight.rawData.byteOffset, weight.rawData.byteLength);
    expect(view.getFloat32(4 * 7, true)).toBe(classifier.layers[0]!.weights[7]);
  });

  it('casts at both ends of an fp16 graph so inputs and outputs stay float32', () => {
    const graph = encode(classifier, 'fp16').graph;
    expect(graph.node[0]!.opType).toBe('Cast');
    expect(graph.node.at(-1)!.opType).toBe('Cast');
    expect(graph.node.at(-1)!.output).toEqual(['probabilities']);
    expect(graph.initializer.every((t) => t.dataType === 10)).toBe(true);
    expect(graph.input[0]!.type.tensorType.elemType).toBe(1);
  });

  it('wraps int8 weights and activations in QuantizeLinear/DequantizeLinear', () => {
    const x = Float32Array.from({ length: 30 }, (_, k) => k / 10);
    const graph = encode(classifier, 'int8-qdq', calibrateInt8(classifier, x, 10, { quantile: 1 })).graph;
    const ops = graph.node.map((n) => n.opType);
    expect(ops).toContain('QuantizeLinear');
    expect(ops.filter((o) => o === 'DequantizeLinear').length).toBeGreaterThanOrEqual(3);
    expect(graph.initializer.find((t) => t.name === 'dense0_weight_int8')!.dataType).toBe(3);
    expect(graph.initializer.find((t) => t.name === 'dense0_act_q_zero_point')!.dataType).toBe(2);
  });

  it('refuses int8-qdq without quantization parameters', () => {
    expect(() => networkGraph(classifier, 'int8-qdq', { input: 'x', outputs: {} })).toThrow(/quantization/);
  });

  it('names the autoencoder outputs reconstruction and anomaly_score', () => {
    const graph = encode(autoencoder, 'fp32').graph;
    expect(graph.output.map((o) => o.name)).toEqual(['reconstruction', 'anomaly_score']);
    expect(graph.node.some((n) => n.output.includes('reconstruction'))).toBe(true);
    expect(graph.node.find((n) => n.opType === 'Sub' && n.input.includes('reconstruction'))).toBeDefined();
  });
});
