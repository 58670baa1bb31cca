/**
 * Which nodes ONNX Runtime folds into constants when it creates a session (its ConstantFolding graph
 * transformer, on by default): a node of the main graph whose inputs are all constant (initializers,
 * Constant nodes, outputs of folded nodes) is computed once on the CPU and replaced by an initializer,
 * so no execution provider runs it. Shape of a value whose shape is fully static folds too.
 * Non-deterministic operators are never folded. Source: github.com/microsoft/onnxruntime
 * onnxruntime/core/optimizer/constant_folding.{h,cc} (excluded_op_types_); measured in
 * benchmarks/onnx-verdicts (e.g. test_layer_normalization_*_expanded, test_blackmanwindow_expanded on WebGPU).
 */
import type { InspectReport, NodeSummary } from './report-types';

const NOT_FOLDED = new Set(['RandomUniform', 'RandomNormal', 'RandomUniformLike', 'RandomNormalLike', 'Multinomial']);
/** Operators with graph attributes (their bodies are not folded as a whole). */
const CONTROL_FLOW = new Set(['If', 'Loop', 'Scan', 'SequenceMap']);

/**
 * The main-graph nodes ORT folds away, or null when the report lists only part of the nodes (then
 * nothing can be said). Nodes that produce a graph output are kept, to stay on the safe side.
 */
export function foldedNodes(report: InspectReport): ReadonlySet<NodeSummary> | null {
  if (report.nodesTruncated) return null;
  const main = report.nodes.filter((n) => n.graph === '');
  const produced = new Set(main.flatMap((n) => n.outputs));
  const graphInputs = new Set(report.inputs.map((v) => v.name));
  const graphOutputs = new Set(report.outputs.map((v) => v.name));
  const constant = new Set<string>();
  // Initializers: consumed, not produced by a node and not a graph input.
  for (const node of main)
    for (const name of node.inputs) if (name && !produced.has(name) && !graphInputs.has(name)) constant.add(name);
  const folded = new Set<NodeSummary>();
  for (const node of main) {
    if (node.domain !== '' && node.domain !== 'ai.onnx.ml') continue;
    if (node.opType === 'Constant' && node.domain === '') {
      node.outputs.forEach((o) => o && constant.add(o));
      continue;
    }
    if (NOT_FOLDED.has(node.opType) || CONTROL_FLOW.has(node.opType)) continue;
    if (node.outputs.some((o) => graphOutputs.has(o))) continue;
    const present = node.inputs.map((name, i) => [name, i] as const).filter(([name]) => name);
    if (present.length === 0) continue;
    const staticShape =
      node.opType === 'Shape' &&
      node.domain === '' &&
      (node.inputTypes[0]?.shape?.every((d) => typeof d === 'number') ?? false);
    if (!staticShape && !present.every(([name]) => constant.has(name))) continue;
    folded.add(node);
    node.outputs.forEach((o) => o && constant.add(o));
  }
  return folded;
}
