import { OnnxInspectError } from './errors';
import {
  WIRE_FIXED32,
  WIRE_FIXED64,
  WIRE_LEN,
  WIRE_SCHEMA,
  WIRE_VARINT,
  expectedWireType,
  isMessageKind,
  type FieldDef,
  type MessageName,
} from './wire-schema';

export interface WireLimits {
  maxNodes: number;
  maxSubgraphDepth: number;
  /** Decoded values (fields, packed elements): each becomes a JS object or number in memory. */
  maxValues: number;
}

export interface WireStats {
  /** NodeProto messages anywhere in the file (graphs, subgraphs, functions). */
  nodeCount: number;
  /** Deepest subgraph nesting; 0 when no node carries a graph attribute. */
  maxSubgraphDepth: number;
}

interface PathNode {
  parent: PathNode | null;
  name: string;
}

const MAX_FIELD_NUMBER = 2 ** 29 - 1;
const WIRE_NAMES = [
  'varint',
  '64-bit',
  'length-delimited',
  'group start',
  'group end',
  '32-bit',
  'invalid (6)',
  'invalid (7)',
];

function pathText(path: PathNode | null, leaf?: string): string {
  const parts: string[] = leaf === undefined ? [] : [leaf];
  for (let p = path; p; p = p.parent) parts.push(p.name);
  return parts.reverse().join('.');
}

function fieldLabel(def: FieldDef | undefined, fieldNumber: number, index: number): string {
  if (!def) return `#${fieldNumber}`;
  return def.repeated ? `${def.name}[${index}]` : def.name;
}

