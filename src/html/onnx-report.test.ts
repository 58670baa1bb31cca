import { describe, expect, it } from 'vitest';
import { inspectModel, type InspectReport } from '../lib/onnx';
import { wideIfModel } from '../../test/fixtures/onnx-graph-models';
import { longChainModel } from '../../test/fixtures/onnx-models';
import { renderNodeRows, renderReportSummary } from './onnx-report';

describe('renderReportSummary', () => {
  it('shows facts, inputs with symbolic shapes, and the operator histogram', async () => {
    const report = await inspectModel(longChainModel(3));
    const html = renderReportSummary(report);
    expect(html).toContain('<dd data-fact="ir-version">8</dd>');
    expect(html).toContain('<dd data-fact="opsets">ai.onnx 17</dd>');
    expect(html).toContain('<td><code>ids</code></td><td>int64</td><td>[rows, 3]</td>');
    expect(html).toMatch(/<table data-operator-histogram>.*<code>Relu<\/code><\/td><td>3<\/td><td>17<\/td>/s);
  });

  it('names every table region after its heading, each name once (a model with subgraphs and symbolic dimensions)', async () => {
    const html = renderReportSummary(await inspectModel(wideIfModel(2)));
    const labels = [...html.matchAll(/role="region" aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(labels).toEqual(expect.arrayContaining(['Subgraphs table', 'Symbolic dimensions table']));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('escapes text from the file and flags warnings', () => {
    const report = {
      byteSize: 10,
      sha256: 'ab',
      irVersion: 3,
      opsetImports: [],
      producer: { name: '<b>x</b>', version: '' },
      model: { domain: '', version: 0 },
      docString: '<script>',
      graphName: '',
      inputs: [],
      outputs: [],
      initializers: { count: 0, bytes: 0, externalCount: 0, externalBytes: 0, parameters: 0, byElementType: [] },
      constants: { count: 0, bytes: 0, parameters: 0 },
      parameters: 0,
      nodeCount: 0,
      subgraphCount: 1,
      subgraphNodeCount: 0,
      subgraphs: [{ path: '<g>', opType: 'If', attribute: 'then_branch', depth: 1, nodeCount: 0, initializerCount: 0 }],
      customDomains: [{ domain: '<d>', nodeCount: 1, opTypes: ['<op>'], opset: null, localFunctions: [] }],
      externalData: [{ tensor: '<t>', location: '<f>', offset: null, length: null, graph: '' }],
      symbolicDims: [{ name: '<n>', usedBy: ['input <x>'] }],
      operators: [],
      functions: [],
      metadata: [{ key: 'k', value: '<i>v</i>' }],
      warnings: ['w & w'],
    } as unknown as InspectReport;
    const html = renderReportSummary(report);
    expect(html).not.toMatch(/<(b|script|i|g|d|op|t|f|n|x)>/);
    for (const part of ['data-subgraphs', 'data-custom-domains', 'data-external-data', 'data-symbolic-dims'])
      expect(html).toContain(part);
    expect(html).toContain('data-report-warnings');
    expect(html).toContain('w &#38; w');
    expect(html).toContain('No inputs.');
  });
});

describe('renderNodeRows', () => {
  it('numbers rows of one page from its first index', async () => {
    const report = await inspectModel(longChainModel(5));
    const html = renderNodeRows(report.nodes, 2, 4);
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html).toMatch(/^<tr><td>3<\/td><td>relu_2<\/td>/);
  });
});
