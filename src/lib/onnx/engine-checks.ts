/**
 * Node-level checks for the ONNX Runtime engines: kernel type constraints, attribute limits,
 * host-dependent kernels and what the onnxruntime JavaScript APIs can feed. Data: kernel-limits.ts.
 */
import type { CoverageReason } from './coverage-types';
import {
  ATTRIBUTE_LIMITS,
  HOST_DEPENDENT_LIMITS,
  JS_API_SOURCE,
  JS_API_TENSOR_TYPES,
  JSEP_DATA_INPUT,
  JSEP_DATA_TYPES,
  JSEP_EXTRA_TYPES,
  JSEP_TYPES_SOURCE,
  type AttributeLimit,
} from './kernel-limits';
import type { InspectReport, NodeSummary } from './report-types';
import { checkKernelTypes, ORT_KERNEL_SOURCE, ortCpuKernelOp } from './ort-kernel-types';
import { inferElementTypes } from './type-inference';

export const nodeLabel = (node: NodeSummary, index: number): string =>
  node.name ? node.name : `#${index} (${node.opType})`;

function attributeHits(limit: AttributeLimit, node: NodeSummary): boolean {
  const value = node.attributes?.[limit.attribute];
  if (limit.equals !== undefined) return value === limit.equals;
  if (limit.minLength !== undefined) return Array.isArray(value) && value.length >= limit.minLength;
  if (limit.inputRank) return (node.inputTypes[limit.inputRank.input]?.shape?.length ?? 0) >= limit.inputRank.atLeast;
  return false;
}

function opsetOf(report: InspectReport, domain: string): number | null {
  return report.opsetImports.find((o) => o.domain === domain)?.version ?? null;
}

/** Graph inputs and outputs the JavaScript APIs cannot feed or return (sequences, maps, optionals, bfloat16 …). */
export function jsApiReasons(report: InspectReport): CoverageReason[] {
  const reasons: CoverageReason[] = [];
  const check = (kind: 'input' | 'output', v: InspectReport['inputs'][number]) => {
    if (v.elemType !== null && !v.type.startsWith('sparse') && JS_API_TENSOR_TYPES.has(v.elemType)) return;
    reasons.push({
      kind: 'fails',
      op: '',
      node: null,
      message: `model ${kind} '${v.name}' is ${v.type}: the onnxruntime JavaScript APIs take and return tensors of ${[...JS_API_TENSOR_TYPES].join(', ')} only (${JS_API_SOURCE})`,
    });
  };
  report.inputs.forEach((v) => check('input', v));
  report.outputs.forEach((v) => check('output', v));
  return reasons;
}

/**
 * Reasons a node cannot run on the CPU kernels of ONNX Runtime (`ort-cpu`), or that the checker
 * cannot decide. `onlyNodes` limits the check (WebGPU: the nodes that fall back to the CPU).
 */
export function cpuNodeReasons(report: InspectReport, onlyNodes?: ReadonlySet<NodeSummary>): CoverageReason[] {
  const reasons: CoverageReason[] = [];
  const typeOf = inferElementTypes(report);
  report.nodes.forEach((node, index) => {
    if (onlyNodes && !onlyNodes.has(node)) return;
    const label = nodeLabel(node, index);
    const opset = opsetOf(report, node.domain);
    const entry = opset === null ? null : ortCpuKernelOp(node.domain, node.opType);
    if (entry && opset !== null) {
      const types = node.inputs.map((name, i) => (name ? typeOf(node, i) : undefined));
      const check = checkKernelTypes(entry, opset, types);
      if (check.kind === 'unknown')
        reasons.push({
          kind: 'unknown',
          op: node.opType,
          node: label,
          message: `${node.opType} '${label}': the type of input ${check.input} is not stated; the CPU kernel (opset ${opset}) takes ${check.constraint} = ${check.types.join(', ')} (${ORT_KERNEL_SOURCE})`,
        });
      else if (check.kind === 'no-kernel')
        reasons.push({
          kind: 'fails',
          op: node.opType,
          node: label,
          message: `${node.opType} '${label}': no CPU kernel for ${check.type} (input ${check.input}) at opset ${opset}; registered ${check.constraint} = ${check.types.join(', ')} (${ORT_KERNEL_SOURCE})`,
        });
    }
    for (const limit of ATTRIBUTE_LIMITS) {
      if (limit.op !== node.opType || node.domain !== '' || !limit.engines.includes('ort-cpu')) continue;
      if (attributeHits(limit, node))
        reasons.push({
          kind: 'fails',
          op: node.opType,
          node: label,
          message: `${node.opType} '${label}': ${limit.message} (${limit.source})`,
        });
    }
    for (const host of HOST_DEPENDENT_LIMITS) {
      const value = node.attributes?.[host.attribute];
      if (host.op === node.opType && node.domain === '' && typeof value === 'string' && host.values.includes(value))
        reasons.push({
          kind: 'unknown',
          op: node.opType,
          node: label,
          message: `${node.opType} '${label}': ${host.message}`,
        });
    }
  });
  if (report.nodesTruncated)
    reasons.push({
      kind: 'unknown',
      op: '',
      node: null,
      message: `only the first ${report.nodes.length} of ${report.nodeCount} nodes were listed, so the rest were not type-checked`,
    });
  return reasons;
}

