import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGINE_OP_LISTS } from './engines.generated';
import { ENGINE_LIST_CONFIG } from './op-list-config';
import { parseOpList, type EngineListConfig } from './op-list-parse';
import { renderEnginesModule } from './op-list-render';
import { describeSpans, opsetInSpans, parseOpsetRange } from './opset-range';

const here = dirname(fileURLToPath(import.meta.url));
const referenceDir = resolve(here, '../../../../shared/reference/onnx-ops');
const haveReference = existsSync(join(referenceDir, 'SOURCES.md'));

const config: EngineListConfig = {
  id: 'hls4ml',
  name: 'test',
  version: '0',
  file: 'test.txt',
  defaultSection: 'ops',
  sources: [{ repository: 'github.com/x/y', path: 'a.py', commit: 'abc123', date: '2026-01-02', sections: [] }],
};

describe('opset ranges', () => {
  it('parses open, closed, single and union ranges', () => {
    expect(parseOpsetRange('7+')).toEqual([[7, null]]);
    expect(parseOpsetRange('9-10')).toEqual([[9, 10]]);
    expect(parseOpsetRange('19-21,22+')).toEqual([
      [19, 21],
      [22, null],
    ]);
    expect(parseOpsetRange('10,11+')).toEqual([
      [10, 10],
      [11, null],
    ]);
    expect(() => parseOpsetRange('7-')).toThrow(/invalid opset range/);
    expect(() => parseOpsetRange('9-7')).toThrow(/end before start/);
  });

  it('tests membership and describes ranges', () => {
    const spans = parseOpsetRange('7-9,13+');
    expect([6, 7, 9, 10, 13, 30].map((v) => opsetInSpans(v, spans))).toEqual([false, true, true, false, true, true]);
    expect(opsetInSpans(1, null)).toBe(true);
    expect(describeSpans(parseOpsetRange('13+'))).toBe('starts at opset 13');
    expect(describeSpans(spans)).toBe('covers opsets 7-9, 13+');
  });
});

describe('parseOpList', () => {
  const text = [
    '# engine: test',
    '# source: github.com/x/y a.py @ abc123 (2026-01-02)',
    'Relu\t6+',
    '# == section: custom ==',
    'com.microsoft:Gelu\t1+',
    'Quant  # qonnx',
    '',
  ].join('\n');

  it('reads comments, sections, domains, ranges and notes', () => {
    const list = parseOpList(text, config);
    expect(list.comments).toEqual(['engine: test', 'source: github.com/x/y a.py @ abc123 (2026-01-02)']);
    expect(list.sections).toEqual([
      { title: 'ops', ops: [{ op: 'Relu', domain: '', range: '6+', spans: [[6, null]], note: null }] },
      {
        title: 'custom',
        ops: [
          { op: 'Gelu', domain: 'com.microsoft', range: '1+', spans: [[1, null]], note: null },
          { op: 'Quant', domain: '', range: null, spans: null, note: 'qonnx' },
        ],
      },
    ]);
  });

  it('refuses source facts that the file does not state', () => {
    const wrong = { ...config, sources: [{ ...config.sources[0]!, commit: 'fff000' }] };
    expect(() => parseOpList(text, wrong)).toThrow(/'fff000' does not appear/);
  });

  it('refuses malformed and duplicate lines', () => {
    expect(() => parseOpList(`${text}Bad Op\n`, config)).toThrow(/test.txt:7: cannot read operator line/);
    expect(() => parseOpList(`${text}Quant\n`, config)).toThrow(/listed twice/);
    expect(() => parseOpList(`${text}Tanh\t6-\n`, config)).toThrow(/test.txt:7: invalid opset range/);
  });
});

describe('engines.generated.ts', () => {
  it('holds the operator counts stated in SOURCES.md', () => {
    const counts = Object.fromEntries(ENGINE_OP_LISTS.map((l) => [l.id, l.sections.map((s) => s.ops.length)]));
    expect(counts).toEqual({
      'ort-cpu': [198, 19],
      'ort-web-webgpu': [95, 14, 103],
      'tmva-sofie': [91],
      hls4ml: [35, 2],
    });
  });

  it('keeps sources with their commits and dates', () => {
    const hls = ENGINE_OP_LISTS.find((l) => l.id === 'hls4ml')!;
    expect(hls.sources.map((s) => [s.commit, s.date])).toEqual([
      ['ef92ebdf2fc6b9573170465ada2200bb782d1164', '2026-06-10'],
      ['ef92ebdf2fc6b9573170465ada2200bb782d1164', '2026-06-10'],
    ]);
    expect(hls.sections.flatMap((s) => s.ops).find((o) => o.op === 'Average')?.note).toMatch(/not an ONNX op name/);
  });

  it('renders deterministically', () => {
    expect(renderEnginesModule(ENGINE_OP_LISTS)).toBe(renderEnginesModule(structuredClone(ENGINE_OP_LISTS)));
  });

  // Skipped (with this reason) only where the shared reference folder is not checked out.
  it.skipIf(!haveReference)(
    'matches ../shared/reference/onnx-ops byte for byte (skipped when that folder is absent)',
    () => {
      const lists = ENGINE_LIST_CONFIG.map((c) => parseOpList(readFileSync(join(referenceDir, c.file), 'utf8'), c));
      expect(lists).toEqual(ENGINE_OP_LISTS);
      const generated = readFileSync(join(here, 'engines.generated.ts'), 'utf8');
      expect(renderEnginesModule(lists), 'run: npx tsx scripts/generate-onnx-ops.ts').toBe(generated);
    },
  );
});
