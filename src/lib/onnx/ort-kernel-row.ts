/** Shapes of the generated ONNX Runtime kernel table (ort-kernel-types.generated.ts). */
/** [from, to (null = open), { type constraint: index into ORT_KERNEL_TYPE_SETS (ort-kernel-types.generated.ts) }]. */
export type OrtKernelRow = readonly [from: number, to: number | null, constraints: Readonly<Record<string, number>>];

export interface OrtKernelOp {
  domain: string;
  op: string;
  signatures: readonly { inputs: readonly string[]; outputs: readonly string[] }[];
  rows: readonly OrtKernelRow[];
}
