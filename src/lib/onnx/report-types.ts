/**
 * The inspection report: plain JSON, identical for the inspector page, POST /api/onnx/inspect
 * and `hub onnx inspect`. Domains are normalised: the default domain ('' or 'ai.onnx') is ''.
 */

/** A dimension: a number, a symbolic name ("batch"), or null when unknown. */
export type Dim = number | string | null;

export interface ValueSummary {
  name: string;
  /** `float32` for tensors; `seq(float32)`, `map(int64,float32)`, `optional(…)`, `sparse(…)` otherwise. */
  type: string;
  /** Element type of a tensor (or sparse tensor) value, else null. */
  elemType: string | null;
  /** Tensor shape; null when the rank is unknown or the value is not a tensor. */
  shape: Dim[] | null;
}

export interface OpsetImport {
  /** '' = the default ai.onnx domain. */
  domain: string;
  version: number;
}

export interface OperatorCount {
  /** Domain-qualified name as in the engine lists: `Relu`, `ai.onnx.ml:Scaler`, `com.microsoft:Attention`. */
  op: string;
  domain: string;
  opType: string;
  count: number;
  /** The opset the model imports for this domain, null when it imports none. */
  opset: number | null;
}

export interface NodeSummary {
  name: string;
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  /** '' for the main graph, else the subgraph path, e.g. `loop_1.body > if_2.then_branch`. */
  graph: string;
  /** Type of each input, in order, where the model declares or implies it (value_info, initializers, Constant nodes); null where unknown. */
  inputTypes: (TensorType | null)[];
  /** Type of each output, in order; null where unknown. */
  outputTypes: (TensorType | null)[];
  /** INT, FLOAT, STRING and short INTS attributes (what the engine checks read). */
  attributes: Record<string, number | string | number[]>;
}

/** A value's type and shape as the model states them. */
export interface TensorType {
  type: string;
  elemType: string | null;
  shape: Dim[] | null;
}

/** Weights held by Constant nodes (their `value`, `sparse_value` or `value_*` attributes). */
export interface ConstantStats {
  count: number;
  bytes: number;
  parameters: number;
}

export interface SubgraphSummary {
  /** The subgraph path, as in NodeSummary.graph. */
  path: string;
  /** The node that holds it (If, Loop, Scan, …) and the attribute it sits in. */
  opType: string;
  attribute: string;
  depth: number;
  nodeCount: number;
  initializerCount: number;
}

/** A non-standard operator domain that nodes actually use (an import alone does not count). */
export interface CustomDomainUse {
  domain: string;
  nodeCount: number;
  opTypes: string[];
  /** The opset the model imports for it; null when it imports none. */
  opset: number | null;
  /** Operators of this domain that are model-local functions rather than engine kernels. */
  localFunctions: string[];
}

/** A tensor whose data lives in a file next to the model. */
export interface ExternalDataRef {
  tensor: string;
  location: string;
  offset: number | null;
  length: number | null;
  /** '' for the main graph, else the subgraph path. */
  graph: string;
}

/** A named (symbolic) dimension, and the values that use it (`input x`, `output y`, `value h1`). */
export interface SymbolicDim {
  name: string;
  usedBy: string[];
}

export interface ElementTypeStats {
  elemType: string;
  count: number;
  bytes: number;
  parameters: number;
}

export interface InitializerStats {
  /** Dense plus sparse initializers of the main graph and all subgraphs. */
  count: number;
  /** Bytes of tensor data stored in the file (raw_data or typed fields). */
  bytes: number;
  /** Tensors whose data lives in external files, and their size when known. */
  externalCount: number;
  externalBytes: number;
  /** Sum of element counts (a sparse initializer counts its stored values). */
  parameters: number;
  byElementType: ElementTypeStats[];
}

export interface FunctionSummary {
  domain: string;
  name: string;
  nodeCount: number;
  opsetImports: OpsetImport[];
  operators: OperatorCount[];
}

export interface InspectReport {
  /** Bumped when the shape of this object changes incompatibly. */
  schemaVersion: 1;
  byteSize: number;
  sha256: string;
  irVersion: number;
  opsetImports: OpsetImport[];
  producer: { name: string; version: string };
  model: { domain: string; version: number };
  docString: string;
  docStringTruncated: boolean;
  graphName: string;
  inputs: ValueSummary[];
  outputs: ValueSummary[];
  initializers: InitializerStats;
  /** Weights in Constant nodes, main graph and subgraphs. */
  constants: ConstantStats;
  /** All weights: initializers (all graphs) plus Constant nodes. */
  parameters: number;
  /** All nodes: main graph and subgraphs (not function bodies). */
  nodeCount: number;
  subgraphCount: number;
  subgraphNodeCount: number;
  subgraphs: SubgraphSummary[];
  customDomains: CustomDomainUse[];
  externalData: ExternalDataRef[];
  symbolicDims: SymbolicDim[];
  operators: OperatorCount[];
  /** Node list, in graph order, capped at `maxListedNodes`. */
  nodes: NodeSummary[];
  nodesTruncated: boolean;
  functions: FunctionSummary[];
  metadata: { key: string; value: string }[];
  /** Inconsistencies that did not stop the inspection (size mismatches, missing opset imports…). */
  warnings: string[];
}
