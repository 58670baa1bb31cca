import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { OnnxInspectError } from './errors';
import { inspectModel } from './inspect';
import { encodeModel, floatTensor, ifSpec, mlpSpec, modelProto, node, qdqArgMaxSpec, tensorInfo } from './test-models';

describe('inspectModel', () => {
  it('reports metadata, inputs, outputs and opsets of a model', async () => {
    const bytes = encodeModel({
      ...mlpSpec(),
      metadata: { task: 'pid', experiment: 'ALICE' },
      opsets: { '': 13, 'ai.onnx.ml': 3 },
    });
    const report = await inspectModel(bytes);
    expect(report).toMatchObject({
      schemaVersion: 1,
      byteSize: bytes.length,
      irVersion: 8,
      opsetImports: [
        { domain: '', version: 13 },
        { domain: 'ai.onnx.ml', version: 3 },
      ],
      producer: { name: 'hub-tests', version: '1.0' },
      model: { domain: '', version: 0 },
      docString: 'test model',
      docStringTruncated: false,
      graphName: 'main',
      inputs: [{ name: 'x', type: 'float32', elemType: 'float32', shape: ['batch', 4] }],
      outputs: [{ name: 'y', type: 'float32', elemType: 'float32', shape: ['batch', 3] }],
      metadata: [
        { key: 'task', value: 'pid' },
        { key: 'experiment', value: 'ALICE' },
      ],
      warnings: [],
    });
  });

  it('hashes the file with SHA-256', async () => {
    const bytes = encodeModel(mlpSpec());
    expect((await inspectModel(bytes)).sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('counts initializer bytes and parameters from raw and typed data', async () => {
    const report = await inspectModel(encodeModel(qdqArgMaxSpec()));
    // W 4x3 + b 3 as float32 raw_data, scale as float_data, zero as int8 in int32_data.
    expect(report.initializers).toEqual({
      count: 4,
      bytes: 48 + 12 + 4 + 1,
      externalCount: 0,
      externalBytes: 0,
      parameters: 12 + 3 + 1 + 1,
      byElementType: [
        { elemType: 'float32', count: 3, bytes: 64, parameters: 16 },
        { elemType: 'int8', count: 1, bytes: 1, parameters: 1 },
      ],
    });
  });

  it('counts tensors stored in external data separately', async () => {
    const external = {
      name: 'E',
      dims: [1000, 10],
      dataType: 10,
      dataLocation: 1,
      externalData: [
        { key: 'location', value: 'w.bin' },
        { key: 'length', value: '20000' },
      ],
    };
    const report = await inspectModel(
      encodeModel({ ...mlpSpec(), initializers: [...(mlpSpec().initializers ?? []), external] }),
    );
    expect(report.initializers).toMatchObject({
      count: 3,
      bytes: 60,
      externalCount: 1,
      externalBytes: 20000,
      parameters: 15 + 10000,
    });
  });

  it('leaves initializers listed as graph inputs (old IR versions) out of the inputs', async () => {
    const spec = mlpSpec();
    const bytes = encodeModel({
      ...spec,
      irVersion: 3,
      inputs: [tensorInfo('x', 1, ['batch', 4]), tensorInfo('W', 1, [4, 3]), tensorInfo('b', 1, [3])],
    });
    expect((await inspectModel(bytes)).inputs.map((i) => i.name)).toEqual(['x']);
  });

  it('builds an operator histogram sorted by count, with domain-qualified names', async () => {
    const spec = mlpSpec();
    const nodes = [
      ...spec.nodes,
      node('Relu', ['y'], ['y2']),
      node('Relu', ['y2'], ['y3']),
      node('Scaler', ['y3'], ['z'], { domain: 'ai.onnx.ml' }),
    ];
    const report = await inspectModel(encodeModel({ ...spec, nodes, opsets: { '': 13, 'ai.onnx.ml': 3 } }));
    expect(report.operators.map((o) => [o.op, o.count, o.opset])).toEqual([
      ['Relu', 3, 13],
      ['Add', 1, 13],
      ['ai.onnx.ml:Scaler', 1, 3],
      ['MatMul', 1, 13],
      ['Softmax', 1, 13],
    ]);
  });

  it('treats the ai.onnx domain name as the default domain', async () => {
    const spec = mlpSpec();
    const nodes = spec.nodes.map((n) => ({ ...n, domain: 'ai.onnx' }));
    const report = await inspectModel(encodeModel({ ...spec, nodes, opsets: { 'ai.onnx': 13 } }));
    expect(report.opsetImports).toEqual([{ domain: '', version: 13 }]);
    expect(report.operators.map((o) => o.op).sort()).toEqual(['Add', 'MatMul', 'Relu', 'Softmax']);
  });

  it('counts and lists nodes inside If branches', async () => {
    const report = await inspectModel(encodeModel(ifSpec()));
    expect({
      nodeCount: report.nodeCount,
      subgraphCount: report.subgraphCount,
      subgraphNodeCount: report.subgraphNodeCount,
    }).toEqual({
      nodeCount: 5,
      subgraphCount: 2,
      subgraphNodeCount: 2,
    });
    expect(report.nodes.slice(3)).toEqual([
      {
        name: 'relu_then_out',
        opType: 'Relu',
        domain: '',
        inputs: ['x'],
        outputs: ['then_out'],
        graph: 'if_y.then_branch',
        inputTypes: [{ type: 'float32', elemType: 'float32', shape: ['batch', 4] }],
        outputTypes: [{ type: 'float32', elemType: 'float32', shape: ['batch', 4] }],
        attributes: {},
      },
      {
        name: 'sigmoid_else_out',
        opType: 'Sigmoid',
        domain: '',
        inputs: ['x'],
        outputs: ['else_out'],
        graph: 'if_y.else_branch',
        inputTypes: [{ type: 'float32', elemType: 'float32', shape: ['batch', 4] }],
        outputTypes: [{ type: 'float32', elemType: 'float32', shape: ['batch', 4] }],
        attributes: {},
      },
    ]);
    expect(report.operators.find((o) => o.op === 'Sigmoid')?.count).toBe(1);
  });

  it('caps the node list but still counts every node', async () => {
    const report = await inspectModel(encodeModel(mlpSpec()), { maxListedNodes: 2 });
    expect([report.nodes.length, report.nodeCount, report.nodesTruncated]).toEqual([2, 4, true]);
  });

  it('truncates long doc strings', async () => {
    const report = await inspectModel(encodeModel({ ...mlpSpec(), docString: 'x'.repeat(50) }), { maxTextLength: 10 });
    expect([report.docString, report.docStringTruncated]).toEqual(['xxxxxxxxxx…', true]);
  });

  it('describes non-tensor and unknown-rank types', async () => {
    const inputs = [
      { name: 'seq', type: { sequenceType: { elemType: { tensorType: { elemType: 10 } } } } },
      { name: 'map', type: { mapType: { keyType: 7, valueType: { tensorType: { elemType: 1 } } } } },
      { name: 'any', type: { tensorType: { elemType: 16 } } },
      { name: 'dyn', type: { tensorType: { elemType: 1, shape: { dim: [{}, { dimValue: 2 }] } } } },
    ];
    const report = await inspectModel(encodeModel({ ...mlpSpec(), inputs }));
    expect(report.inputs).toEqual([
      { name: 'seq', type: 'seq(float16)', elemType: null, shape: null },
      { name: 'map', type: 'map(int64,float32)', elemType: null, shape: null },
      { name: 'any', type: 'bfloat16', elemType: 'bfloat16', shape: null },
      { name: 'dyn', type: 'float32', elemType: 'float32', shape: [null, 2] },
    ]);
  });

  it('summarises model-local functions with their own opsets', async () => {
    const fn = {
      name: 'Block',
      domain: 'hub.local',
      input: ['a'],
      output: ['b'],
      node: [node('Relu', ['a'], ['r']), node('Tanh', ['r'], ['b'])],
      opsetImport: [{ domain: '', version: 14 }],
    };
    const spec = {
      ...mlpSpec(),
      nodes: [...mlpSpec().nodes, node('Block', ['y'], ['z'], { domain: 'hub.local' })],
      opsets: { '': 13, 'hub.local': 1 },
      functions: [fn],
    };
    const report = await inspectModel(encodeModel(spec));
    expect(report.functions).toEqual([
      {
        domain: 'hub.local',
        name: 'Block',
        nodeCount: 2,
        opsetImports: [{ domain: '', version: 14 }],
        operators: [
          { op: 'Relu', domain: '', opType: 'Relu', count: 1, opset: 14 },
          { op: 'Tanh', domain: '', opType: 'Tanh', count: 1, opset: 14 },
        ],
      },
    ]);
    expect(report.operators.find((o) => o.op === 'hub.local:Block')?.opset).toBe(1);
  });

  it('warns about inconsistencies instead of failing', async () => {
    const short = { ...floatTensor('W', [4, 3]), rawData: new Uint8Array(8) };
    const spec = {
      ...mlpSpec(),
      initializers: [short, floatTensor('b', [3])],
      nodes: [...mlpSpec().nodes, node('Scaler', ['y'], ['z'], { domain: 'ai.onnx.ml' })],
    };
    const report = await inspectModel(encodeModel(spec));
    expect(report.warnings).toEqual([
      'The model uses operators from ai.onnx.ml but imports no opset for that domain.',
      "Initializer 'W' has 8 bytes of raw_data, but its shape [4, 3] of float32 needs 48.",
    ]);
    expect(report.operators.find((o) => o.op === 'ai.onnx.ml:Scaler')?.opset).toBeNull();
  });

  it('assumes ai.onnx opset 1 for IR version 2 models', async () => {
    const report = await inspectModel(encodeModel({ ...modelProto(mlpSpec()), irVersion: 2, opsetImport: [] }));
    expect(report.opsetImports).toEqual([{ domain: '', version: 1 }]);
    expect(report.warnings[0]).toMatch(/assuming ai.onnx opset 1/);
  });

  it('produces a plain JSON object', async () => {
    const report = await inspectModel(encodeModel(ifSpec()));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('rejects bad input with OnnxInspectError', async () => {
    await expect(inspectModel(new Uint8Array(0))).rejects.toBeInstanceOf(OnnxInspectError);
    await expect(inspectModel(new TextEncoder().encode('[1, 2, 3]'))).rejects.toMatchObject({ code: 'not_onnx' });
  });
});

describe('inspectModel: weights outside initializers, structure and types', () => {
  const constant = (output: string, attribute: object) => node('Constant', [], [output], { attribute: [attribute] });

  it('counts weights held by Constant nodes, in the main graph and in subgraphs', async () => {
    const spec = ifSpec();
    const thenBranch = spec.nodes[2]!.attribute![0]!.g!;
    thenBranch.node = [
      constant('c_then', { name: 'value', type: 4, t: floatTensor('ct', [10, 10]) }),
      ...thenBranch.node!,
    ];
    const report = await inspectModel(
      encodeModel({
        ...spec,
        nodes: [
          constant('W', { name: 'value', type: 4, t: floatTensor('W', [4, 3]) }),
          constant('axes', { name: 'value_ints', type: 7, ints: [0, 1] }),
          constant('eps', { name: 'value_float', type: 1, f: 1e-5 }),
          ...spec.nodes,
        ],
      }),
    );
    expect(report.constants).toEqual({ count: 4, bytes: 48 + 16 + 4 + 400, parameters: 12 + 2 + 1 + 100 });
    expect(report.initializers.parameters).toBe(1);
    expect(report.parameters).toBe(1 + 12 + 2 + 1 + 100);
  });

  it('lists subgraphs with the node and attribute that hold them', async () => {
    const report = await inspectModel(encodeModel(ifSpec()));
    expect(report.subgraphs).toEqual([
      { path: 'if_y.then_branch', opType: 'If', attribute: 'then_branch', depth: 1, nodeCount: 1, initializerCount: 0 },
      { path: 'if_y.else_branch', opType: 'If', attribute: 'else_branch', depth: 1, nodeCount: 1, initializerCount: 0 },
    ]);
  });

  it('lists the custom domains nodes use, not those only imported, and marks local functions', async () => {
    const spec = mlpSpec();
    const report = await inspectModel(
      encodeModel({
        ...spec,
        nodes: [
          ...spec.nodes.filter((n) => n.opType !== 'Softmax'),
          node('FastGelu', ['h2'], ['g'], { domain: 'com.microsoft' }),
          node('MySoftmax', ['g'], ['y'], { domain: 'hub.local' }),
        ],
        opsets: { '': 13, 'com.microsoft': 1, 'hub.local': 1, 'org.unused': 1, 'ai.onnx.ml': 3 },
        functions: [
          {
            name: 'MySoftmax',
            domain: 'hub.local',
            input: ['x'],
            output: ['y'],
            node: [node('Softmax', ['x'], ['y'])],
            opsetImport: [{ domain: '', version: 13 }],
          },
        ],
      }),
    );
    expect(report.customDomains).toEqual([
      { domain: 'com.microsoft', nodeCount: 1, opTypes: ['FastGelu'], opset: 1, localFunctions: [] },
      { domain: 'hub.local', nodeCount: 1, opTypes: ['MySoftmax'], opset: 1, localFunctions: ['MySoftmax'] },
    ]);
  });

  it('lists external data references of initializers and Constant nodes', async () => {
    const external = (name: string, location: string) => ({
      name,
      dims: [100],
      dataType: 1,
      dataLocation: 1,
      externalData: [
        { key: 'location', value: location },
        { key: 'offset', value: '4096' },
        { key: 'length', value: '400' },
      ],
    });
    const spec = mlpSpec();
    const report = await inspectModel(
      encodeModel({
        ...spec,
        nodes: [constant('k', { name: 'value', type: 4, t: external('k_data', 'k.bin') }), ...spec.nodes],
        initializers: [...spec.initializers!, external('E', 'weights.bin')],
      }),
    );
    expect(report.externalData).toEqual([
      { tensor: 'E', location: 'weights.bin', offset: 4096, length: 400, graph: '' },
      { tensor: 'k_data', location: 'k.bin', offset: 4096, length: 400, graph: '' },
    ]);
    expect(report.constants.parameters).toBe(100);
  });

  it('lists symbolic dimensions with the values that use them', async () => {
    const report = await inspectModel(encodeModel(mlpSpec()));
    expect(report.symbolicDims).toEqual([{ name: 'batch', usedBy: ['input x', 'output y'] }]);
  });

  it('gives each node its input and output types where the model states them, including outer-scope names in subgraphs', async () => {
    const spec = ifSpec();
    const report = await inspectModel(
      encodeModel({
        ...spec,
        nodes: [constant('axes', { name: 'value_ints', type: 7, ints: [1] }), ...spec.nodes],
      }),
    );
    const byName = Object.fromEntries(report.nodes.map((n) => [n.name, n]));
    expect(byName['greater_cond']).toMatchObject({
      inputTypes: [null, { type: 'float32', elemType: 'float32', shape: [] }],
      outputTypes: [null],
    });
    expect(byName['constant_axes']!.outputTypes).toEqual([{ type: 'int64', elemType: 'int64', shape: [1] }]);
    // The branch reads the main graph's input x (outer scope) and declares its own output.
    expect(byName['relu_then_out']).toMatchObject({
      inputTypes: [{ type: 'float32', elemType: 'float32', shape: ['batch', 4] }],
      outputTypes: [{ type: 'float32', elemType: 'float32', shape: ['batch', 4] }],
    });
  });
});
