import type { CoverageReason, CoverageReport, CoverageStatus, EngineCoverage, OpsetProblem } from './coverage-types';
import { cpuNodeReasons, jsApiReasons, webGpuNodeReasons } from './engine-checks';
import { engineList, opIndex } from './engine-lists';
import { foldedNodes } from './constant-folding';
import {
  JSEP_UNLISTED_KERNELS,
  ORT_EXPANDED_FUNCTIONS,
  WEBGPU_MIN_OPSET,
  WEBGPU_MIN_OPSET_SOURCE,
} from './kernel-limits';
import type { EngineId, EngineOp, EngineOpList } from './op-list-types';
import { displayDomain, qualifiedOp } from './operators';
import { describeSpans, opsetInSpans } from './opset-range';
import type { InspectReport, OperatorCount } from './report-types';

type ModelOp = Pick<OperatorCount, 'op' | 'domain' | 'opType' | 'opset'>;
type Verdict = { kind: 'ok' | 'fallback' | 'missing'; problem?: OpsetProblem | undefined };

// SOURCES.md: ORT turns Constant nodes into initializers at load time, and runs operators that
// ONNX defines as functions by expanding them (kernel-limits.ts lists them, each with its source).
const FUNCTION_EXPANDED_BY_ORT = new Set(Object.keys(ORT_EXPANDED_FUNCTIONS));
const SOFIE_FUSION_OPS = ['MatMul', 'Conv', 'ConvTranspose', 'Gemm', 'BatchNormalization'];

/**
 * Kernels of onnxruntime-web 1.30's JSEP WebGPU back end that exist but can compute wrong
 * values, keyed by operator; each note names the upstream issue. Checked in the hub's own browser
 * tests (the int8 demo model on SwiftShader WebGPU); drop an entry once a release fixes it.
 */
export const JSEP_KNOWN_ISSUES: Readonly<Record<string, string>> = {
  DequantizeLinear:
    'DequantizeLinear on WebGPU (JSEP) returns wrong values for per-tensor uint8/int8 inputs longer than 4 elements, ' +
    'e.g. QDQ activations (microsoft/onnxruntime#32578, open in 1.30.0): check outputs against WASM, or run such models on WASM.',
};
const SOFIE_INPUT_TYPES = new Set(['float32', 'int32', 'int64']);

const ok: Verdict = { kind: 'ok' };

function rangeProblem(op: ModelOp, entry: EngineOp, listName: string): OpsetProblem | undefined {
  if (entry.spans === null) return undefined;
  if (op.opset === null) {
    return {
      op: op.op,
      opset: null,
      range: entry.range,
      message: `${op.op}: the model imports no opset for ${displayDomain(op.domain)}`,
    };
  }
  if (opsetInSpans(op.opset, entry.spans)) return undefined;
  return {
    op: op.op,
    opset: op.opset,
    range: entry.range,
    message: `${op.op} at opset ${op.opset} but the ${listName} ${describeSpans(entry.spans)}`,
  };
}

function ortCpuVerdict(op: ModelOp, cpu: Map<string, EngineOp>): Verdict {
  if (op.domain === '' && op.opType === 'Constant') return ok;
  const entry = cpu.get(op.op);
  if (!entry) return op.domain === '' && FUNCTION_EXPANDED_BY_ORT.has(op.opType) ? ok : { kind: 'missing' };
  const problem = rangeProblem(op, entry, 'ORT CPU list');
  return problem ? { kind: 'missing', problem } : ok;
}

/** Default onnxruntime-web import = JSEP: ops without a WebGPU kernel run on the WASM CPU EP. */
function webGpuVerdict(op: ModelOp, gpu: Map<string, EngineOp>, cpu: Map<string, EngineOp>, listName: string): Verdict {
  if (op.domain === '' && op.opType === 'Constant') return ok;
  if (op.domain === '' && JSEP_UNLISTED_KERNELS[op.opType] !== undefined) return ok;
  // ORT expands CastLike into Cast, which has a WebGPU kernel.
  const entry = gpu.get(op.domain === '' && op.opType === 'CastLike' ? 'Cast' : op.op);
  const gpuProblem = entry ? rangeProblem(op, entry, listName) : undefined;
  if (entry && !gpuProblem) return ok;
  const onCpu = ortCpuVerdict(op, cpu);
  if (onCpu.kind === 'ok') return { kind: 'fallback', problem: gpuProblem };
  return { kind: 'missing', problem: onCpu.problem ?? gpuProblem };
}

function sofieVerdict(op: ModelOp, sofie: Map<string, EngineOp>): Verdict {
  return op.domain === '' && sofie.has(op.opType) ? ok : { kind: 'missing' };
}

