/**
 * Regenerates src/lib/onnx/ort-kernel-types.generated.ts from the saved copy of ONNX Runtime's
 * docs/OperatorKernels.md in src/lib/onnx/data/ort/ (see the README there for its source).
 *   npx tsx scripts/generate-ort-kernel-types.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ORT_KERNEL_DOC } from '../src/lib/onnx/ort-kernel-doc-config';
import { parseOperatorKernels, renderKernelTypesModule } from '../src/lib/onnx/ort-kernel-doc';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const doc = readFileSync(join(repoRoot, ORT_KERNEL_DOC.file), 'utf8');
const cpu = parseOperatorKernels(doc).find((p) => p.provider === 'CPUExecutionProvider');
if (!cpu) throw new Error(`${ORT_KERNEL_DOC.file}: no CPUExecutionProvider section`);
const target = join(repoRoot, 'src/lib/onnx/ort-kernel-types.generated.ts');
writeFileSync(target, renderKernelTypesModule(cpu, ORT_KERNEL_DOC.source));
const rows = cpu.ops.reduce((n, op) => n + op.rows.length, 0);
console.log(`${ORT_KERNEL_DOC.file}: ${cpu.provider}, ${cpu.ops.length} operators, ${rows} kernel version ranges`);
console.log(`wrote ${target}`);