/**
 * Node reasons for onnxruntime-web with the WebGPU (JSEP) back end. `jsep`: the JSEP operator index
 * (qualified name → entry); null when every node runs on the WASM CPU (models below opset 7).
 * Nodes without a JSEP kernel run on the CPU kernels, so the CPU checks apply to them.
 */
export function webGpuNodeReasons(
  report: InspectReport,
  jsep: ReadonlyMap<string, { spans: readonly (readonly [number, number | null])[] | null }> | null,
): CoverageReason[] {
  const onCpu = new Set<NodeSummary>();
  const reasons: CoverageReason[] = [];
  const typeOf = inferElementTypes(report);
  report.nodes.forEach((node, index) => {
    // ORT expands CastLike into a Cast, which has a WebGPU kernel.
    const opType = node.domain === '' && node.opType === 'CastLike' ? 'Cast' : node.opType;
    const qualified = node.domain ? `${node.domain}:${opType}` : opType;
    const entry = jsep?.get(qualified);
    const opset = opsetOf(report, node.domain);
    const inRange =
      entry &&
      (entry.spans === null ||
        (opset !== null && entry.spans.some(([a, b]) => opset >= a && (b === null || opset <= b))));
    if (!inRange) {
      onCpu.add(node);
      return;
    }
    const label = nodeLabel(node, index);
    if (node.domain === '') {
      const at = JSEP_DATA_INPUT[node.opType] ?? 0;
      const accepted = [...JSEP_DATA_TYPES, ...(JSEP_EXTRA_TYPES[node.opType] ?? [])];
      const t = node.inputs[at] ? typeOf(node, at) : null;
      if (node.inputs[at] && t === null) {
        reasons.push({
          kind: 'unknown',
          op: node.opType,
          node: label,
          message: `${node.opType} '${label}': the type of input ${at} is not stated; WebGPU kernels take ${accepted.join(', ')}`,
        });
      } else if (t !== null && !accepted.includes(t)) {
        onCpu.add(node);
        reasons.push({
          kind: 'fallback',
          op: node.opType,
          node: label,
          message: `${node.opType} '${label}': no WebGPU kernel for ${t} (WebGPU kernels take ${accepted.join(', ')}; ${JSEP_TYPES_SOURCE}); runs on the WASM CPU back end`,
        });
        return;
      }
    }
    for (const limit of ATTRIBUTE_LIMITS) {
      if (limit.op !== node.opType || node.domain !== '' || !limit.engines.includes('ort-web-webgpu')) continue;
      if (attributeHits(limit, node)) {
        if (limit.effect === 'fallback') onCpu.add(node);
        reasons.push({
          kind: limit.effect,
          op: node.opType,
          node: label,
          message: `${node.opType} '${label}': ${limit.message} (${limit.source})`,
        });
      }
    }
  });
  return [...reasons, ...cpuNodeReasons(report, onCpu)];
}
