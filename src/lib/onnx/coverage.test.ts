import { describe, expect, it } from 'vitest';
import { operatorCoverage } from './coverage';
import type { CoverageReport, EngineCoverage } from './coverage-types';
import { ENGINE_OP_LISTS } from './engines.generated';
import { inspectModel } from './inspect';
import type { EngineId } from './op-list-types';
import { OperatorHistogram } from './operators';
import type { FunctionSummary, InspectReport, OpsetImport } from './report-types';
import { encodeModel, ifSpec, mlpSpec, node, qdqArgMaxSpec, topKSpec } from './test-models';

async function coverageOf(bytes: Uint8Array): Promise<CoverageReport> {
  return operatorCoverage(await inspectModel(bytes));
}

function engine(coverage: CoverageReport, id: EngineId): EngineCoverage {
  const row = coverage.engines.find((e) => e.engine === id);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

/** A report holding just these operators ("domain:Op" or "Op"), for checks against the lists. */
function reportWith(
  ops: string[],
  opsets: Record<string, number> = { '': 13 },
  extra: Partial<InspectReport> = {},
): InspectReport {
  const histogram = new OperatorHistogram();
  for (const op of ops) {
    const at = op.indexOf(':');
    histogram.add(at < 0 ? '' : op.slice(0, at), at < 0 ? op : op.slice(at + 1));
  }
  const opsetImports: OpsetImport[] = Object.entries(opsets).map(([domain, version]) => ({ domain, version }));
  return {
    schemaVersion: 1,
    byteSize: 1,
    sha256: '',
    irVersion: 8,
    opsetImports,
    producer: { name: '', version: '' },
    model: { domain: '', version: 0 },
    docString: '',
    docStringTruncated: false,
    graphName: 'g',
    inputs: [{ name: 'x', type: 'float32', elemType: 'float32', shape: [1] }],
    outputs: [],
    initializers: { count: 0, bytes: 0, externalCount: 0, externalBytes: 0, parameters: 0, byElementType: [] },
    constants: { count: 0, bytes: 0, parameters: 0 },
    parameters: 0,
    nodeCount: ops.length,
    subgraphCount: 0,
    subgraphNodeCount: 0,
    subgraphs: [],
    customDomains: [],
    externalData: [],
    symbolicDims: [],
    operators: histogram.rows(opsetImports),
    nodes: [],
    nodesTruncated: false,
    functions: [],
    metadata: [],
    warnings: [],
    ...extra,
  };
}

const statuses = (c: CoverageReport) => Object.fromEntries(c.engines.map((e) => [e.engine, e.status]));

describe('operatorCoverage', () => {
  it('finds that MatMul+Add+Relu+Softmax runs on every engine', async () => {
    const coverage = await coverageOf(encodeModel(mlpSpec()));
    expect(statuses(coverage)).toEqual({
      'ort-cpu': 'runs',
      'ort-web-webgpu': 'runs',
      'tmva-sofie': 'runs',
      hls4ml: 'runs',
    });
    expect(coverage.engines.map((e) => e.summary)).toEqual(['runs', 'runs', 'runs', 'runs']);
  });

  it('warns about the known-wrong JSEP DequantizeLinear kernel on WebGPU, once, and only when the model uses it', () => {
    const notes = engine(
      operatorCoverage(reportWith(['QuantizeLinear', 'DequantizeLinear', 'DequantizeLinear', 'MatMul'])),
      'ort-web-webgpu',
    ).notes;
    expect(notes.filter((n) => n.includes('microsoft/onnxruntime#32578'))).toHaveLength(1);
    const clean = engine(operatorCoverage(reportWith(['MatMul', 'Relu'])), 'ort-web-webgpu').notes;
    expect(clean.join(' ')).not.toContain('32578');
  });

  it('reports QDQ and ArgMax as missing in TMVA SOFIE', async () => {
    const coverage = await coverageOf(encodeModel(qdqArgMaxSpec()));
    const sofie = engine(coverage, 'tmva-sofie');
    expect(sofie.status).toBe('fails');
    expect(sofie.missing).toEqual(['ArgMax', 'DequantizeLinear', 'QuantizeLinear']);
    expect(sofie.summary).toBe('fails: ArgMax, DequantizeLinear, QuantizeLinear');
    expect(engine(coverage, 'ort-cpu').status).toBe('runs');
  });

  it('reports a CPU-only operator as a WASM fallback for onnxruntime-web WebGPU', async () => {
    const coverage = await coverageOf(encodeModel(topKSpec()));
    const web = engine(coverage, 'ort-web-webgpu');
    expect(web).toMatchObject({ status: 'runs-with-fallback', fallback: ['TopK'], missing: [] });
    expect(web.summary).toBe('runs with fallback: falls back to WASM for: TopK');
    expect(engine(coverage, 'ort-cpu').status).toBe('runs');
  });

  it('checks operators inside subgraphs', async () => {
    const spec = ifSpec();
    const ifNode = spec.nodes[2]!;
    const branch = { name: 'then', node: [node('TopK', ['x', 'k'], ['t', 'i'])], output: [] };
    const nodes = [...spec.nodes.slice(0, 2), { ...ifNode, attribute: [{ name: 'then_branch', type: 5, g: branch }] }];
    const coverage = await coverageOf(encodeModel({ ...spec, nodes }));
    expect(engine(coverage, 'ort-web-webgpu').fallback).toEqual(['TopK']);
    expect(engine(coverage, 'hls4ml').missing).toEqual(['Greater', 'If', 'ReduceSum', 'TopK']);
  });

  it('reports operators below the opset range of a list as missing, with the limit', async () => {
    const cpu = engine(await coverageOf(encodeModel(mlpSpec(4))), 'ort-cpu');
    expect(cpu.missing).toEqual(['Add', 'Relu']);
    expect(cpu.opsetProblems.map((p) => p.message)).toEqual([
      'Add at opset 4 but the ORT CPU list starts at opset 7',
      'Relu at opset 4 but the ORT CPU list starts at opset 6',
    ]);
    expect(cpu.opsetProblems[0]).toMatchObject({ op: 'Add', opset: 4, range: '7+' });
  });

  it('reports operators above a closed opset range', () => {
    const cpu = engine(operatorCoverage(reportWith(['Upsample'], { '': 10 })), 'ort-cpu');
    expect(cpu.status).toBe('fails');
    expect(cpu.opsetProblems[0]?.message).toBe('Upsample at opset 10 but the ORT CPU list covers opsets 7-9');
  });

  it('falls back to WASM when the WebGPU kernel does not cover the opset', () => {
    const coverage = operatorCoverage(reportWith(['Reshape', 'GridSample'], { '': 20 }));
    expect(engine(coverage, 'ort-web-webgpu')).toMatchObject({
      status: 'runs-with-fallback',
      fallback: ['GridSample'],
    });
    expect(engine(coverage, 'ort-web-webgpu').opsetProblems.map((p) => p.message)).toEqual([
      'GridSample at opset 20 but the JSEP WebGPU list covers opsets 16-19',
    ]);
    const old = engine(operatorCoverage(reportWith(['Reshape'], { '': 4 })), 'ort-web-webgpu');
    expect(old).toMatchObject({ status: 'runs-with-fallback', fallback: ['Reshape'] });
    expect(old.opsetProblems[0]?.message).toBe('Reshape at opset 4 but the JSEP WebGPU list starts at opset 5');
  });

  it('reports an operator whose domain has no opset import', () => {
    const cpu = engine(operatorCoverage(reportWith(['ai.onnx.ml:Scaler'])), 'ort-cpu');
    expect(cpu.missing).toEqual(['ai.onnx.ml:Scaler']);
    expect(cpu.opsetProblems[0]?.message).toBe('ai.onnx.ml:Scaler: the model imports no opset for ai.onnx.ml');
  });

  it('reports Gemm as missing in hls4ml with the qonnx rewrite', () => {
    const coverage = operatorCoverage(reportWith(['Gemm', 'Relu']));
    const hls = engine(coverage, 'hls4ml');
    expect(hls.missing).toEqual(['Gemm']);
    expect(hls.notes).toContain(
      'Gemm is not handled directly: rewrite it to MatMul + Add with qonnx GemmToMatMul first.',
    );
    expect(engine(coverage, 'tmva-sofie').status).toBe('runs');
  });

  it('lets hls4ml bypass Dropout and Identity while WebGPU runs them on WASM', () => {
    const coverage = operatorCoverage(reportWith(['MatMul', 'Dropout', 'Identity']));
    expect(engine(coverage, 'hls4ml').status).toBe('runs');
    expect(engine(coverage, 'hls4ml').notes).toContain('Dropout, Identity nodes are bypassed as no-ops.');
    expect(engine(coverage, 'ort-web-webgpu').fallback).toEqual(['Dropout', 'Identity']);
  });

  it('accepts Constant on ONNX Runtime although it is not a kernel', () => {
    const coverage = operatorCoverage(reportWith(['Constant', 'Add']));
    expect(statuses(coverage)).toEqual({
      'ort-cpu': 'runs',
      'ort-web-webgpu': 'runs',
      'tmva-sofie': 'runs',
      hls4ml: 'fails',
    });
    expect(engine(coverage, 'hls4ml').missing).toEqual(['Constant']);
  });

  it('runs com.microsoft operators that JSEP has on WebGPU, but flags them for ORT CPU', () => {
    const coverage = operatorCoverage(reportWith(['MatMul', 'com.microsoft:FastGelu'], { '': 17, 'com.microsoft': 1 }));
    expect(engine(coverage, 'ort-web-webgpu').status).toBe('runs');
    const cpu = engine(coverage, 'ort-cpu');
    expect(cpu.missing).toEqual(['com.microsoft:FastGelu']);
    expect(cpu.notes.join(' ')).toMatch(/contrib operators are not covered by the ORT CPU reference list/);
    expect(engine(coverage, 'tmva-sofie').notes).toContain('SOFIE parses the default ai.onnx domain only.');
  });

  it('runs ai.onnx.ml operators on ORT CPU and on WASM under WebGPU', () => {
    const coverage = operatorCoverage(reportWith(['ai.onnx.ml:TreeEnsembleClassifier'], { '': 13, 'ai.onnx.ml': 3 }));
    expect(statuses(coverage)).toEqual({
      'ort-cpu': 'runs',
      'ort-web-webgpu': 'runs-with-fallback',
      'tmva-sofie': 'fails',
      hls4ml: 'fails',
    });
  });

  it('matches QONNX quantizers in their own domain for hls4ml only', () => {
    const coverage = operatorCoverage(
      reportWith(['qonnx.custom_op.general:Quant', 'MatMul'], { '': 13, 'qonnx.custom_op.general': 1 }),
    );
    expect(statuses(coverage)).toEqual({
      'ort-cpu': 'fails',
      'ort-web-webgpu': 'fails',
      'tmva-sofie': 'fails',
      hls4ml: 'runs',
    });
  });

  it('runs HardSwish on ORT CPU by function expansion', () => {
    const coverage = operatorCoverage(reportWith(['HardSwish'], { '': 14 }));
    expect(engine(coverage, 'ort-cpu').status).toBe('runs');
    expect(engine(coverage, 'ort-cpu').notes[0]).toMatch(
      /HardSwish has no CPU kernel in the list; ONNX Runtime runs it by expanding/,
    );
    expect(engine(coverage, 'ort-web-webgpu').status).toBe('runs');
  });

  it('inlines model-local functions for ONNX Runtime but not for SOFIE', () => {
    const fn: FunctionSummary = {
      domain: 'hub.local',
      name: 'Block',
      nodeCount: 2,
      opsetImports: [{ domain: '', version: 13 }],
      operators: [
        { op: 'Relu', domain: '', opType: 'Relu', count: 1, opset: 13 },
        { op: 'TopK', domain: '', opType: 'TopK', count: 1, opset: 13 },
      ],
    };
    const coverage = operatorCoverage(
      reportWith(['MatMul', 'hub.local:Block'], { '': 13, 'hub.local': 1 }, { functions: [fn] }),
    );
    expect(engine(coverage, 'ort-cpu').status).toBe('runs');
    expect(engine(coverage, 'ort-web-webgpu').fallback).toEqual(['TopK']);
    expect(engine(coverage, 'tmva-sofie').missing).toEqual(['hub.local:Block']);
  });

  it('expands chained and recursive local functions once each', () => {
    const chain: FunctionSummary[] = Array.from({ length: 2000 }, (_, i) => ({
      domain: 'hub.local',
      name: `F${i}`,
      nodeCount: 3,
      opsetImports: [],
      operators: [
        { op: `hub.local:F${i + 1}`, domain: 'hub.local', opType: `F${i + 1}`, count: 2, opset: 1 },
        { op: `hub.local:F${i}`, domain: 'hub.local', opType: `F${i}`, count: 1, opset: 1 },
        { op: 'Relu', domain: '', opType: 'Relu', count: 1, opset: 13 },
      ],
    }));
    const coverage = operatorCoverage(reportWith(['hub.local:F0'], { '': 13, 'hub.local': 1 }, { functions: chain }));
    // F2000 is not defined, so it stays an (unknown) operator.
    expect(engine(coverage, 'ort-cpu').missing).toEqual(['hub.local:F2000']);
  });

  it('notes SOFIE input type limits', () => {
    const report = reportWith(
      ['Relu'],
      { '': 13 },
      { inputs: [{ name: 'x', type: 'float16', elemType: 'float16', shape: [1] }] },
    );
    expect(engine(operatorCoverage(report), 'tmva-sofie').notes).toContain(
      "Input 'x' is float16; SOFIE model inputs must be float, int32 or int64.",
    );
  });

  it('lists WASM fallbacks after the missing operators when both occur', () => {
    const web = engine(operatorCoverage(reportWith(['TopK', 'NotAnOnnxOp'])), 'ort-web-webgpu');
    expect(web.summary).toBe('fails: NotAnOnnxOp; falls back to WASM for: TopK');
  });

  it('reports an unknown operator as missing everywhere', () => {
    expect(Object.values(statuses(operatorCoverage(reportWith(['NotAnOnnxOp']))))).toEqual([
      'fails',
      'fails',
      'fails',
      'fails',
    ]);
  });

  it('agrees with every entry of the reference lists', () => {
    const cpuList = ENGINE_OP_LISTS.find((l) => l.id === 'ort-cpu')!;
    const sofieNames = new Set(
      ENGINE_OP_LISTS.find((l) => l.id === 'tmva-sofie')!.sections.flatMap((s) => s.ops.map((o) => o.op)),
    );
    for (const list of ENGINE_OP_LISTS) {
      // The WebGPU row models the default import (JSEP); the native section only feeds a note.
      for (const section of list.sections.filter((s) => !s.title.startsWith('native'))) {
        for (const op of section.ops) {
          const name = op.domain ? `${op.domain}:${op.op}` : op.op;
          const opset = op.spans?.[0]?.[0] ?? 13;
          const row = engine(operatorCoverage(reportWith([name], { '': opset, [op.domain]: opset })), list.id);
          const expectMissing = list.id === 'hls4ml' && op.op === 'Gemm';
          expect(row.missing, `${list.id} ${name}@${opset}`).toEqual(expectMissing ? [name] : []);
        }
      }
    }
    for (const op of cpuList.sections.flatMap((s) => s.ops).filter((o) => o.domain === '' && !sofieNames.has(o.op))) {
      const opset = op.spans?.[0]?.[0] ?? 13;
      expect(engine(operatorCoverage(reportWith([op.op], { '': opset })), 'tmva-sofie').missing).toEqual([op.op]);
    }
  });

  it('carries the sources of each list', () => {
    const coverage = operatorCoverage(reportWith(['Relu']));
    for (const row of coverage.engines) {
      expect(row.sources).toEqual(ENGINE_OP_LISTS.find((l) => l.id === row.engine)!.sources);
    }
    expect(engine(coverage, 'hls4ml').sources[0]).toMatchObject({
      commit: 'ef92ebdf2fc6b9573170465ada2200bb782d1164',
      date: '2026-06-10',
    });
    expect(JSON.parse(JSON.stringify(coverage))).toEqual(coverage);
  });
});
