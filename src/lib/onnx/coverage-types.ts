import type { EngineId, SourceRef } from './op-list-types';
import type { InspectReport } from './report-types';

export type CoverageStatus = 'runs' | 'runs-with-fallback' | 'missing';

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
  /** `runs`, `runs with fallback: falls back to WASM for: X, Y` or `missing: X, Y` (then `; falls back to WASM for: …` when some do). */
  summary: string;
  /** Operators the engine's list does not cover (qualified names, sorted). */
  missing: string[];
  /** Operators that run, but on a fallback back end (onnxruntime-web: WASM CPU). */
  fallback: string[];
  opsetProblems: OpsetProblem[];
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
