/**
 * Kernel type constraints of ONNX Runtime's CPU execution provider (used by onnxruntime-node and by
 * onnxruntime-web's WASM back end), generated from ORT's docs/OperatorKernels.md
 * (ort-kernel-types.generated.ts). Answers: does a kernel exist for these input element types at
 * this opset, and which element types do a node's outputs get.
 */
import type { OrtKernelOp, OrtKernelRow } from './ort-kernel-row';
import { ORT_CPU_KERNEL_OPS, ORT_KERNEL_DOC_SOURCE, ORT_KERNEL_TYPE_SETS } from './ort-kernel-types.generated';

export type { OrtKernelOp, OrtKernelRow } from './ort-kernel-row';

export const ORT_KERNEL_SOURCE = `${ORT_KERNEL_DOC_SOURCE.repository} ${ORT_KERNEL_DOC_SOURCE.path} @ ${ORT_KERNEL_DOC_SOURCE.commit.slice(0, 12)} (CPUExecutionProvider)`;

const byName = new Map(ORT_CPU_KERNEL_OPS.map((op) => [`${op.domain}:${op.op}`, op]));

/** The doc's entry for an operator, or null when the doc has none (function ops, contrib ops …). */
export function ortCpuKernelOp(domain: string, op: string): OrtKernelOp | null {
  return byName.get(`${domain === 'ai.onnx' ? '' : domain}:${op}`) ?? null;
}

/** The registered version range that covers `opset`, or null. */
export function kernelRowAt(entry: OrtKernelOp, opset: number): OrtKernelRow | null {
  return entry.rows.find(([from, to]) => opset >= from && (to === null || opset <= to)) ?? null;
}

const typesOf = (row: OrtKernelRow, constraint: string): readonly string[] | null => {
  const at = row[2][constraint.replace(/\.\.\.$/, '')];
  return at === undefined ? null : ORT_KERNEL_TYPE_SETS[at]!;
};

/** A fixed type written in place of a constraint name, e.g. `tensor(int64)`. */
const isFixed = (c: string) => c.includes('(');
/** Plain element types (float32, int64 …), as opposed to seq(…), optional(…), map(…). */
const plain = (types: readonly string[]) => types.filter((t) => !t.includes('('));

/** ONNX's ordinary tensor element types (no float8, 4-bit, 2-bit or complex types). */
const ORDINARY_TYPES =
  'bfloat16 bool float64 float32 float16 int16 int32 int64 int8 string uint16 uint32 uint64 uint8'.split(' ');

/** Signatures of the row whose every input constraint is defined for it and that can take `count` inputs. */
function signaturesFor(entry: OrtKernelOp, row: OrtKernelRow, count: number) {
  return entry.signatures.filter(
    (sig) =>
      sig.inputs.length > 0 &&
      (sig.inputs.length >= count || count === 0 || sig.inputs.length === 1 || /\.\.\.$/.test(sig.inputs.at(-1)!)) &&
      sig.inputs.every((c) => isFixed(c) || typesOf(row, c) !== null),
  );
}

export type KernelTypeCheck =
  | { kind: 'ok' }
  /** The doc has no version range or no signature to check the node against. */
  | { kind: 'unchecked' }
  | { kind: 'unknown'; input: number; constraint: string; types: readonly string[] }
  | { kind: 'no-kernel'; input: number; type: string; constraint: string; types: readonly string[] };

/**
 * Checks a node's input element types against the kernel registered for `opset`.
 * `inputTypes[i]`: undefined = input i absent, null = present but its type is not known.
 */
