/**
 * Node-level checks for the ONNX Runtime engines: kernel type constraints, attribute limits,
 * host-dependent kernels and what the onnxruntime JavaScript APIs can feed. Data: kernel-limits.ts.
 */
import type { CoverageReason } from './coverage-types';
import { dataTypeName } from './data-types';
import {
  ATTRIBUTE_LIMITS,
  HOST_DEPENDENT_LIMITS,
  JS_API_SOURCE,
  JS_API_TENSOR_TYPES,
  JSEP_DATA_INPUT,
  JSEP_DATA_TYPES,
  JSEP_EXTRA_TYPES,
  JSEP_OP_TYPES,
  JSEP_OUTPUT_TYPED,
  JSEP_TYPES_SOURCE,
  JSEP_UNLISTED_KERNELS,
  WEBGPU_INPUT_TYPE_LIMITS,
  type AttributeLimit,
} from './kernel-limits';
import { foldedNodes } from './constant-folding';
import type { InspectReport, NodeSummary } from './report-types';
import { boundInputType, checkKernelTypes, ORT_KERNEL_SOURCE, ortCpuKernelOp } from './ort-kernel-types';
import { inferElementTypes } from './type-inference';

export const nodeLabel = (node: NodeSummary, index: number): string =>
  node.name ? node.name : `#${index} (${node.opType})`;

function attributeHits(limit: AttributeLimit, node: NodeSummary): boolean {
  const value = node.attributes?.[limit.attribute];
  if (limit.equals !== undefined) return value === limit.equals;
  if (limit.minLength !== undefined) return Array.isArray(value) && value.length >= limit.minLength;
  if (limit.inputRank) return (node.inputTypes[limit.inputRank.input]?.shape?.length ?? 0) >= limit.inputRank.atLeast;
  if (limit.outputUsed !== undefined) return Boolean(node.outputs[limit.outputUsed]);
  return false;
}

/** Cast's `to` as a report type name, or null. */
function castTarget(node: NodeSummary): string | null {
  const to = node.attributes?.to;
  return typeof to === 'number' ? dataTypeName(to) : null;
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
export function cpuNodeReasons(
  report: InspectReport,
  onlyNodes?: ReadonlySet<NodeSummary>,
  options: { web?: boolean } = {},
): CoverageReason[] {
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
    // onnxruntime-web's WASM build runs these kernels without the host's locales (measured: the
    // StringNormalizer tests run in WASM and, placed on the CPU, under WebGPU).
    for (const host of options.web ? [] : HOST_DEPENDENT_LIMITS) {
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
  const folded = foldedNodes(report);
  report.nodes.forEach((node, index) => {
    // Folded into a constant on the CPU when the session is created: no back end runs it, but the
    // CPU kernel must exist.
    if (folded?.has(node)) {
      onCpu.add(node);
      return;
    }
    // ORT expands CastLike into a Cast, which has a WebGPU kernel.
    const opType = node.domain === '' && node.opType === 'CastLike' ? 'Cast' : node.opType;
    const qualified = node.domain ? `${node.domain}:${opType}` : opType;
    const entry = jsep?.get(qualified);
    const opset = opsetOf(report, node.domain);
    const unlisted = jsep !== null && node.domain === '' && JSEP_UNLISTED_KERNELS[opType] !== undefined;
    const inRange =
      unlisted ||
      (entry &&
        (entry.spans === null ||
          (opset !== null && entry.spans.some(([a, b]) => opset >= a && (b === null || opset <= b)))));
    if (!inRange) {
      onCpu.add(node);
      return;
    }
    const label = nodeLabel(node, index);
    const fallBack = (message: string) => {
      onCpu.add(node);
      reasons.push({ kind: 'fallback', op: node.opType, node: label, message });
    };
    if (node.domain === '' && !unlisted) {
      const at = JSEP_DATA_INPUT[opType] ?? 0;
      const accepted = JSEP_OP_TYPES[opType] ?? [...JSEP_DATA_TYPES, ...(JSEP_EXTRA_TYPES[opType] ?? [])];
      const cpuEntry = ortCpuKernelOp('', node.opType);
      const types = node.inputs.map((name, i) => (name ? typeOf(node, i) : undefined));
      const t = node.inputs[at]
        ? (types[at] ?? (cpuEntry && opset !== null ? boundInputType(cpuEntry, opset, types, at) : null))
        : null;
      // Cast's kernel is chosen by its output type too (CastLike: the type of input 1).
      const out = JSEP_OUTPUT_TYPED.has(opType)
        ? node.opType === 'CastLike'
          ? (types[1] ?? null)
          : (node.outputTypes[0]?.elemType ?? castTarget(node))
        : undefined;
      if (node.inputs[at] && t === null) {
        reasons.push({
          kind: 'unknown',
          op: node.opType,
          node: label,
          message: `${node.opType} '${label}': the type of input ${at} is not stated; WebGPU kernels take ${accepted.join(', ')}`,
        });
      } else if (t !== null && !accepted.includes(t)) {
        fallBack(
          `${node.opType} '${label}': no WebGPU kernel for ${t} (the WebGPU kernel takes ${accepted.join(', ')}; ${JSEP_TYPES_SOURCE}); runs on the WASM CPU back end`,
        );
        return;
      } else if (out !== undefined && out !== null && !accepted.includes(out)) {
        fallBack(
          `${node.opType} '${label}': no WebGPU kernel that outputs ${out} (the WebGPU kernel takes ${accepted.join(', ')}; ${JSEP_TYPES_SOURCE}); runs on the WASM CPU back end`,
        );
        return;
      }
      for (const limit of WEBGPU_INPUT_TYPE_LIMITS) {
        const ti = types[limit.input];
        if (limit.op === node.opType && typeof ti === 'string' && limit.types.includes(ti))
          reasons.push({
            kind: 'fails',
            op: node.opType,
            node: label,
            message: `${node.opType} '${label}': ${limit.message} (input ${limit.input} is ${ti}; ${limit.source})`,
          });
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
  return [...reasons, ...cpuNodeReasons(report, onCpu, { web: true })];
}