const plural = (n: number, unit: string): string => `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;

/**
 * Walks the protobuf wire format of a ModelProto before it is decoded, so that broken files
 * get an exact diagnosis ("file ends in the middle of graph.initializer[2].raw_data") and
 * hostile ones are stopped by size limits before the decoder builds objects for them.
 * onnx-proto's decoder does not check wire types or report where it failed, and it recurses
 * without a depth limit.
 */
class WireChecker {
  private pos = 0;
  private nodes = 0;
  private values = 0;
  private deepestSubgraph = 0;
  private readonly maxMessageDepth: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: WireLimits,
  ) {
    // Graph > node > attribute > graph costs three levels per subgraph; types nest on top.
    this.maxMessageDepth = 3 * limits.maxSubgraphDepth + 64;
  }

  run(): WireStats {
    this.message('ModelProto', this.bytes.length, null, 0, 0);
    return { nodeCount: this.nodes, maxSubgraphDepth: this.deepestSubgraph };
  }

  private fail(code: 'truncated' | 'corrupt' | 'too_large', message: string, offset = this.pos): never {
    throw new OnnxInspectError(code, message, offset);
  }

  /** Running past `end` means a truncated file when `end` is the end of the file. */
  private overrun(end: number, what: string, where: string): never {
    if (end >= this.bytes.length) {
      this.fail('truncated', `The file ends in the middle of ${what} in ${where}: the file is truncated.`);
    }
    this.fail(
      'corrupt',
      `Corrupt data: ${what} in ${where} runs past the end of its enclosing message (byte ${this.pos}).`,
    );
  }

  private varint(end: number, what: string, where: () => string): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= end) this.overrun(end, what, where());
      const b = this.bytes[this.pos++]!;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
    }
    this.fail(
      'corrupt',
      `Corrupt data: ${what} in ${where()} is not a valid number (more than 10 bytes) at byte ${this.pos}.`,
    );
  }

  private message(type: MessageName, end: number, path: PathNode | null, depth: number, graphs: number): void {
    const table = WIRE_SCHEMA[type];
    const where = () => pathText(path) || 'the model';
    let counts: Map<number, number> | undefined;
    while (this.pos < end) {
      const tagAt = this.pos;
      const tag = this.varint(end, 'a field tag', where);
      const fieldNumber = Math.floor(tag / 8);
      const wire = tag % 8;
      if (fieldNumber === 0 || fieldNumber > MAX_FIELD_NUMBER) {
        this.fail(
          'corrupt',
          `Corrupt data: invalid field number ${fieldNumber} in ${where()} at byte ${tagAt}.`,
          tagAt,
        );
      }
      const def: FieldDef | undefined = table[fieldNumber];
      let index = 0;
      if (def?.repeated) {
        counts ??= new Map();
        index = counts.get(fieldNumber) ?? 0;
        counts.set(fieldNumber, index + 1);
      }
      const label = () => pathText(path, fieldLabel(def, fieldNumber, index));
      this.countValues(1);
      if (def) {
        const expected = expectedWireType(def.kind);
        const packed = def.repeated && expected !== WIRE_LEN && wire === WIRE_LEN;
        if (wire !== expected && !packed) {
          this.fail(
            'corrupt',
            `Corrupt data: field ${label()} is stored as ${WIRE_NAMES[wire]} but should be ${WIRE_NAMES[expected]} (byte ${tagAt}).`,
            tagAt,
          );
        }
      }
      switch (wire) {
        case WIRE_VARINT:
          this.varint(end, 'a number', label);
          break;
        case WIRE_FIXED64:
        case WIRE_FIXED32: {
          const size = wire === WIRE_FIXED64 ? 8 : 4;
          if (this.pos + size > end) this.overrun(end, `field ${label()}`, where());
          this.pos += size;
          break;
        }
        case WIRE_LEN:
          this.lengthDelimited(def, end, path, label, fieldNumber, index, depth, graphs, type);
          break;
        default:
          this.fail(
            'corrupt',
            `Corrupt data: wire type ${WIRE_NAMES[wire]} at byte ${tagAt} in ${where()} is not used by ONNX files.`,
            tagAt,
          );
      }
    }
  }

  private lengthDelimited(
    def: FieldDef | undefined,
    end: number,
    path: PathNode | null,
    label: () => string,
    fieldNumber: number,
    index: number,
    depth: number,
    graphs: number,
    parentType: MessageName,
  ): void {
    const length = this.varint(end, `the length of field ${label()}`, () => pathText(path) || 'the model');
    const bodyStart = this.pos;
    const declaredEnd = bodyStart + length;
    const fits = declaredEnd <= end;
    const beyondFile = declaredEnd > this.bytes.length;
    if (!fits && !(beyondFile && end >= this.bytes.length)) {
      this.fail(
        'corrupt',
        `Corrupt data: field ${label()} declares ${plural(length, 'byte')} but its enclosing message has only ${plural(end - bodyStart, 'byte')} left (byte ${bodyStart}).`,
      );
    }
    const truncatedMessage = () =>
      `The file ends in the middle of field ${label()} (it declares ${plural(length, 'byte')}, only ${plural(this.bytes.length - bodyStart, 'byte')} remain): the file is truncated.`;
    if (def && isMessageKind(def.kind)) {
      const child: PathNode = { parent: path, name: fieldLabel(def, fieldNumber, index) };
      let childGraphs = graphs;
      if (def.kind === 'GraphProto') {
        childGraphs = graphs + 1;
        const nesting = parentType === 'AttributeProto' ? childGraphs - 1 : 0;
        if (nesting > this.limits.maxSubgraphDepth) {
          this.fail(
            'too_large',
            `Subgraphs are nested more than ${this.limits.maxSubgraphDepth} levels deep (at ${label()}).`,
          );
        }
        this.deepestSubgraph = Math.max(this.deepestSubgraph, nesting);
      }
      if (def.kind === 'NodeProto' && ++this.nodes > this.limits.maxNodes) {
        this.fail(
          'too_large',
          `The model has more than ${plural(this.limits.maxNodes, 'node')} (the inspection limit).`,
        );
      }
      if (depth + 1 > this.maxMessageDepth) {
        this.fail('too_large', `Messages are nested more than ${this.maxMessageDepth} levels deep (at ${label()}).`);
      }
      // Walk as much of a cut-off message as exists, so the error names the innermost field.
      this.message(def.kind, Math.min(declaredEnd, this.bytes.length), child, depth + 1, childGraphs);
      if (beyondFile) this.fail('truncated', truncatedMessage());
      return;
    }
    if (beyondFile) this.fail('truncated', truncatedMessage());
    if (def && def.kind !== 'bytes' && length > 0) this.checkPacked(def, length, label);
    this.pos = declaredEnd;
  }

  private countValues(n: number): void {
    this.values += n;
    if (this.values > this.limits.maxValues) {
      this.fail(
        'too_large',
        `The model holds more than ${plural(this.limits.maxValues, 'value')} outside raw_data (the inspection limit).`,
      );
    }
  }

  private checkPacked(def: FieldDef, length: number, label: () => string): void {
    const size = def.kind === 'fixed32' ? 4 : def.kind === 'fixed64' ? 8 : 0;
    if (size > 0 && length % size !== 0) {
      this.fail(
        'corrupt',
        `Corrupt data: packed field ${label()} has ${plural(length, 'byte')}, not a multiple of ${size}.`,
      );
    }
    if (def.kind === 'varint' && this.bytes[this.pos + length - 1]! >= 0x80) {
      this.fail('corrupt', `Corrupt data: packed field ${label()} ends in the middle of a number.`);
    }
    if (size > 0) {
      this.countValues(length / size);
    } else {
      let numbers = 0;
      for (let i = this.pos; i < this.pos + length; i++) if (this.bytes[i]! < 0x80) numbers++;
      this.countValues(numbers);
    }
  }
}

export function checkWireFormat(bytes: Uint8Array, limits: WireLimits): WireStats {
  return new WireChecker(bytes, limits).run();
}

/**
 * True when the file starts with a field a ModelProto can have, written with the right wire
 * type. Every ONNX writer puts ir_version (field 1) first, but any known field is accepted.
 */
export function startsLikeModel(bytes: Uint8Array): boolean {
  const first = bytes[0];
  if (first === undefined) return false;
  let tag = first & 0x7f;
  if (first >= 0x80) {
    const second = bytes[1];
    if (second === undefined || second >= 0x80) return false;
    tag += second * 128;
  }
  const def = WIRE_SCHEMA.ModelProto[Math.floor(tag / 8)];
  return def !== undefined && expectedWireType(def.kind) === tag % 8;
}