function hls4mlVerdict(op: ModelOp, hls: Map<string, EngineOp>): Verdict {
  const entry = hls.get(op.opType);
  // QONNX custom ops live in their own domain (e.g. qonnx.custom_op.general); hls4ml keys on op_type.
  if (entry && (op.domain === '' || entry.note === 'qonnx')) return ok;
  return { kind: 'missing' };
}

/** Operators as ONNX Runtime sees them: calls to model-local functions are inlined. */
function inlineFunctions(report: InspectReport): { ops: ModelOp[]; inlined: string[] } {
  const byName = new Map(report.functions.map((f) => [qualifiedOp(f.domain, f.name), f]));
  const ops = new Map<string, ModelOp>();
  const inlined = new Set<string>();
  // A worklist that expands each function once: safe against recursive or deeply chained functions.
  const queue: ModelOp[] = [...report.operators];
  for (let op = queue.pop(); op; op = queue.pop()) {
    const fn = byName.get(op.op);
    if (fn) {
      if (!inlined.has(op.op)) {
        inlined.add(op.op);
        for (const inner of fn.operators) queue.push(inner);
      }
    } else {
      ops.set(`${op.op}@${op.opset}`, op);
    }
  }
  const sortedOps = [...ops.values()].sort((a, b) => a.op.localeCompare(b.op));
  return { ops: sortedOps, inlined: [...inlined].sort() };
}

interface Tally {
  missing: Set<string>;
  fallback: Set<string>;
  problems: OpsetProblem[];
}

function tally(ops: readonly ModelOp[], verdict: (op: ModelOp) => Verdict): Tally {
  const t: Tally = { missing: new Set(), fallback: new Set(), problems: [] };
  for (const op of ops) {
    const v = verdict(op);
    if (v.kind === 'missing') t.missing.add(op.op);
    if (v.kind === 'fallback') t.fallback.add(op.op);
    if (v.problem && !t.problems.some((p) => p.message === v.problem!.message)) t.problems.push(v.problem);
  }
  return t;
}

const sorted = (set: Set<string>): string[] => [...set].sort((a, b) => a.localeCompare(b));

function row(list: EngineOpList, t: Tally, notes: string[], extra: CoverageReason[] = []): EngineCoverage {
  const missing = sorted(t.missing);
  const fallback = sorted(t.fallback);
  const reasons: CoverageReason[] = [
    ...missing.map((op): CoverageReason => {
      const problem = t.problems.find((p) => p.op === op);
      // Contrib operators are not in the reference lists: ONNX Runtime may still have them.
      const kind =
        list.id === 'ort-cpu' || list.id === 'ort-web-webgpu'
          ? op.startsWith('com.microsoft:')
            ? 'unknown'
            : 'fails'
          : 'fails';
      return { kind, op, node: null, message: problem ? problem.message : `${op}: no kernel in the ${list.name} list` };
    }),
    ...fallback.map((op): CoverageReason => {
      const problem = t.problems.find((p) => p.op === op);
      return {
        kind: 'fallback',
        op,
        node: null,
        message: problem
          ? `${problem.message}; runs on the WASM CPU back end`
          : `${op}: no WebGPU kernel; runs on the WASM CPU back end`,
      };
    }),
    ...extra,
  ];
  const has = (kind: CoverageReason['kind']) => reasons.some((r) => r.kind === kind);
  const status: CoverageStatus = has('fails')
    ? 'fails'
    : has('unknown')
      ? 'unknown'
      : has('fallback')
        ? 'runs-with-fallback'
        : 'runs';
  const list_ = (kind: CoverageReason['kind']) => [
    ...new Set(reasons.filter((r) => r.kind === kind).map((r) => (r.node ? `${r.op} (${r.node})` : r.op || 'model'))),
  ];
  const wasm = `falls back to WASM for: ${list_('fallback').join(', ')}`;
  const summary =
    status === 'fails'
      ? `fails: ${list_('fails').join(', ')}${has('fallback') ? `; ${wasm}` : ''}`
      : status === 'unknown'
        ? `unknown: could not decide ${list_('unknown').join(', ')}${has('fallback') ? `; ${wasm}` : ''}`
        : status === 'runs-with-fallback'
          ? `runs with fallback: ${wasm}`
          : 'runs';
  return {
    engine: list.id,
    name: list.name,
    version: list.version,
    status,
    summary,
    missing,
    fallback,
    opsetProblems: t.problems,
    reasons,
    notes,
    sources: [...list.sources],
  };
}

