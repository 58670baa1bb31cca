/**
 * What an engine's operator list alone does not say: the element types a kernel is registered for,
 * attribute values a kernel rejects, ONNX function operators that ONNX Runtime expands, and the
 * limits of the onnxruntime JavaScript APIs. Every entry names its source (a document row or an
 * ONNX backend test that shows it, see benchmarks/onnx-verdicts/).
 */
import type { EngineId } from './op-list-types';

const ONNX_TEST = (name: string) => `onnx backend test ${name} (libonnx-testdata 1.12.0), run in onnxruntime 1.30.0`;

/**
 * onnxruntime-web's JSEP (WebGPU) kernels register their data type constraint with
 * JsepSupportedDataTypes() / JsepSupportedFloatTypes(): float32, float16, int32, uint32. A node whose
 * data input has another type (float64, int8, uint8, int16, uint16, int64, bool, string …) gets no
 * JSEP kernel and runs on the WASM CPU back end.
 */
export const JSEP_DATA_TYPES: readonly string[] = ['float32', 'float16', 'int32', 'uint32'];
/** Operators whose JSEP kernels also take these types for their data input (Cast: also its output). */
export const JSEP_EXTRA_TYPES: Readonly<Record<string, readonly string[]>> = {
  Cast: ['bool'],
  // test_dequantizelinear and test_dequantizelinear_axis (uint8 x) run wholly on WebGPU.
  DequantizeLinear: ['int8', 'uint8'],
};
/** Operators whose JSEP kernels take fewer types than JSEP_DATA_TYPES for their data input. */
export const JSEP_OP_TYPES: Readonly<Record<string, readonly string[]>> = {
  // test_edge_pad and test_reflect_pad (int32 x) are placed on the CPU; test_constant_pad (float32) runs on WebGPU.
  Pad: ['float32', 'float16'],
};
/** Operators whose output type decides the JSEP kernel too (Cast's `to`). */
export const JSEP_OUTPUT_TYPED: ReadonlySet<string> = new Set(['Cast']);
/**
 * Kernels JSEP registers in C++ that docs/webgpu-operators.md (generated from the TypeScript kernels)
 * does not list; they take no data-type check.
 */
export const JSEP_UNLISTED_KERNELS: Readonly<Record<string, string>> = {
  If: 'onnx backend test test_if (libonnx-testdata 1.12.0) runs wholly on onnxruntime-web 1.30.0 WebGPU (no node placed on the CPU)',
};

/** An input element type a WebGPU kernel takes at registration but fails on when it runs. */
export interface WebGpuInputTypeLimit {
  op: string;
  input: number;
  types: readonly string[];
  message: string;
  source: string;
}
/** The data input of operators where it is not input 0. */
export const JSEP_DATA_INPUT: Readonly<Record<string, number>> = { Where: 1 };
export const JSEP_TYPES_SOURCE =
  'github.com/microsoft/onnxruntime onnxruntime/core/providers/js/js_data_types.cc (JsepSupportedDataTypes); measured in benchmarks/onnx-verdicts';

export const WEBGPU_INPUT_TYPE_LIMITS: readonly WebGpuInputTypeLimit[] = [
  {
    op: 'Pow',
    input: 1,
    types: ['int64', 'uint64'],
    message: 'the WebGPU Pow kernel fails on a 64-bit integer exponent',
    source:
      'onnx backend tests test_pow_types_float32_int64, test_pow_types_float32_uint64, test_pow_types_int (libonnx-testdata 1.12.0) in onnxruntime-web 1.30.0 WebGPU: "currently not supported vecX of uint64 yet" (test_pow_types_float32_int32 and _uint32 run)',
  },
];

/** An attribute value a kernel refuses when the session is created or run. */
export interface AttributeLimit {
  op: string;
  engines: readonly EngineId[];
  attribute: string;
  /** The kernel refuses the node when the attribute equals this value … */
  equals?: number | string;
  /** … or when the attribute (a list) has at least this many entries. */
  minLength?: number;
  /** … or when this input has at least this rank (kernel_shape may be left out and follow from W). */
  inputRank?: { input: number; atLeast: number };
  /** … or when the node uses this (optional) output. */
  outputUsed?: number;
  effect: 'fails' | 'fallback';
  message: string;
  source: string;
}

