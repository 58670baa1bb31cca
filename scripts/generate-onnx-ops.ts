/**
 * Regenerates src/lib/onnx/engines.generated.ts from the operator lists in
 * ../shared/reference/onnx-ops (or the folder given as the first argument).
 *   npx tsx scripts/generate-onnx-ops.ts [path/to/onnx-ops]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE_LIST_CONFIG } from '../src/lib/onnx/op-list-config';
import { parseOpList } from '../src/lib/onnx/op-list-parse';
import { renderEnginesModule } from '../src/lib/onnx/op-list-render';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = process.argv[2];
const sourceDir = arg ? resolve(arg) : resolve(repoRoot, '../shared/reference/onnx-ops');
const target = join(repoRoot, 'src/lib/onnx/engines.generated.ts');

const lists = ENGINE_LIST_CONFIG.map((config) =>
  parseOpList(readFileSync(join(sourceDir, config.file), 'utf8'), config),
);
writeFileSync(target, renderEnginesModule(lists));
for (const list of lists) {
  const counts = list.sections.map((s) => `${s.title}: ${s.ops.length}`).join('; ');
  console.log(`${list.file} -> ${list.id} (${counts})`);
}
console.log(`wrote ${target}`);
