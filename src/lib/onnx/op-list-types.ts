export type EngineId = 'ort-cpu' | 'ort-web-webgpu' | 'tmva-sofie' | 'hls4ml';

/** Inclusive opset span; `to` null = no upper bound (`N+`). */
export type OpsetSpan = readonly [from: number, to: number | null];

export interface EngineOp {
  /** Operator type without domain prefix. */
  op: string;
  /** '' = default ai.onnx domain, else e.g. 'ai.onnx.ml', 'com.microsoft'. */
  domain: string;
  /** The range exactly as written in the list (`7+`, `9-10`, `19-21,22+`), or null when it has none. */
  range: string | null;
  /** `range` parsed; null = any opset. */
  spans: readonly OpsetSpan[] | null;
  /** The `  # …` note of the line, if any. */
  note: string | null;
}

export interface EngineSection {
  /** As in the `# == section: … ==` line. */
  title: string;
  ops: readonly EngineOp[];
}

/** Where a list was read from, each value exactly as written in the list's comments. */
export interface SourceRef {
  repository: string;
  path: string;
  commit: string | null;
  /** Commit date; null where the list says it is not known. */
  date: string | null;
  /** Which sections the source covers; empty = the whole list. */
  sections: readonly string[];
}

export interface EngineOpList {
  id: EngineId;
  name: string;
  version: string;
  /** File name under ../shared/reference/onnx-ops/. */
  file: string;
  sources: readonly SourceRef[];
  /** Every `# ` comment line of the file, without the `# ` prefix, in order. */
  comments: readonly string[];
  sections: readonly EngineSection[];
}
