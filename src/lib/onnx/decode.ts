import pkg from 'onnx-proto';
import type { onnx as OnnxTypes } from 'onnx-proto';
import { OnnxInspectError } from './errors';
import { walkGraphs } from './graph-walk';
import { int64ToNumber } from './long';
import { sniffBinaryFormat, sniffText } from './sniff';
import { checkWireFormat, startsLikeModel, type WireStats } from './wire-check';

const { onnx } = pkg;

export type ModelProto = OnnxTypes.ModelProto;

export interface DecodeLimits {
  /** Largest accepted file. Protobuf itself cannot exceed 2 GiB. */
  maxBytes?: number;
  /** Most NodeProto messages (all graphs, subgraphs and functions together). */
  maxNodes?: number;
  /** Deepest nesting of subgraphs (an If inside a Loop body is depth 2). */
  maxSubgraphDepth?: number;
  /**
   * Most decoded values (field occurrences plus elements of packed number arrays). Bounds the
   * memory the decoder can be made to allocate: raw_data costs nothing, typed data does.
   */
  maxValues?: number;
}

export const DEFAULT_DECODE_LIMITS: Readonly<Required<DecodeLimits>> = {
  maxBytes: 2 ** 31 - 1,
  maxNodes: 500_000,
  maxSubgraphDepth: 32,
  maxValues: 50_000_000,
};

export interface DecodedModel {
  model: ModelProto;
  stats: WireStats;
}

// IR versions so far run 1..11; anything far beyond is a sign of garbage, not of a newer model.
const MAX_PLAUSIBLE_IR_VERSION = 64;
const MAX_PLAUSIBLE_DEFAULT_OPSET = 1000;
const CONTROL_CHARS = /[\u0000-\u001f\u007f\ufffd]/;

const formatBytes = (n: number): string => `${n.toLocaleString('en-US')} bytes`;

function notOnnx(reason: string): OnnxInspectError {
  return new OnnxInspectError('not_onnx', `This is not an ONNX model: ${reason}`);
}

function firstBytesHex(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** Rejects decodes that "succeeded" on bytes that are not a model (random data decodes often). */
function checkPlausible(model: ModelProto): void {
  const ir = int64ToNumber(model.irVersion);
  if (ir < 1) throw notOnnx('it has no ir_version.');
  if (ir > MAX_PLAUSIBLE_IR_VERSION) throw notOnnx(`its ir_version (${ir}) is not a real ONNX IR version.`);
  if (!model.graph) throw notOnnx('it has no graph (the file may be truncated).');
  // IR versions 1 and 2 predate opset_import; such models implicitly use ai.onnx opset 1.
  if (model.opsetImport.length === 0 && ir >= 3) {
    throw notOnnx('it declares no opset_import (the file may be truncated).');
  }
  for (const opset of model.opsetImport) {
    const domain = opset.domain ?? '';
    const version = int64ToNumber(opset.version);
    if (CONTROL_CHARS.test(domain)) throw notOnnx('an opset_import domain contains binary data.');
    const isDefault = domain === '' || domain === 'ai.onnx';
    if (version < 0 || (isDefault && (version < 1 || version > MAX_PLAUSIBLE_DEFAULT_OPSET))) {
      throw notOnnx(`it imports ${isDefault ? 'ai.onnx' : domain} at opset ${version}, which does not exist.`);
    }
  }
  const bodies = [model.graph, ...model.functions.map((f) => ({ node: f.node }))];
  for (const body of bodies) {
    for (const visit of walkGraphs(body)) {
      for (const node of visit.graph.node ?? []) {
        const opType = node.opType ?? '';
        if (opType === '' || CONTROL_CHARS.test(opType) || CONTROL_CHARS.test(node.domain ?? '')) {
          throw notOnnx(`a node has ${opType === '' ? 'no operator type' : 'an operator type that is binary data'}.`);
        }
      }
    }
  }
}

function explainWireFailure(bytes: Uint8Array, error: OnnxInspectError): OnnxInspectError {
  if (error.code === 'too_large') return error;
  const text = sniffText(bytes);
  if (text) return new OnnxInspectError(text.code, text.message);
  if (!startsLikeModel(bytes)) {
    return notOnnx(
      `it does not start like a serialized ONNX ModelProto (first bytes: ${firstBytesHex(bytes)}); it may be another protobuf file or not a model at all.`,
    );
  }
  return error;
}

/**
 * Decodes an .onnx file with onnx-proto. Throws OnnxInspectError (never anything else) when
 * the bytes are empty, too large, not an ONNX model, truncated or corrupt.
 */
export function decodeModel(bytes: Uint8Array, limits: DecodeLimits = {}): DecodedModel {
  const { maxBytes, maxNodes, maxSubgraphDepth, maxValues } = { ...DEFAULT_DECODE_LIMITS, ...limits };
  if (bytes.length === 0) throw new OnnxInspectError('empty', 'The file is empty (0 bytes).');
  if (bytes.length > maxBytes) {
    throw new OnnxInspectError(
      'too_large',
      `The file has ${formatBytes(bytes.length)}; the limit here is ${formatBytes(maxBytes)}.`,
    );
  }
  const sniffed = sniffBinaryFormat(bytes);
  if (sniffed) throw new OnnxInspectError(sniffed.code, sniffed.message);

  let stats: WireStats;
  try {
    stats = checkWireFormat(bytes, { maxNodes, maxSubgraphDepth, maxValues });
  } catch (error) {
    if (error instanceof OnnxInspectError) throw explainWireFailure(bytes, error);
    throw new OnnxInspectError('corrupt', `Corrupt data: the structure check failed (${String(error)}).`);
  }

  let model: ModelProto;
  try {
    model = onnx.ModelProto.decode(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OnnxInspectError('corrupt', `Corrupt data: the protobuf decoder failed (${reason}).`);
  }
  checkPlausible(model);
  return { model, stats };
}
