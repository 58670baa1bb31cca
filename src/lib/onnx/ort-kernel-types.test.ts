import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { foldedNodes } from './constant-folding';
import { inspectModel } from './inspect';
import { docTypeName, parseOperatorKernels, parseOpsetVersion, renderKernelTypesModule } from './ort-kernel-doc';
import { ORT_KERNEL_DOC } from './ort-kernel-doc-config';
import { ORT_CPU_KERNEL_OPS } from './ort-kernel-types.generated';
import { boundInputType, checkKernelTypes, kernelOutputTypes, ortCpuKernelOp } from './ort-kernel-types';

const ROOT = new URL('../../../', import.meta.url);
const doc = await readFile(new URL(ORT_KERNEL_DOC.file, ROOT), 'utf8');
const docLines = doc.split('\n');
/** The saved doc's rows of one operator (its first row and the continuation rows after it). */
function realRows(op: string): string[] {
  const at = docLines.findIndex((l) => l.startsWith(`|${op}|`));
  const rows = [docLines[at]!];
  for (let i = at + 1; docLines[i]?.startsWith('|||'); i++) rows.push(docLines[i]!);
  return rows;
}
const section = (rows: string[]) =>
  ['## Operators implemented by CPUExecutionProvider', '', '|**Operator Domain:** *ai.onnx*||||', ...rows].join('\n');

describe('parseOperatorKernels (real rows of the saved OperatorKernels.md)', () => {
  it('reads version ranges, signatures and type constraints', () => {
    const [cpu] = parseOperatorKernels(section([...realRows('Pow'), ...realRows('MaxPool')]));
    expect(cpu!.provider).toBe('CPUExecutionProvider');
    const pow = cpu!.ops[0]!;
    expect(pow).toMatchObject({ domain: '', op: 'Pow' });
    expect(pow.signatures).toEqual([
      { inputs: ['T', 'T'], outputs: ['T'] },
      { inputs: ['T', 'T1'], outputs: ['T'] },
    ]);
    expect(pow.rows.map((r) => [r.from, r.to])).toEqual([
      [15, null],
      [13, 14],
      [12, 12],
      [7, 11],
    ]);
    expect(pow.rows[0]!.constraints.T1).toEqual(['float64', 'float32', 'int32', 'int64']);
    expect(pow.rows[3]!.constraints).toEqual({ T: ['float64', 'float32'] });
    const maxPool = cpu!.ops[1]!;
    expect(maxPool.signatures[1]).toEqual({ inputs: ['T'], outputs: ['T', 'I'] });
    expect(maxPool.rows.at(-1)).toEqual({ from: 1, to: 7, constraints: { T: ['float32'] } });
  });

  it('keeps variadic outputs, fixed types and sequence types as written', () => {
    const [cpu] = parseOperatorKernels(section([...realRows('Split'), ...realRows('SequenceLength')]));
    expect(cpu!.ops[0]!.signatures[0]!.outputs).toEqual(['T...']);
    expect(cpu!.ops[0]!.signatures[1]!.inputs).toEqual(['T', 'tensor(int64)']);
    expect(cpu!.ops[1]!.rows[0]!.constraints.S![0]).toBe('seq(tensor(bfloat16))');
    expect(docTypeName('tensor(double)')).toBe('float64');
    expect(parseOpsetVersion('[6, 12]')).toEqual({ from: 6, to: 12 });
    expect(parseOpsetVersion('13')).toEqual({ from: 13, to: 13 });
  });

  it('refuses rows it cannot read', () => {
    expect(() => parseOperatorKernels(section(['|Abs|*in* X:**T**|13+|**T** = tensor(float)']))).toThrow(
      /expected 4 cells/,
    );
    expect(() => parseOperatorKernels(section(['|||[6, 12]|**T** = tensor(float)|']))).toThrow(/continuation row/);
    expect(() => parseOperatorKernels(section(['|Abs|*in* X:**T**|13-|**T** = tensor(float)|']))).toThrow(
      /cannot read opset version '13-'/,
    );
  });
});

