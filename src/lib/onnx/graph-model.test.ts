import { describe, expect, it } from 'vitest';
import { GRAPH_BLOCK_NODES, wideIfModel } from '../../../test/fixtures/onnx-graph-models';
import { operatorCoverage } from './coverage';
import { decodeModel } from './decode';
import { attributeDetails } from './graph-attributes';
import { buildGraphModel, searchGraph, type GraphModel } from './graph-model';
import { inspectModel } from './inspect';
import { encodeModel, floatTensor, ifSpec, mlpSpec, node, topKSpec } from './test-models';

async function graphOf(bytes: Uint8Array, withDetails = true): Promise<GraphModel> {
  const report = await inspectModel(bytes);
  const details = withDetails ? attributeDetails(decodeModel(bytes).model.graph!) : undefined;
  return buildGraphModel(report, operatorCoverage(report), details);
}

const edges = (model: GraphModel, path = '') =>
  model.views[path]!.edges.map((e) => `${e.from}->${e.to} ${e.tensor} ${e.type ?? ''}`.trim());

describe('graph model', () => {
  it('has a node per operator, the model inputs and outputs, and edges named after their tensors', async () => {
    const model = await graphOf(encodeModel(mlpSpec()));
    const main = model.views['']!;
    expect(main.nodes.map((n) => `${n.id} ${n.kind} ${n.opType}`)).toEqual([
      'n0 op MatMul',
      'n1 op Add',
      'n2 op Relu',
      'n3 op Softmax',
      'in::x input Input',
      'out::y output Output',
    ]);
    // Initializers (W, b) have no producer: they are listed on the node, not drawn as edges.
    expect(edges(model)).toEqual([
      'in::x->n0 x float32[batch, 4]',
      'n0->n1 h0',
      'n1->n2 h1',
      'n2->n3 h2',
      'n3->out::y y float32[batch, 3]',
    ]);
    expect(main.nodes[0]!.inputs).toEqual(['x', 'W']);
    expect(main.nodes[0]!.inputTypes).toEqual(['float32[batch, 4]', 'float32[4, 3]']);
    expect(main.nodes[3]!.attributes).toEqual([{ name: 'axis', kind: 'int', text: '-1', subgraphs: [] }]);
  });

  it('gives each node a verdict per engine, with the reason where it is not "runs"', async () => {
    const model = await graphOf(encodeModel(topKSpec()));
    const topK = model.views['']!.nodes.find((n) => n.opType === 'TopK')!;
    const relu = model.views['']!.nodes.find((n) => n.opType === 'Relu')!;
    const verdict = (n: typeof topK) => Object.fromEntries(n.verdicts.map((v) => [v.engine, v.verdict]));
    expect(verdict(relu)).toEqual({
      'ort-cpu': 'runs',
      'ort-web-webgpu': 'runs',
      'ort-web-wasm': 'runs',
      'tmva-sofie': 'runs',
      hls4ml: 'runs',
    });
    expect(verdict(topK)).toMatchObject({ 'ort-cpu': 'runs', 'ort-web-webgpu': 'fallback', 'ort-web-wasm': 'runs' });
    expect(topK.verdicts.find((v) => v.engine === 'ort-web-webgpu')!.reasons).toEqual([
      expect.stringContaining('WASM CPU back end'),
    ]);
    // hls4ml has no TopK either.
    expect(verdict(topK).hls4ml).toBe('fails');
  });

  it('moves every node to the CPU on WebGPU below opset 7, and says so for the model', async () => {
    const model = await graphOf(encodeModel(mlpSpec(6)));
    const ops = model.views['']!.nodes.filter((n) => n.kind === 'op');
    const webgpu = ops.map((n) => [n.opType, n.verdicts.find((v) => v.engine === 'ort-web-webgpu')!.verdict]);
    // Add at opset 6 has no kernel in ORT's list at all, so it fails rather than falls back.
    expect(webgpu).toEqual([
      ['MatMul', 'fallback'],
      ['Add', 'fails'],
      ['Relu', 'fallback'],
      ['Softmax', 'fallback'],
    ]);
    expect(model.modelNotes['ort-web-webgpu']).toEqual([expect.stringContaining('below opset 7')]);
  });

  it('puts If branches in views of their own, linked to the node that holds them', async () => {
    const model = await graphOf(encodeModel(ifSpec()));
    expect(Object.keys(model.views)).toEqual(['', 'if_y.then_branch', 'if_y.else_branch']);
    const holder = model.views['']!.nodes.find((n) => n.opType === 'If')!;
    expect(holder.subgraphs).toEqual(['if_y.then_branch', 'if_y.else_branch']);
    expect(holder.attributes.map((a) => [a.name, a.kind, a.text, a.subgraphs])).toEqual([
      ['then_branch', 'graph', 'subgraph if_y.then_branch', ['if_y.then_branch']],
      ['else_branch', 'graph', 'subgraph if_y.else_branch', ['if_y.else_branch']],
    ]);
    const then = model.views['if_y.then_branch']!;
    expect(then).toMatchObject({ parent: '', holder: holder.id, title: 'if_y.then_branch' });
    // The branch reads the model input x from the enclosing graph, and yields then_out.
    expect(then.nodes.map((n) => `${n.kind} ${n.opType} ${n.name}`)).toEqual([
      'op Relu relu_then_out',
      'input Outer value x',
      'output Output then_out',
    ]);
    expect(edges(model, 'if_y.then_branch')).toEqual([
      'in:if_y.then_branch:x->n3 x float32[batch, 4]',
      'n3->out:if_y.then_branch:then_out then_out float32[batch, 4]',
    ]);
  });

  it('nests subgraphs of subgraphs under their holder', async () => {
    const inner = { name: 'inner', node: [node('Relu', ['x'], ['inner_out'])], output: [] };
    const outer = {
      name: 'outer',
      node: [node('If', ['c'], ['o'], { name: 'inner_if', attribute: [{ name: 'then_branch', type: 5, g: inner }] })],
      output: [],
    };
    const model = await graphOf(
      encodeModel({
        nodes: [
          node('If', ['c'], ['y'], { name: 'outer_if', attribute: [{ name: 'then_branch', type: 5, g: outer }] }),
        ],
      }),
    );
    expect(model.views['outer_if.then_branch > inner_if.then_branch']).toMatchObject({
      parent: 'outer_if.then_branch',
      holder: model.views['outer_if.then_branch']!.nodes[0]!.id,
      title: 'inner_if.then_branch',
    });
  });

  it('summarises tensor attributes by type and shape, and lists floats', async () => {
    const model = await graphOf(
      encodeModel({
        nodes: [
          node('Constant', [], ['w'], { attribute: [{ name: 'value', type: 4, t: floatTensor('w', [64, 16]) }] }),
          node('MatMul', ['x', 'w'], ['m']),
          node('LeakyRelu', ['m'], ['y'], { attribute: [{ name: 'alpha', type: 1, f: 0.1 }] }),
        ],
      }),
    );
    const [constant, , leaky] = model.views['']!.nodes;
    expect(constant!.attributes).toEqual([
      { name: 'value', kind: 'tensor', text: 'float32[64, 16] (1,024 values)', subgraphs: [] },
    ]);
    expect(leaky!.attributes[0]!.text).toBe('0.1');
    expect(edges(model)).toContain('n0->n1 w float32[64, 16]');
  });

  it('finds nodes by name or op type and tensors by name', async () => {
    const model = await graphOf(encodeModel(ifSpec()));
    expect(searchGraph(model, 'cond')).toEqual([
      { view: '', node: 'n1', kind: 'tensor', label: 'cond' },
      { view: '', node: 'n1', kind: 'node', label: 'greater_cond (Greater)' },
    ]);
    expect(searchGraph(model, 'relu')).toEqual([
      { view: 'if_y.then_branch', node: 'n3', kind: 'node', label: 'relu_then_out (Relu)' },
    ]);
    expect(searchGraph(model, 'THEN_OUT').map((h) => [h.kind, h.label])).toEqual([
      ['tensor', 'then_out'],
      ['node', 'relu_then_out (Relu)'],
    ]);
    expect(searchGraph(model, '  ')).toEqual([]);
  });

  it('derives the 700-node, 50-subgraph model of the browser test', async () => {
    const model = await graphOf(wideIfModel());
    const views = Object.values(model.views);
    expect(views).toHaveLength(51);
    const ops = views.flatMap((v) => v.nodes.filter((n) => n.kind === 'op'));
    expect(ops).toHaveLength(25 * GRAPH_BLOCK_NODES);
    expect(ops).toHaveLength(700);
    expect(model.views['']!.nodes.filter((n) => n.subgraphs.length === 2)).toHaveLength(25);
    expect(model.views['']!.edges.filter((e) => e.tensor === 'b3_if')).toHaveLength(2);
  });
});