const WEBGPU_RUN = (test: string, error: string) => `${ONNX_TEST(test)} in onnxruntime-web WebGPU: "${error}"`;

export const ATTRIBUTE_LIMITS: readonly AttributeLimit[] = [
  {
    op: 'AveragePool',
    engines: ['ort-web-webgpu'],
    attribute: 'ceil_mode',
    equals: 1,
    effect: 'fails',
    message: 'ceil_mode=1 is not implemented by the WebGPU AveragePool kernel',
    source: WEBGPU_RUN(
      'test_averagepool_2d_ceil',
      'ceil_mode kernel execution (padding/divisor) is not yet implemented in the WebGPU AveragePool kernel',
    ),
  },
  {
    op: 'MaxPool',
    engines: ['ort-web-webgpu'],
    attribute: 'ceil_mode',
    equals: 1,
    effect: 'fails',
    message: 'ceil_mode=1 is not implemented by the WebGPU pooling kernels',
    source: WEBGPU_RUN('test_maxpool_2d_ceil', 'ceil_mode … not yet implemented'),
  },
  {
    op: 'AveragePool',
    engines: ['ort-web-webgpu'],
    attribute: 'kernel_shape',
    minLength: 3,
    effect: 'fails',
    message: '3-D pooling is not supported by the WebGPU kernel',
    source: WEBGPU_RUN(
      'test_averagepool_3d_default',
      'Pooling with kernelShape.length > 2 is not supported for NHWC format',
    ),
  },
  {
    op: 'MaxPool',
    engines: ['ort-web-webgpu'],
    attribute: 'kernel_shape',
    minLength: 3,
    effect: 'fails',
    message: '3-D pooling is not supported by the WebGPU kernel',
    source: WEBGPU_RUN(
      'test_maxpool_3d_default',
      'Pooling with kernelShape.length > 2 is not supported for NHWC format',
    ),
  },
  {
    op: 'ConvTranspose',
    engines: ['ort-web-webgpu'],
    attribute: 'kernel_shape',
    minLength: 3,
    effect: 'fails',
    message: '3-D ConvTranspose is not supported by the WebGPU kernel',
    source: WEBGPU_RUN('test_convtranspose_3d', 'currently only support 2-dimensional conv'),
  },
  {
    op: 'ConvTranspose',
    engines: ['ort-web-webgpu'],
    attribute: 'kernel_shape',
    inputRank: { input: 0, atLeast: 5 },
    effect: 'fails',
    message: '3-D ConvTranspose (5-D input) is not supported by the WebGPU kernel',
    source: WEBGPU_RUN('test_convtranspose_3d', 'currently only support 2-dimensional conv'),
  },
  {
    op: 'MaxPool',
    engines: ['ort-web-webgpu'],
    attribute: 'storage_order',
    equals: 1,
    effect: 'fails',
    message: 'column-major storage_order=1 is not supported by the WebGPU MaxPool kernel',
    source: WEBGPU_RUN(
      'test_maxpool_with_argmax_2d_precomputed_strides',
      'column major storage order is not yet supported for MaxPool',
    ),
  },
  {
    op: 'MaxPool',
    engines: ['ort-web-webgpu'],
    attribute: 'Indices',
    outputUsed: 1,
    effect: 'fails',
    message: 'the Indices output (int64) is not supported by the WebGPU MaxPool kernel',
    source: WEBGPU_RUN('test_maxpool_with_argmax_2d_precomputed_pads', 'Unsupported OrtValue type'),
  },
  {
    op: 'BatchNormalization',
    engines: ['ort-web-webgpu'],
    attribute: 'training_mode',
    equals: 1,
    effect: 'fails',
    message: 'training mode is not supported by the WebGPU kernel',
    source: WEBGPU_RUN('test_batchnorm_example_training_mode', 'BatchNormalization trainingMode is not supported yet'),
  },
  {
    op: 'LSTM',
    engines: ['ort-cpu', 'ort-web-webgpu'],
    attribute: 'layout',
    equals: 1,
    effect: 'fails',
    message: 'batch-wise recurrent layout (layout=1) is not supported by the CPU kernel',
    source: ONNX_TEST('test_lstm_batchwise') + ': lstm_base.h "layout_ == 0 was false"',
  },
  {
    op: 'GRU',
    engines: ['ort-cpu', 'ort-web-webgpu'],
    attribute: 'layout',
    equals: 1,
    effect: 'fails',
    message: 'batch-wise recurrent layout (layout=1) is not supported by the CPU kernel',
    source: ONNX_TEST('test_gru_batchwise') + ': deep_cpu_gru.h "layout_ == 0 was false"',
  },
  {
    op: 'RNN',
    engines: ['ort-cpu', 'ort-web-webgpu'],
    attribute: 'layout',
    equals: 1,
    effect: 'fails',
    message: 'batch-wise recurrent layout (layout=1) is not supported by the CPU kernel',
    source: ONNX_TEST('test_simple_rnn_batchwise') + ': rnn.h "layout_ == 0 was false"',
  },
];

