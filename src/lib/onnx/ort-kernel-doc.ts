/**
 * Reads ONNX Runtime's docs/OperatorKernels.md (the table tools/python/gen_opkernel_doc.py writes from
 * the registered kernels) into per-operator kernel type constraints. Pure: the text comes in, data
 * goes out (scripts/generate-ort-kernel-types.ts writes it to ort-kernel-types.generated.ts).
 */

/** One registered kernel version range of an operator. */
export interface KernelDocRow {
  /** Inclusive opset range; `to` null = open (`13+`). */
  from: number;
  to: number | null;
  /** Type constraint name → element types (report names: float32, int64 … ; seq(…)/optional(…)/map(…) kept as written). */
  constraints: Record<string, string[]>;
}

export interface KernelDocOp {
  /** '' = ai.onnx, else e.g. 'ai.onnx.ml', 'com.microsoft'. */
  domain: string;
  op: string;
  /**
   * The operator's signatures (the doc joins them with `or`): for each, the type constraint (or a
   * fixed type such as `tensor(int64)`) of every input and output, in order. A name ending in `...`
   * is variadic.
   */
  signatures: { inputs: string[]; outputs: string[] }[];
  rows: KernelDocRow[];
}

export interface KernelDocProvider {
  /** As in the doc's `## Operators implemented by …` heading, e.g. CPUExecutionProvider. */
  provider: string;
  ops: KernelDocOp[];
}

/** The doc's `tensor(double)` → the report's `float64`; other element types keep their ONNX names. */
const ELEMENT_NAMES: Readonly<Record<string, string>> = { float: 'float32', double: 'float64' };

export function docTypeName(written: string): string {
  const m = /^tensor\(([a-z0-9]+)\)$/.exec(written);
  if (!m) return written;
  return ELEMENT_NAMES[m[1]!] ?? m[1]!;
}

const PROVIDER_HEADING = /^## Operators implemented by (\w+)$/;
const DOMAIN_ROW = /^\|\*\*Operator Domain:\*\* \*([a-z.]+)\*\|\|\|\|$/;
const PARAM = /^\*(in|out)\* ([^:]+):\*\*(.+)\*\*$/;
const CONSTRAINT = /^\*\*([A-Za-z0-9_]+)\*\* = (.+)$/;

export function parseOpsetVersion(text: string): { from: number; to: number | null } {
  let m = /^(\d+)\+$/.exec(text);
  if (m) return { from: Number(m[1]), to: null };
  m = /^\[(\d+), (\d+)\]$/.exec(text);
  if (m) return { from: Number(m[1]), to: Number(m[2]) };
  m = /^(\d+)$/.exec(text);
  if (m) return { from: Number(m[1]), to: Number(m[1]) };
  throw new Error(`cannot read opset version '${text}'`);
}

function parseSignatures(text: string, where: string): KernelDocOp['signatures'] {
  return text.split('<br><br>or<br><br>').map((sig) => {
    const inputs: string[] = [];
    const outputs: string[] = [];
    for (const part of sig.split('<br> ')) {
      const m = PARAM.exec(part.trim());
      if (!m) throw new Error(`${where}: cannot read parameter '${part}'`);
      const type = m[2]!.endsWith('...') ? `${m[3]!}...` : m[3]!;
      (m[1] === 'in' ? inputs : outputs).push(type);
    }
    return { inputs, outputs };
  });
}

function parseConstraints(text: string, where: string): Record<string, string[]> {
  const constraints: Record<string, string[]> = {};
  for (const part of text.split('<br/> ')) {
    const m = CONSTRAINT.exec(part.trim());
    if (!m) throw new Error(`${where}: cannot read type constraint '${part}'`);
    constraints[m[1]!] = m[2]!.split(', ').map(docTypeName);
  }
  return constraints;
}

