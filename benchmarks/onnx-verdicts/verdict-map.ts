import type { CoverageReport } from '../../src/lib/onnx';

export const BENCH_ENGINES = ['cpu', 'wasm', 'webgpu'] as const;
export type BenchEngine = (typeof BENCH_ENGINES)[number];
export type Reality = 'runs' | 'runs-with-fallback' | 'fails' | 'unknown';
export interface Outcome {
  reality: Reality;
  detail: string | null;
  mismatch?: string | null;
}

/**
 * The checker's verdict for a benchmark engine: onnxruntime-node and onnxruntime-web WASM run the
 * CPU kernels (the `ort-cpu` row), WebGPU is the `ort-web-webgpu` row.
 */
export function benchVerdict(coverage: CoverageReport, engine: BenchEngine): { status: string; summary: string } {
  const row = coverage.engines.find((e) => e.engine === (engine === 'webgpu' ? 'ort-web-webgpu' : 'ort-cpu'));
  if (!row) return { status: 'unknown', summary: 'no row' };
  const status = String(row.status) === 'missing' ? 'fails' : row.status;
  return { status, summary: row.summary };
}