/**
 * Operators ONNX defines as functions that ONNX Runtime has no kernel for and runs by expanding
 * the function body (onnx/defs: FunctionBody / context-dependent function builders). Seen running in
 * onnxruntime-node 1.30 with the named backend tests.
 */
export const ORT_EXPANDED_FUNCTIONS: Readonly<Record<string, string>> = {
  Bernoulli: ONNX_TEST('test_bernoulli'),
  CastLike: ONNX_TEST('test_castlike_FLOAT_to_DOUBLE'),
  HardSwish: ONNX_TEST('test_hardswish'),
  Mish: ONNX_TEST('test_mish'),
  NegativeLogLikelihoodLoss: ONNX_TEST('test_nllloss_NC'),
  SoftmaxCrossEntropyLoss: ONNX_TEST('test_sce_mean'),
  SequenceMap: ONNX_TEST('test_sequence_map_identity_1_sequence'),
  CenterCropPad: 'onnx/defs/tensor/defs.cc CenterCropPad function body (opset 18)',
  GroupNormalization: 'onnx/defs/nn/defs.cc GroupNormalization function body (opset 18)',
  Gelu: 'onnx/defs/math/defs.cc Gelu function body (opset 20)',
  Swish: 'onnx/defs/math/defs.cc Swish function body (opset 24)',
};

/** Element types the onnxruntime JavaScript APIs (onnxruntime-common Tensor) can create or return. */
export const JS_API_TENSOR_TYPES: ReadonlySet<string> = new Set([
  'float32',
  'uint8',
  'int8',
  'uint16',
  'int16',
  'int32',
  'int64',
  'string',
  'bool',
  'float16',
  'float64',
  'uint32',
  'uint64',
]);
export const JS_API_SOURCE =
  'onnxruntime-common 1.30.0 Tensor types; bfloat16 fails with "Unsupported data type: 16" (' +
  ONNX_TEST('test_cast_FLOAT_to_BFLOAT16') +
  ')';

/**
 * Kernels that depend on the host: StringNormalizer builds a C++ locale named by its `locale`
 * attribute (default en_US) when it changes case, and fails where that locale is not installed;
 * with case_change_action NONE (the default) it needs none.
 */
export interface HostDependentLimit {
  op: string;
  attribute: string;
  /** The node depends on the host when the attribute has one of these values. */
  values: readonly string[];
  message: string;
}

export const HOST_DEPENDENT_LIMITS: readonly HostDependentLimit[] = [
  {
    op: 'StringNormalizer',
    attribute: 'case_change_action',
    values: ['LOWER', 'UPPER'],
    message:
      'StringNormalizer changes case with the C++ locale named by its `locale` attribute (default en_US.UTF-8), which must be installed on the host (' +
      ONNX_TEST('test_strnormalizer_export_monday_casesensintive_lower') +
      ' fails where it is not; test_strnormalizer_nostopwords_nochangecase runs)',
  },
];

/** onnxruntime-web's WebGPU (JSEP) back end runs every node of a model below this ai.onnx opset on the WASM CPU. */
export const WEBGPU_MIN_OPSET = 7;
export const WEBGPU_MIN_OPSET_SOURCE =
  'onnxruntime-web 1.30.0 docs/webgpu-operators.md: no JSEP kernel is registered below opset 6–7; measured in benchmarks/onnx-verdicts';