/** `ops`: the operators the notes may talk about (for WebGPU, only those that leave the GPU). */
function ortNotes(report: InspectReport, t: Tally, inlined: string[], ops: ModelOp[], opsetNote: boolean): string[] {
  const notes: string[] = [];
  const used = new Set(ops.map((o) => o.op));
  const cpu = opIndex(engineList('ort-cpu'));
  for (const op of FUNCTION_EXPANDED_BY_ORT) {
    if (used.has(op) && !cpu.has(op))
      notes.push(
        `${op} has no CPU kernel in the list; ONNX Runtime runs it by expanding its ONNX function definition.`,
      );
  }
  if ([...t.missing].some((op) => op.startsWith('com.microsoft:'))) {
    notes.push(
      'com.microsoft contrib operators are not covered by the ORT CPU reference list, so they are shown as missing; ONNX Runtime may still provide them.',
    );
  }
  const unlisted = [...t.missing].filter((op) => !op.includes(':') && !t.problems.some((p) => p.op === op));
  if (unlisted.length > 0) {
    notes.push('ONNX operators that are defined as functions may still run by function expansion (see SOURCES.md).');
  }
  if (inlined.length > 0)
    notes.push(`Model-local functions are inlined by ONNX Runtime and checked by their bodies: ${inlined.join(', ')}.`);
  const opset = report.opsetImports.find((o) => o.domain === '')?.version ?? 0;
  if (opsetNote && opset > 26)
    notes.push(
      `The model imports ai.onnx opset ${opset}; the reference list records no kernel registered after opset 26.`,
    );
  return notes;
}

function coverOrtCpu(report: InspectReport): EngineCoverage {
  const list = engineList('ort-cpu');
  const cpu = opIndex(list);
  const { ops, inlined } = inlineFunctions(report);
  const t = tally(ops, (op) => ortCpuVerdict(op, cpu));
  return row(list, t, ortNotes(report, t, inlined, ops, true), [...jsApiReasons(report), ...cpuNodeReasons(report)]);
}

function coverWebGpu(report: InspectReport): EngineCoverage {
  const list = engineList('ort-web-webgpu');
  const cpu = opIndex(engineList('ort-cpu'));
  const jsep = opIndex(list, (title) => title.startsWith('jsep '));
  const native = opIndex(list, (title) => title.startsWith('native '));
  const { ops: allOps, inlined } = inlineFunctions(report);
  // Operators every node of which ORT folds into constants at load time are run by no back end.
  const folded = foldedNodes(report) ?? new Set();
  const foldedCount = new Map<string, number>();
  for (const node of folded) {
    const op = qualifiedOp(node.domain, node.opType);
    foldedCount.set(op, (foldedCount.get(op) ?? 0) + 1);
  }
  const ops = allOps.filter((op) => {
    const count = report.operators.find((o) => o.op === op.op && o.opset === op.opset)?.count;
    return !(count !== undefined && foldedCount.get(op.op) === count && !inlined.length);
  });
  const opset = report.opsetImports.find((o) => o.domain === '')?.version ?? 0;
  const belowMin = opset < WEBGPU_MIN_OPSET;
  const t = tally(ops, (op) => {
    const v = webGpuVerdict(op, jsep, cpu, 'JSEP WebGPU list');
    return belowMin && v.kind === 'ok' && !(op.domain === '' && op.opType === 'Constant') ? { kind: 'fallback' } : v;
  });
  const extra: CoverageReason[] = belowMin
    ? [
        {
          kind: 'fallback',
          op: '',
          node: null,
          message: `the model imports ai.onnx opset ${opset}: below opset ${WEBGPU_MIN_OPSET} every node runs on the WASM CPU back end (${WEBGPU_MIN_OPSET_SOURCE})`,
        },
      ]
    : [];
  const notes = [
    "Default 'onnxruntime-web' import (JSEP WebGPU back end); operators without a WebGPU kernel run on the WASM CPU back end.",
  ];
  const used = new Set(ops.map((o) => o.op));
  const noGpuKernel = ['Reshape', 'Shape'].filter((op) => used.has(op));
  if (noGpuKernel.length > 0)
    notes.push(
      `The JSEP operator table says ${noGpuKernel.join(' and ')} have no GPU kernel (they are handled on the CPU side).`,
    );
  if (used.has('Conv') || used.has('ConvTranspose')) notes.push('JSEP does not support 3-D Conv / ConvTranspose.');
  const offGpu = (gpu: Map<string, EngineOp>) =>
    ops
      .filter((op) => webGpuVerdict(op, gpu, cpu, '').kind !== 'ok')
      .map((op) => op.op)
      .sort((a, b) => a.localeCompare(b));
  const nativeOffGpu = offGpu(native);
  if (nativeOffGpu.join() !== offGpu(jsep).join()) {
    const effect =
      nativeOffGpu.length > 0
        ? `these would have no WebGPU kernel: ${nativeOffGpu.join(', ')}`
        : 'every operator would have a WebGPU kernel';
    notes.push(
      `With the 'onnxruntime-web/webgpu' import (native WebGPU EP; list @ e71860df, not verified against 1.30.0) ${effect}.`,
    );
  }
  if (ops.some((o) => o.domain === 'ai.onnx.ml')) {
    notes.push(
      "The 'onnxruntime-web/webgpu' build may lack ai.onnx.ml kernels (e.g. TreeEnsembleClassifier, ZipMap), so those may not fall back there.",
    );
  }
  for (const op of ops) {
    const issue = op.domain === '' && !t.fallback.has(op.op) ? JSEP_KNOWN_ISSUES[op.opType] : undefined;
    if (issue && !notes.includes(issue)) notes.push(issue);
  }
  const leavingGpu = ops.filter((op) => t.fallback.has(op.op) || t.missing.has(op.op));
  const nodeReasons = [...jsApiReasons(report), ...webGpuNodeReasons(report, belowMin ? null : jsep)];
  return row(list, t, [...notes, ...ortNotes(report, t, inlined, leavingGpu, false)], [...extra, ...nodeReasons]);
}

