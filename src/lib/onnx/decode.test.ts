import pkg from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { decodeModel } from './decode';
import { OnnxInspectError, type OnnxInspectErrorCode } from './errors';
import { encodeModel, ifSpec, mlpSpec, modelProto, node, tensorInfo, type ModelSpec } from './test-models';

const { onnx } = pkg;
const text = (s: string) => new TextEncoder().encode(s);

function decodeError(bytes: Uint8Array, limits = {}): OnnxInspectError {
  try {
    decodeModel(bytes, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(OnnxInspectError);
    return error as OnnxInspectError;
  }
  throw new Error('expected decodeModel to throw');
}

function expectError(bytes: Uint8Array, code: OnnxInspectErrorCode, message: RegExp, limits = {}): void {
  const error = decodeError(bytes, limits);
  expect({ code: error.code, message: error.message }).toEqual({ code, message: expect.stringMatching(message) });
}

/** Byte range of the graph message body inside an encoded model (fields are written in field order). */
function graphBody(spec: ModelSpec): { start: number; end: number } {
  const proto = modelProto(spec);
  const prefix = onnx.ModelProto.encode(
    onnx.ModelProto.create({ ...proto, graph: null, opsetImport: [], metadataProps: [], functions: [] }),
  ).finish().length;
  const graphLength = onnx.GraphProto.encode(onnx.GraphProto.create(proto.graph!)).finish().length;
  const lengthBytes = graphLength < 128 ? 1 : graphLength < 16384 ? 2 : 3;
  return { start: prefix + 1 + lengthBytes, end: prefix + 1 + lengthBytes + graphLength };
}

describe('decodeModel', () => {
  it('decodes a valid model and counts its nodes', () => {
    const { model, stats } = decodeModel(encodeModel(mlpSpec()));
    expect(model.graph?.node?.map((n) => n.opType)).toEqual(['MatMul', 'Add', 'Relu', 'Softmax']);
    expect(stats).toEqual({ nodeCount: 4, maxSubgraphDepth: 0 });
  });

  it('counts subgraph nodes and nesting depth', () => {
    expect(decodeModel(encodeModel(ifSpec())).stats).toEqual({ nodeCount: 5, maxSubgraphDepth: 1 });
  });

  it('rejects an empty file', () => {
    expectError(new Uint8Array(0), 'empty', /empty/);
  });

  it.each([
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], /PNG image, not an ONNX model/],
    ['ZIP archive (PyTorch checkpoint)', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0], /ZIP archive \(PyTorch/],
    ['HDF5 file', [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a, 0], /HDF5/],
    ['gzip data', [0x1f, 0x8b, 8, 0, 0, 0], /gzip/],
    ['ROOT file', [...text('root'), 0, 0, 0xf4, 0x2a], /ROOT file/],
  ])('names a %s instead of decoding it', (_name, bytes, message) => {
    expectError(Uint8Array.from(bytes), 'not_onnx', message);
  });

  it('reports an ONNX Runtime .ort file as unsupported', () => {
    expectError(Uint8Array.from([0x10, 0, 0, 0, ...text('ORTM'), 0, 0, 0, 0]), 'unsupported', /ORT-format/);
  });

  it('recognises a JSON file', () => {
    expectError(
      text('{\n  "model": "jet-tagger",\n  "version": 3\n}\n'),
      'not_onnx',
      /JSON text file, not an ONNX model/,
    );
  });

  it('recognises a plain text file and a Git LFS pointer', () => {
    expectError(text('hello, this is not a model\n'), 'not_onnx', /a text file/);
    expectError(
      text('version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123\n'),
      'not_onnx',
      /Git LFS pointer/,
    );
  });

  it('reports the ONNX text format as unsupported', () => {
    expectError(text('ir_version: 8\nproducer_name: "x"\ngraph {\n}\n'), 'unsupported', /ONNX text format/);
  });

  it('rejects seeded random bytes', () => {
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (let i = 0; i < 50; i++) {
      const bytes = Uint8Array.from({ length: 64 + i * 13 }, next);
      expect(['not_onnx', 'corrupt', 'truncated']).toContain(decodeError(bytes).code);
    }
  });

  it('names the field a truncated file ends in', () => {
    const spec = mlpSpec();
    const bytes = encodeModel(spec);
    const { start, end } = graphBody(spec);
    for (let cut = start + 1; cut < end; cut++) {
      const error = decodeError(bytes.subarray(0, cut));
      expect(error.code, `cut at ${cut}`).toBe('truncated');
      expect(error.message).toMatch(/^The file ends in the middle of .*graph/);
    }
    // W's raw_data is 48 bytes; a cut half-way through it must say so.
    const raw = bytes.indexOf(0x4a, start); // 0x4a = tag of TensorProto.raw_data (field 9, length-delimited)
    expect(raw).toBeGreaterThan(start);
    expect(decodeError(bytes.subarray(0, raw + 20)).message).toMatch(
      /graph\.initializer\[0\]\.raw_data \(it declares 48 bytes, only \d+ bytes remain\)/,
    );
  });

  it('never accepts a truncated file, wherever it is cut', () => {
    const bytes = encodeModel(mlpSpec());
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(['truncated', 'not_onnx'], `cut at ${cut}`).toContain(decodeError(bytes.subarray(0, cut)).code);
    }
  });

  it('reports a field stored with the wrong wire type as corrupt', () => {
    const bytes = encodeModel(mlpSpec());
    const opType = bytes.indexOf(0x22, graphBody(mlpSpec()).start); // NodeProto.op_type tag
    const broken = bytes.slice();
    broken[opType] = 0x20; // field 4 as a varint
    expectError(broken, 'corrupt', /graph\.node\[0\]\.op_type is stored as varint but should be length-delimited/);
  });

  it('reports a nested length that overruns its parent as corrupt', () => {
    const spec = mlpSpec();
    const bytes = encodeModel(spec);
    const { start } = graphBody(spec);
    const broken = bytes.slice();
    expect(broken[start]).toBe(0x0a); // graph.node[0] tag
    broken[start + 1] = 0x7f; // node[0] now claims 127 bytes; the rest of the graph is shorter
    expect(decodeError(broken).code).toBe('corrupt');
    expect(decodeError(broken).message).toMatch(/graph\.node\[0\].*(enclosing message|runs past)/);
  });

  it('rejects protobuf group wire types', () => {
    const bytes = encodeModel(mlpSpec());
    expectError(Uint8Array.from([...bytes, 0x7b, 0x7c]), 'corrupt', /group start/);
  });

  it('enforces the byte, node and subgraph-depth limits', () => {
    const bytes = encodeModel(mlpSpec());
    expectError(bytes, 'too_large', /limit here is 100 bytes/, { maxBytes: 100 });
    expectError(bytes, 'too_large', /more than 3 nodes/, { maxNodes: 3 });
    let graph = { name: 'g0', node: [node('Relu', ['x'], ['y'])] };
    for (let depth = 1; depth <= 6; depth++) {
      graph = {
        name: `g${depth}`,
        node: [node('If', ['c'], ['y'], { attribute: [{ name: 'then_branch', type: 5, g: graph }] })],
      };
    }
    const nested = encodeModel({ ...modelProto(mlpSpec()), graph });
    expect(decodeModel(nested).stats.maxSubgraphDepth).toBe(6);
    expectError(bytes, 'too_large', /more than 20 values outside raw_data/, { maxValues: 20 });
    expectError(nested, 'too_large', /nested more than 3 levels/, { maxSubgraphDepth: 3 });
  });

  it('stops deeply nested type messages before the decoder recurses into them', () => {
    let type: pkg.onnx.ITypeProto = { tensorType: { elemType: 1 } };
    for (let i = 0; i < 400; i++) type = { sequenceType: { elemType: type } };
    const bytes = encodeModel({ ...mlpSpec(), inputs: [{ name: 'x', type }] });
    expectError(bytes, 'too_large', /nested more than \d+ levels/);
  });

  it('rejects decodes that are not plausibly a model', () => {
    const base = modelProto(mlpSpec());
    expectError(encodeModel({ ...base, irVersion: 0 }), 'not_onnx', /no ir_version/);
    expectError(encodeModel({ ...base, graph: null }), 'not_onnx', /no graph/);
    expectError(encodeModel({ ...base, opsetImport: [] }), 'not_onnx', /no opset_import/);
    expectError(encodeModel({ ...base, opsetImport: [{ domain: '', version: 5000 }] }), 'not_onnx', /opset 5000/);
    expectError(encodeModel({ ...mlpSpec(), nodes: [node('', ['x'], ['y'])] }), 'not_onnx', /no operator type/);
  });

  it('accepts IR version 2 models without opset_import', () => {
    const bytes = encodeModel({ ...modelProto(mlpSpec()), irVersion: 2, opsetImport: [] });
    expect(decodeModel(bytes).model.opsetImport).toEqual([]);
  });

  it('says a different protobuf is not an ONNX model', () => {
    // A message whose field 1 is a string (like a TensorFlow GraphDef's node list).
    const other = onnx.StringStringEntryProto.encode({ key: 'node', value: 'MatMul' }).finish();
    expectError(other, 'not_onnx', /does not start like a serialized ONNX ModelProto/);
  });

  it('reads values typed with onnx-proto int64 fields', () => {
    const { model } = decodeModel(encodeModel({ ...mlpSpec(), inputs: [tensorInfo('x', 1, [3000000000, 'n'])] }));
    const dim = model.graph?.input?.[0]?.type?.tensorType?.shape?.dim?.[0];
    expect(Number(dim?.dimValue)).toBe(3000000000);
  });
});
