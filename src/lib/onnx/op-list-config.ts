import type { EngineListConfig } from './op-list-parse';

const ORT = 'github.com/microsoft/onnxruntime';
const HLS4ML = 'github.com/fastmachinelearning/hls4ml';
const HLS4ML_COMMIT = 'ef92ebdf2fc6b9573170465ada2200bb782d1164';

/**
 * One entry per file in ../shared/reference/onnx-ops/. Source values are copied from the
 * files' comments and checked against them when the lists are parsed.
 */
export const ENGINE_LIST_CONFIG: readonly EngineListConfig[] = [
  {
    id: 'ort-cpu',
    name: 'ONNX Runtime CPU',
    version: '1.30.0',
    file: 'ort-cpu.txt',
    defaultSection: 'ai.onnx',
    sources: [
      {
        repository: ORT,
        path: 'docs/OperatorKernels.md',
        commit: '001d12d2623fd411ce0f83d05abb5e82304a3389',
        date: null,
        sections: [],
      },
      {
        repository: ORT,
        path: 'cpu/tensor/bitcast_op.cc',
        commit: '0189eff60123fcd0229ff6754ffa5a6ced482a25',
        date: null,
        sections: [],
      },
      {
        repository: ORT,
        path: 'cpu/math/cumprod.cc',
        commit: '0189eff60123fcd0229ff6754ffa5a6ced482a25',
        date: null,
        sections: [],
      },
      {
        repository: ORT,
        path: 'cpu/nn/deform_conv.cc',
        commit: '01fa418c24dd0c46bd9eec6ca6a962b046a21dbc',
        date: null,
        sections: [],
      },
      {
        repository: ORT,
        path: 'cpu/object_detection/non_max_suppression.cc',
        commit: '017ba3c7c9af4b9fdea926f37f3e7c14deca91ef',
        date: null,
        sections: [],
      },
    ],
  },
  {
    id: 'ort-web-webgpu',
    name: 'onnxruntime-web WebGPU',
    version: '1.30.0',
    file: 'ort-web-webgpu.txt',
    defaultSection: 'jsep ai.onnx',
    sources: [
      {
        repository: 'npm onnxruntime-web@1.30.0',
        path: 'docs/webgpu-operators.md',
        commit: null,
        date: null,
        sections: ['jsep ai.onnx', 'jsep com.microsoft'],
      },
      {
        repository: ORT,
        path: 'onnxruntime/core/providers/webgpu/webgpu_execution_provider.cc',
        commit: 'e71860df6c89b1ddb693d9975c7e2830dd7f2a9e',
        date: null,
        sections: ['native ai.onnx (webgpu_execution_provider.cc @ e71860df)'],
      },
    ],
  },
  {
    id: 'tmva-sofie',
    name: 'TMVA SOFIE (ROOT)',
    version: 'root @ 80ab68e26ed3',
    file: 'tmva-sofie.txt',
    defaultSection: 'RegisterOperator calls',
    sources: [
      {
        repository: 'github.com/root-project/root',
        path: 'tmva/sofie_parsers/src/RModelParser_ONNX.cxx',
        commit: '80ab68e26ed372b12729aefc163c250e95128734',
        date: null,
        sections: [],
      },
    ],
  },
  {
    id: 'hls4ml',
    name: 'hls4ml',
    version: 'v1.3.0 (main @ ef92ebdf2fc6)',
    file: 'hls4ml.txt',
    defaultSection: 'handled by an @onnx_handler',
    sources: [
      {
        repository: HLS4ML,
        path: 'hls4ml/converters/onnx/{core,convolution,merge,pooling,reshape}.py',
        commit: HLS4ML_COMMIT,
        date: '2026-06-10',
        sections: ['handled by an @onnx_handler'],
      },
      {
        repository: HLS4ML,
        path: 'hls4ml/converters/onnx_to_hls.py',
        commit: HLS4ML_COMMIT,
        date: '2026-06-10',
        sections: ['skipped as no-ops'],
      },
    ],
  },
];
