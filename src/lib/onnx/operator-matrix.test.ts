import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CELL_LEGEND, renderOperatorMatrix } from '../../html/operator-matrix';
import { ENGINE_OP_LISTS } from './engines.generated';
import { filterMatrix, operatorMatrix, readMatrixQuery, sourceHref } from './operator-matrix';

const all = operatorMatrix();
const row = (op: string, rows = all) => rows.find((r) => r.op === op)!;
const statuses = (op: string, rows = all) =>
  Object.fromEntries(Object.entries(row(op, rows).cells).map(([e, c]) => [e, c.status]));

describe('operatorMatrix', () => {
  it('has one row for every operator any engine list names', () => {
    const named = new Set(
      ENGINE_OP_LISTS.flatMap((l) =>
        l.sections.flatMap((s) =>
          s.ops.map((o) => (o.note === 'qonnx' ? `qonnx:${o.op}` : o.domain ? `${o.domain}:${o.op}` : o.op)),
        ),
      ),
    );
    expect(new Set(all.map((r) => r.op))).toEqual(named);
    expect(all[0]?.domain).toBe('ai.onnx');
  });

  it('shows the lists’ facts: ArgMax not in SOFIE or hls4ml, Gemm not in hls4ml, QDQ not in SOFIE', () => {
    expect(statuses('ArgMax')).toEqual({
      'ort-cpu': 'yes',
      webgpu: 'yes',
      'webgpu-native': 'yes',
      wasm: 'yes',
      sofie: 'no',
      hls4ml: 'no',
    });
    expect(row('Gemm').cells.hls4ml.status).toBe('no');
    expect(row('QuantizeLinear').cells.sofie.status).toBe('no');
    expect(row('Relu').cells['ort-cpu'].range).toBe('6+');
  });

  it('marks WASM fallback on WebGPU, the known JSEP DequantizeLinear problem, and hls4ml’s no-ops', () => {
    expect(row('ai.onnx.ml:Scaler').cells.webgpu).toMatchObject({ status: 'fallback' });
    expect(row('DequantizeLinear').cells.webgpu.note).toMatch(/^Known problem: .*#32578/);
    expect(row('Dropout').cells.hls4ml).toMatchObject({ status: 'yes', note: 'bypassed as a no-op' });
    expect(row('qonnx:Quant').domain).toBe('qonnx (custom)');
    expect(row('Constant').cells.webgpu.status).toBe('yes');
  });

  it('checks the chosen opset against each range: Relu is listed from opset 6', () => {
    const at5 = operatorMatrix(5);
    expect(row('Relu', at5).cells['ort-cpu']).toMatchObject({
      status: 'opset',
      range: '6+',
      note: 'starts at opset 6',
    });
    // SOFIE and hls4ml name no ranges: any opset.
    expect(row('Relu', at5).cells.sofie.status).toBe('yes');
    expect(row('Relu', operatorMatrix(13)).cells['ort-cpu'].status).toBe('yes');
  });
});

describe('filters from the URL', () => {
  it('reads engines, opset, show and name, reporting what it cannot read', () => {
    const q = readMatrixQuery(
      new URLSearchParams('engine=sofie&engine=hls4ml&engine=cuda&opset=x&show=unsupported&q=conv'),
    );
    expect(q).toMatchObject({ engines: ['sofie', 'hls4ml'], opset: null, show: 'unsupported', q: 'conv' });
    expect(q.problems).toEqual([
      'Unknown engine: cuda.',
      'Opset "x" is not a whole number from 1: showing every opset.',
    ]);
    expect(readMatrixQuery(new URLSearchParams('')).engines).toHaveLength(6);
  });

  it('keeps rows that run in every chosen engine, or that one of them lacks', () => {
    const q = readMatrixQuery(new URLSearchParams('engine=sofie&engine=hls4ml&show=supported&q=relu'));
    expect(filterMatrix(all, q).map((r) => r.op)).toContain('Relu');
    expect(filterMatrix(all, { ...q, show: 'unsupported', q: 'argmax' }).map((r) => r.op)).toEqual(['ArgMax']);
    expect(filterMatrix(all, { ...q, q: 'argmax' })).toEqual([]);
  });

  it('renders only the chosen engine columns, with a sticky key column and words behind each symbol', () => {
    const q = readMatrixQuery(new URLSearchParams('engine=sofie&q=ArgMax'));
    const html = renderOperatorMatrix(filterMatrix(all, q), q);
    expect(html).toContain('<th scope="col" class="op-key">Operator</th><th scope="col" data-engine="sofie"');
    expect(html).toContain('<td class="op-cell op-no" data-engine="sofie" data-status="no" title="not supported">');
    expect(html).not.toContain('data-engine="hls4ml"');
  });

  it('draws the legend symbol, with its words as alternative text, in every cell of that status', () => {
    const css = readFileSync(new URL('../../pages/inspect/operators.astro', import.meta.url), 'utf8');
    for (const [status, { symbol, words }] of Object.entries(CELL_LEGEND))
      expect(css, status).toContain(`td.op-${status}::before {\n    content: '${symbol} ' / '${words} ';`);
  });

  it('links each source: GitHub at the list’s commit, npm at the package version', () => {
    expect(
      sourceHref({ repository: 'github.com/root-project/root', path: 'x', commit: 'abc', date: null, sections: [] }),
    ).toBe('https://github.com/root-project/root/tree/abc');
    expect(
      sourceHref({
        repository: 'npm onnxruntime-web@1.30.0',
        path: 'docs/webgpu-operators.md',
        commit: null,
        date: null,
        sections: [],
      }),
    ).toBe('https://www.npmjs.com/package/onnxruntime-web/v/1.30.0');
  });
});