describe('ort-kernel-types.generated.ts', () => {
  it('is generated from the saved doc (run: npx tsx scripts/generate-ort-kernel-types.ts)', async () => {
    const cpu = parseOperatorKernels(doc).find((p) => p.provider === 'CPUExecutionProvider')!;
    expect(cpu.ops.filter((o) => o.domain === '')).toHaveLength(194);
    expect(cpu.ops.filter((o) => o.domain === 'ai.onnx.ml')).toHaveLength(19);
    const generated = await readFile(new URL('src/lib/onnx/ort-kernel-types.generated.ts', ROOT), 'utf8');
    expect(renderKernelTypesModule(cpu, ORT_KERNEL_DOC.source)).toBe(generated);
    expect(ORT_CPU_KERNEL_OPS).toHaveLength(213);
  });
});

describe('checkKernelTypes', () => {
  const op = (name: string, domain = '') => ortCpuKernelOp(domain, name)!;

  it('finds no kernel for types the table does not register', () => {
    expect(checkKernelTypes(op('Max'), 13, ['uint16', 'uint16'])).toMatchObject({ kind: 'no-kernel', type: 'uint16' });
    expect(checkKernelTypes(op('Max'), 13, ['int32', 'int32'])).toEqual({ kind: 'ok' });
    // Pow 7-11 registers one constraint T = double, float for both inputs.
    expect(checkKernelTypes(op('Pow'), 11, ['float32', 'int64'])).toMatchObject({ kind: 'no-kernel', input: 1 });
    expect(checkKernelTypes(op('Pow'), 15, ['float32', 'int64'])).toEqual({ kind: 'ok' });
    expect(checkKernelTypes(op('Pow'), 15, ['float32', 'uint32'])).toMatchObject({ kind: 'no-kernel', input: 1 });
    expect(checkKernelTypes(op('Scaler', 'ai.onnx.ml'), 1, ['float16'])).toMatchObject({ kind: 'no-kernel' });
  });

  it('binds an unknown input to a typed one of the same constraint, and says unknown otherwise', () => {
    expect(checkKernelTypes(op('Add'), 14, [null, 'float32'])).toEqual({ kind: 'ok' });
    expect(checkKernelTypes(op('Add'), 14, [null, 'bool'])).toMatchObject({ kind: 'no-kernel', type: 'bool' });
    expect(checkKernelTypes(op('Mean'), 13, [null])).toMatchObject({ kind: 'unknown', input: 0 });
    // Identity takes every ordinary tensor type, so its input's type does not matter.
    expect(checkKernelTypes(op('Identity'), 13, [null])).toEqual({ kind: 'ok' });
    expect(boundInputType(op('Concat'), 13, ['int64', null], 1)).toBe('int64');
  });

  it('leaves opsets without a registered range to the operator lists', () => {
    expect(checkKernelTypes(op('Gelu'), 19, ['float32'])).toEqual({ kind: 'unchecked' });
  });

  it('states output types: fixed, bound to an input, or the only one allowed', () => {
    expect(kernelOutputTypes(op('ArgMax'), 13, ['float32'], 1)).toEqual(['int64']);
    expect(kernelOutputTypes(op('Concat'), 13, ['int64', null], 1)).toEqual(['int64']);
    expect(kernelOutputTypes(op('Equal'), 13, ['float32', 'float32'], 1)).toEqual(['bool']);
    expect(kernelOutputTypes(op('MaxPool'), 12, ['float32'], 2)).toEqual(['float32', 'int64']);
  });
});

describe('foldedNodes', () => {
  it('folds the shape arithmetic of test_layer_normalization_2d_axis0_expanded, not the math on X', async () => {
    const bytes = await readFile(
      new URL('test/fixtures/onnx-verdicts/test_layer_normalization_2d_axis0_expanded.onnx', ROOT),
    );
    const report = await inspectModel(new Uint8Array(bytes));
    const folded = [...foldedNodes(report)!].map((n) => n.opType);
    expect(folded).toEqual(['Cast', 'Shape', 'Size', 'Slice', 'Sub', 'ConstantOfShape', 'Concat']);
  });
});
