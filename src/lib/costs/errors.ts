/** The campaign names a GPU the price version does not price. The API maps this to 400. */
export class UnknownGpuTypeError extends Error {
  readonly code = 'unknown_gpu_type';
  constructor(
    readonly gpuType: string,
    readonly known: string[],
  ) {
    super(`unknown GPU type "${gpuType}"; known: ${known.join(', ')}`);
    this.name = 'UnknownGpuTypeError';
  }
}
