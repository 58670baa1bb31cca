import { describe, expect, it } from 'vitest';
import { operatorCoverage } from './coverage';
import { formatCoverage, formatReport } from './format-report';
import { inspectModel } from './inspect';
import { encodeModel, ifSpec, mlpSpec, qdqArgMaxSpec, topKSpec } from './test-models';
import { formatBytes, textTable } from './text-table';

async function textFor(bytes: Uint8Array, fileName?: string): Promise<string> {
  const report = await inspectModel(bytes);
  return formatReport(report, operatorCoverage(report), fileName === undefined ? {} : { fileName });
}

describe('text tables', () => {
  it('aligns columns without trailing blanks', () => {
    expect(
      textTable(
        ['A', 'LONG'],
        [
          ['xyz', '1'],
          ['q', ''],
        ],
      ),
    ).toBe('  A    LONG\n  xyz  1\n  q');
  });

  it('formats byte counts with a binary unit', () => {
    expect([formatBytes(1), formatBytes(1000), formatBytes(1536), formatBytes(5 * 1024 ** 3)]).toEqual([
      '1 byte',
      '1,000 bytes',
      '1,536 bytes (1.5 KiB)',
      '5,368,709,120 bytes (5.0 GiB)',
    ]);
  });
});

describe('formatReport', () => {
  it('prints the summary, tables and coverage of a model', async () => {
    const bytes = encodeModel(mlpSpec());
    const text = await textFor(bytes, 'mlp.onnx');
    expect(text.split('\n').slice(0, 5)).toEqual([
      'ONNX model: mlp.onnx',
      `  Size        ${bytes.length} bytes`,
      expect.stringMatching(/^ {2}SHA-256 {5}[0-9a-f]{64}$/),
      '  IR version  8',
      '  Opsets      ai.onnx 13',
    ]);
    expect(text).toContain('Inputs (1)\n  NAME  TYPE     SHAPE\n  x     float32  [batch, 4]');
    expect(text).toContain('Initializers: 2 tensors, 60 bytes, 15 parameters');
    expect(text).toContain('Operators: 4 nodes, 4 operator types\n  COUNT  OPERATOR  OPSET\n  1      Add       13');
    expect(text).toContain('  1  matmul_h0  MatMul   x, W -> h0');
    expect(text).toMatch(/ONNX Runtime CPU +1\.30\.0 +runs\n/);
    expect(text).toMatch(/Sources \(\.\.\/shared\/reference\/onnx-ops\):\n/);
    expect(text).toContain(
      'hls4ml: github.com/fastmachinelearning/hls4ml hls4ml/converters/onnx_to_hls.py @ ef92ebdf2fc6 (2026-06-10)',
    );
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n').every((line) => line === line.trimEnd())).toBe(true);
  });

  it('shows missing operators and WASM fallbacks in the matrix', async () => {
    expect(await textFor(encodeModel(qdqArgMaxSpec()))).toMatch(
      /TMVA SOFIE \(ROOT\) +root @ 80ab68e26ed3 +fails: ArgMax, DequantizeLinear, QuantizeLinear\n/,
    );
    expect(await textFor(encodeModel(topKSpec()))).toMatch(
      /onnxruntime-web WebGPU +1\.30\.0 +runs with fallback: falls back to WASM for: TopK\n/,
    );
  });

  it('lists subgraph nodes with their subgraph', async () => {
    const text = await textFor(encodeModel(ifSpec()));
    expect(text).toContain('Operators: 5 nodes, 2 of them in 2 subgraphs, 5 operator types');
    expect(text).toMatch(/relu_then_out +Relu +x -> then_out +if_y\.then_branch\n/);
  });

  it('prints opset limits and notes per engine', async () => {
    const report = await inspectModel(encodeModel(mlpSpec(4)));
    const text = formatCoverage(operatorCoverage(report));
    expect(text).toContain(
      '  Opset limits:\n    ONNX Runtime CPU: Add at opset 4 but the ORT CPU list starts at opset 7',
    );
    expect(text).toContain('  Notes:\n');
  });

  it('omits the node list on request', async () => {
    const report = await inspectModel(encodeModel(mlpSpec()));
    expect(formatReport(report, operatorCoverage(report), { nodes: false })).not.toContain('Nodes (');
  });
});