export function checkKernelTypes(
  entry: OrtKernelOp,
  opset: number,
  inputTypes: readonly (string | null | undefined)[],
): KernelTypeCheck {
  const row = kernelRowAt(entry, opset);
  if (!row) return { kind: 'unchecked' };
  const sigs = signaturesFor(entry, row, inputTypes.length);
  if (sigs.length === 0) return { kind: 'unchecked' };
  let unknown: KernelTypeCheck | null = null;
  let mismatch: KernelTypeCheck | null = null;
  for (const sig of sigs) {
    let sigUnknown: KernelTypeCheck | null = null;
    let sigMismatch: KernelTypeCheck | null = null;
    const constraintOf = (i: number) => sig.inputs[Math.min(i, sig.inputs.length - 1)]!;
    // ONNX binds one type per constraint and node: an input of unknown type has the type of another
    // input with the same constraint.
    const bound = new Map<string, string>();
    inputTypes.forEach((t, i) => {
      if (typeof t === 'string' && !bound.has(constraintOf(i))) bound.set(constraintOf(i), t);
    });
    inputTypes.forEach((known, i) => {
      if (known === undefined || sigMismatch) return;
      const constraint = constraintOf(i);
      if (isFixed(constraint)) return;
      const types = plain(typesOf(row, constraint)!);
      // Sequence, optional or map constraints: the report's element types cannot be checked against them.
      if (types.length === 0) return;
      const t = known ?? bound.get(constraint) ?? null;
      // A kernel that takes every ordinary tensor type takes this input whatever its type.
      if (t === null && ORDINARY_TYPES.every((o) => types.includes(o))) return;
      if (t === null) sigUnknown ??= { kind: 'unknown', input: i, constraint, types };
      else if (!types.includes(t)) sigMismatch = { kind: 'no-kernel', input: i, type: t, constraint, types };
    });
    if (!sigMismatch && !sigUnknown) return { kind: 'ok' };
    if (!sigMismatch) unknown ??= sigUnknown;
    else mismatch ??= sigMismatch;
  }
  return unknown ?? mismatch!;
}

/**
 * Element types of a node's outputs as the kernel table states them: a fixed type, the type of an
 * input with the same constraint, or the only type a constraint allows. null where it does not say.
 */
export function kernelOutputTypes(
  entry: OrtKernelOp,
  opset: number,
  inputTypes: readonly (string | null | undefined)[],
  outputCount: number,
): (string | null)[] {
  const out: (string | null)[] = Array.from({ length: outputCount }, () => null);
  const row = kernelRowAt(entry, opset);
  if (!row) return out;
  const sigs = signaturesFor(entry, row, inputTypes.length);
  const sig = sigs.find((s) => s.outputs.length >= outputCount) ?? sigs[0];
  if (!sig) return out;
  for (let j = 0; j < outputCount; j++) {
    const last = sig.outputs.at(-1);
    // Past the written outputs only a variadic last output (`outputs...`) says anything.
    const c = j < sig.outputs.length ? sig.outputs[j] : last?.endsWith('...') ? last : undefined;
    if (!c) continue;
    if (isFixed(c)) {
      const m = /^tensor\(([a-z0-9]+)\)$/.exec(c);
      out[j] = m ? ({ float: 'float32', double: 'float64' }[m[1]!] ?? m[1]!) : null;
      continue;
    }
    const name = c.replace(/\.\.\.$/, '');
    const fromInput = sig.inputs.findIndex((ci, i) => ci === name && typeof inputTypes[i] === 'string');
    if (fromInput >= 0) out[j] = inputTypes[fromInput] as string;
    else {
      const types = typesOf(row, name);
      if (types && types.length === 1 && !types[0]!.includes('(')) out[j] = types[0]!;
    }
  }
  return out;
}

/**
 * The type ONNX binds to input `input` through its type constraint: that of another input of the node
 * with the same constraint. null when the table does not tie the input to a typed one.
 */
export function boundInputType(
  entry: OrtKernelOp,
  opset: number,
  inputTypes: readonly (string | null | undefined)[],
  input: number,
): string | null {
  const row = kernelRowAt(entry, opset);
  const sig = row ? signaturesFor(entry, row, inputTypes.length)[0] : undefined;
  if (!sig) return null;
  const constraintOf = (i: number) => sig.inputs[Math.min(i, sig.inputs.length - 1)]!;
  const c = constraintOf(input);
  if (isFixed(c)) return null;
  const other = inputTypes.findIndex((t, i) => typeof t === 'string' && constraintOf(i) === c);
  return other >= 0 ? (inputTypes[other] as string) : null;
}
