import type { KernelDocSource } from './ort-kernel-doc';

/** The saved copy of ONNX Runtime's kernel table and where it came from (data/ort/README.md). */
export const ORT_KERNEL_DOC: { file: string; source: KernelDocSource } = {
  file: 'src/lib/onnx/data/ort/OperatorKernels.md',
  source: {
    repository: 'github.com/microsoft/onnxruntime',
    path: 'docs/OperatorKernels.md',
    commit: '001d12d2623fd411ce0f83d05abb5e82304a3389',
    excerpt: 'characters 0-127141 of 315726: the header and the CPUExecutionProvider ai.onnx and ai.onnx.ml domains',
  },
};