function localFunctionNote(report: InspectReport, engine: string): string[] {
  if (report.functions.length === 0) return [];
  const names = report.functions.map((f) => qualifiedOp(f.domain, f.name)).join(', ');
  return [`Calls to model-local functions (${names}) are checked as operators; the ${engine} list names none of them.`];
}

function coverSofie(report: InspectReport): EngineCoverage {
  const list = engineList('tmva-sofie');
  const sofie = opIndex(list);
  const t = tally(report.operators, (op) => sofieVerdict(op, sofie));
  const notes: string[] = [];
  if ([...t.missing].some((op) => op.includes(':'))) notes.push('SOFIE parses the default ai.onnx domain only.');
  const fusable = SOFIE_FUSION_OPS.filter((op) => report.operators.some((o) => o.op === op));
  if (fusable.length > 0) {
    notes.push(
      'SOFIE also fuses MatMul+Add into Gemm, and Conv+Add, ConvTranspose+Add, Gemm+Relu, BatchNormalization+Relu while parsing.',
    );
  }
  for (const input of report.inputs) {
    if (!input.elemType || !SOFIE_INPUT_TYPES.has(input.elemType)) {
      notes.push(`Input '${input.name}' is ${input.type}; SOFIE model inputs must be float, int32 or int64.`);
    }
  }
  const nonFloat = report.initializers.byElementType.filter((r) =>
    ['float16', 'bfloat16', 'float64'].includes(r.elemType),
  );
  if (nonFloat.length > 0) {
    notes.push(
      `Most SOFIE operators accept float tensors only; the model stores ${nonFloat.map((r) => r.elemType).join(', ')} weights.`,
    );
  }
  return row(list, t, [...notes, ...localFunctionNote(report, 'SOFIE')]);
}

function coverHls4ml(report: InspectReport): EngineCoverage {
  const list = engineList('hls4ml');
  const hls = new Map([...opIndex(list).values()].map((op) => [op.op, op]));
  const t = tally(report.operators, (op) => hls4mlVerdict(op, hls));
  const notes = [
    'The model must first be cleaned with qonnx (constant folding, shape inference); graph initializers become Constant layers.',
  ];
  if (t.missing.has('Gemm'))
    notes.push('Gemm is not handled directly: rewrite it to MatMul + Add with qonnx GemmToMatMul first.');
  const skipped = list.sections.find((s) => s.title.startsWith('skipped'))?.ops.map((o) => o.op) ?? [];
  const bypassed = skipped.filter((op) => report.operators.some((o) => o.op === op));
  if (bypassed.length > 0) notes.push(`${bypassed.join(', ')} nodes are bypassed as no-ops.`);
  if (report.operators.some((o) => o.op === 'Conv' || o.op === 'ConvTranspose')) {
    notes.push('Models with convolutions must be converted to channels-last first (qonnx).');
  }
  return row(list, t, [...notes, ...localFunctionNote(report, 'hls4ml')]);
}

const ENGINES: readonly { id: EngineId; cover: (report: InspectReport) => EngineCoverage }[] = [
  { id: 'ort-cpu', cover: coverOrtCpu },
  { id: 'ort-web-webgpu', cover: coverWebGpu },
  { id: 'tmva-sofie', cover: coverSofie },
  { id: 'hls4ml', cover: coverHls4ml },
];

/**
 * Which engines can run the model, from the reference operator lists
 * (../shared/reference/onnx-ops, compiled into engines.generated.ts).
 */
export function operatorCoverage(report: InspectReport): CoverageReport {
  return { schemaVersion: 1, engines: ENGINES.map((e) => e.cover(report)) };
}