/** Every provider section of the doc, with its operators in the order written. */
export function parseOperatorKernels(text: string): KernelDocProvider[] {
  const providers: KernelDocProvider[] = [];
  let provider: KernelDocProvider | null = null;
  let domain: string | null = null;
  let op: KernelDocOp | null = null;
  text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      const where = `OperatorKernels.md:${i + 1}`;
      const heading = PROVIDER_HEADING.exec(line);
      if (heading) {
        provider = { provider: heading[1]!, ops: [] };
        providers.push(provider);
        domain = null;
        op = null;
        return;
      }
      if (!provider || !line.startsWith('|')) return;
      const domainRow = DOMAIN_ROW.exec(line);
      if (domainRow) {
        domain = domainRow[1] === 'ai.onnx' ? '' : domainRow[1]!;
        op = null;
        return;
      }
      // Header, separator and the blank `| |` rows between domains.
      if (line.startsWith('| Op Name') || line.startsWith('|---') || /^\|\s*\|$/.test(line)) return;
      const cells = line.split('|');
      if (cells.length !== 6 || cells[0] !== '' || cells[5] !== '')
        throw new Error(`${where}: expected 4 cells in '${line.slice(0, 80)}'`);
      const [, name, params, version, types] = cells as [string, string, string, string, string, string];
      if (domain === null) throw new Error(`${where}: operator row before any domain row`);
      if (name !== '') {
        op = { domain, op: name, signatures: parseSignatures(params, where), rows: [] };
        (provider as KernelDocProvider).ops.push(op);
      } else if (!op || params !== '') {
        throw new Error(`${where}: continuation row without an operator`);
      }
      (op as KernelDocOp).rows.push({ ...parseOpsetVersion(version), constraints: parseConstraints(types, where) });
    });
  return providers;
}

/** Where the saved doc came from (stated in the generated module and in data/ort/README.md). */
export interface KernelDocSource {
  repository: string;
  path: string;
  commit: string;
  /** What part of the doc the saved copy holds. */
  excerpt: string;
}

/**
 * The source text of ort-kernel-types.generated.ts: one provider's operators, with the element type
 * lists interned (rows refer to them by index) so the module stays small.
 */
export function renderKernelTypesModule(provider: KernelDocProvider, source: KernelDocSource): string {
  const sets: string[][] = [];
  const setIndex = new Map<string, number>();
  const intern = (types: string[]): number => {
    const key = types.join(',');
    let at = setIndex.get(key);
    if (at === undefined) {
      at = sets.length;
      sets.push(types);
      setIndex.set(key, at);
    }
    return at;
  };
  const ops = provider.ops.map((op) => {
    const rows = op.rows.map((r) => {
      const constraints = Object.fromEntries(Object.entries(r.constraints).map(([k, v]) => [k, intern(v)]));
      return [r.from, r.to, constraints];
    });
    return `  ${JSON.stringify({ domain: op.domain, op: op.op, signatures: op.signatures, rows })},`;
  });
  return [
    '// GENERATED FILE: do not edit by hand.',
    `// Generated by scripts/generate-ort-kernel-types.ts from src/lib/onnx/data/ort/OperatorKernels.md`,
    `// (${source.repository} ${source.path} @ ${source.commit}; ${source.excerpt}). Regenerate with:`,
    '//   npx tsx scripts/generate-ort-kernel-types.ts',
    '// ort-kernel-types.test.ts fails when this file and the saved doc drift apart.',
    "import type { OrtKernelOp } from './ort-kernel-row';",
    '',
    `export const ORT_KERNEL_DOC_SOURCE = ${JSON.stringify(source)} as const;`,
    '',
    `export const ORT_KERNEL_PROVIDER = ${JSON.stringify(provider.provider)};`,
    '',
    '/** Element type lists; kernel rows refer to them by index. */',
    'export const ORT_KERNEL_TYPE_SETS: readonly (readonly string[])[] = [',
    ...sets.map((s) => `  ${JSON.stringify(s)},`),
    '];',
    '',
    '/** [from, to (null = open), { constraint: type set index }] per registered version range. */',
    'export const ORT_CPU_KERNEL_OPS: readonly OrtKernelOp[] = [',
    ...ops,
    '];',
    '',
  ].join('\n');
}
