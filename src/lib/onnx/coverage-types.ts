import type { EngineId, SourceRef } from './op-list-types';
import type { InspectReport } from './report-types';

/**
 * `runs`: every node has a kernel for its types and attributes; `runs-with-fallback`: some nodes run
 * on the CPU back end (onnxruntime-web: WASM); `fails`: some node cannot run; `unknown`: the checker
 * could not decide (e.g. a node's input type is not stated and the kernel does not take every type).
 */
export type CoverageStatus = 'runs' | 'runs-with-fallback' | 'fails' | 'unknown';

export interface CoverageReason {
  kind: 'fails' | 'fallback' | 'unknown';
  /** The operator (qualified name) concerned; '' for model-wide reasons. */
  op: string;
  /** Node name, or `#index (OpType)`; null for operator- or model-wide reasons. */
  node: string | null;
  message: string;
}

export interface OpsetProblem {
  /** Domain-qualified operator name. */
  op: string;
  /** The opset the model imports for the operator's domain; null when it imports none. */
  opset: number | null;
  /** The list's range for the operator, as written there. */
  range: string | null;
  message: string;
}

export interface EngineCoverage {
  engine: EngineId;
  name: string;
  version: string;
  status: CoverageStatus;
  /** One line: `runs`, `runs with fallback: …`, `fails: …` or `unknown: …`. */
  summary: string;
  /** Operators the engine's list does not cover (qualified names, sorted). */
  missing: string[];
  /** Operators that run, but on a fallback back end (onnxruntime-web: WASM CPU). */
  fallback: string[];
  opsetProblems: OpsetProblem[];
  /** Why the status is not `runs`: each node that fails, falls back or could not be decided. */
  reasons: CoverageReason[];
  notes: string[];
  /** Where the engine's list comes from; show these with the matrix. */
  sources: SourceRef[];
}

export interface CoverageReport {
  schemaVersion: 1;
  engines: EngineCoverage[];
}

/** What `POST /api/onnx/inspect` returns. */
export interface InspectResponse {
  report: InspectReport;
  coverage: CoverageReport;
}
