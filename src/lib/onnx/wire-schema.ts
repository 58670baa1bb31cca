/**
 * The field layout of onnx.proto (current release, a superset of the v1.10 schema that
 * onnx-proto decodes), as far as the structural check needs it: names for error paths,
 * expected wire types, and which fields hold nested messages.
 */
export type MessageName =
  | 'ModelProto'
  | 'GraphProto'
  | 'NodeProto'
  | 'AttributeProto'
  | 'ValueInfoProto'
  | 'TrainingInfoProto'
  | 'StringStringEntryProto'
  | 'TensorAnnotation'
  | 'TensorProto'
  | 'Segment'
  | 'SparseTensorProto'
  | 'TensorShapeProto'
  | 'Dimension'
  | 'TypeProto'
  | 'TypeTensor'
  | 'TypeElem'
  | 'TypeMap'
  | 'OperatorSetIdProto'
  | 'FunctionProto';

/** `varint`, `fixed32`, `fixed64` and `bytes` are scalars; anything else names a nested message. */
export type FieldKind = 'varint' | 'fixed32' | 'fixed64' | 'bytes' | MessageName;

export interface FieldDef {
  name: string;
  kind: FieldKind;
  repeated: boolean;
}

type FieldTable = Readonly<Record<number, FieldDef>>;

const one = (name: string, kind: FieldKind): FieldDef => ({ name, kind, repeated: false });
const many = (name: string, kind: FieldKind): FieldDef => ({ name, kind, repeated: true });

export const WIRE_SCHEMA: Readonly<Record<MessageName, FieldTable>> = {
  ModelProto: {
    1: one('ir_version', 'varint'),
    2: one('producer_name', 'bytes'),
    3: one('producer_version', 'bytes'),
    4: one('domain', 'bytes'),
    5: one('model_version', 'varint'),
    6: one('doc_string', 'bytes'),
    7: one('graph', 'GraphProto'),
    8: many('opset_import', 'OperatorSetIdProto'),
    14: many('metadata_props', 'StringStringEntryProto'),
    20: many('training_info', 'TrainingInfoProto'),
    25: many('functions', 'FunctionProto'),
  },
  GraphProto: {
    1: many('node', 'NodeProto'),
    2: one('name', 'bytes'),
    5: many('initializer', 'TensorProto'),
    15: many('sparse_initializer', 'SparseTensorProto'),
    10: one('doc_string', 'bytes'),
    11: many('input', 'ValueInfoProto'),
    12: many('output', 'ValueInfoProto'),
    13: many('value_info', 'ValueInfoProto'),
    14: many('quantization_annotation', 'TensorAnnotation'),
    16: many('metadata_props', 'StringStringEntryProto'),
  },
  NodeProto: {
    1: many('input', 'bytes'),
    2: many('output', 'bytes'),
    3: one('name', 'bytes'),
    4: one('op_type', 'bytes'),
    7: one('domain', 'bytes'),
    8: one('overload', 'bytes'),
    5: many('attribute', 'AttributeProto'),
    6: one('doc_string', 'bytes'),
    9: many('metadata_props', 'StringStringEntryProto'),
  },
  AttributeProto: {
    1: one('name', 'bytes'),
    21: one('ref_attr_name', 'bytes'),
    13: one('doc_string', 'bytes'),
    20: one('type', 'varint'),
    2: one('f', 'fixed32'),
    3: one('i', 'varint'),
    4: one('s', 'bytes'),
    5: one('t', 'TensorProto'),
    6: one('g', 'GraphProto'),
    22: one('sparse_tensor', 'SparseTensorProto'),
    14: one('tp', 'TypeProto'),
    7: many('floats', 'fixed32'),
    8: many('ints', 'varint'),
    9: many('strings', 'bytes'),
    10: many('tensors', 'TensorProto'),
    11: many('graphs', 'GraphProto'),
    23: many('sparse_tensors', 'SparseTensorProto'),
    15: many('type_protos', 'TypeProto'),
  },
  ValueInfoProto: {
    1: one('name', 'bytes'),
    2: one('type', 'TypeProto'),
    3: one('doc_string', 'bytes'),
    4: many('metadata_props', 'StringStringEntryProto'),
  },
  TrainingInfoProto: {
    1: one('initialization', 'GraphProto'),
    2: one('algorithm', 'GraphProto'),
    3: many('initialization_binding', 'StringStringEntryProto'),
    4: many('update_binding', 'StringStringEntryProto'),
  },
  StringStringEntryProto: {
    1: one('key', 'bytes'),
    2: one('value', 'bytes'),
  },
  TensorAnnotation: {
    1: one('tensor_name', 'bytes'),
    2: many('quant_parameter_tensor_names', 'StringStringEntryProto'),
  },
  TensorProto: {
    1: many('dims', 'varint'),
    2: one('data_type', 'varint'),
    3: one('segment', 'Segment'),
    4: many('float_data', 'fixed32'),
    5: many('int32_data', 'varint'),
    6: many('string_data', 'bytes'),
    7: many('int64_data', 'varint'),
    8: one('name', 'bytes'),
    12: one('doc_string', 'bytes'),
    9: one('raw_data', 'bytes'),
    13: many('external_data', 'StringStringEntryProto'),
    14: one('data_location', 'varint'),
    10: many('double_data', 'fixed64'),
    11: many('uint64_data', 'varint'),
    16: many('metadata_props', 'StringStringEntryProto'),
  },
  Segment: {
    1: one('begin', 'varint'),
    2: one('end', 'varint'),
  },
  SparseTensorProto: {
    1: one('values', 'TensorProto'),
    2: one('indices', 'TensorProto'),
    3: many('dims', 'varint'),
  },
  TensorShapeProto: {
    1: many('dim', 'Dimension'),
  },
  Dimension: {
    1: one('dim_value', 'varint'),
    2: one('dim_param', 'bytes'),
    3: one('denotation', 'bytes'),
  },
  TypeProto: {
    1: one('tensor_type', 'TypeTensor'),
    4: one('sequence_type', 'TypeElem'),
    5: one('map_type', 'TypeMap'),
    9: one('optional_type', 'TypeElem'),
    8: one('sparse_tensor_type', 'TypeTensor'),
    6: one('denotation', 'bytes'),
  },
  TypeTensor: {
    1: one('elem_type', 'varint'),
    2: one('shape', 'TensorShapeProto'),
  },
  TypeElem: {
    1: one('elem_type', 'TypeProto'),
  },
  TypeMap: {
    1: one('key_type', 'varint'),
    2: one('value_type', 'TypeProto'),
  },
  OperatorSetIdProto: {
    1: one('domain', 'bytes'),
    2: one('version', 'varint'),
  },
  FunctionProto: {
    1: one('name', 'bytes'),
    4: many('input', 'bytes'),
    5: many('output', 'bytes'),
    6: many('attribute', 'bytes'),
    11: many('attribute_proto', 'AttributeProto'),
    7: many('node', 'NodeProto'),
    8: one('doc_string', 'bytes'),
    9: many('opset_import', 'OperatorSetIdProto'),
    10: one('domain', 'bytes'),
    13: one('overload', 'bytes'),
    12: many('value_info', 'ValueInfoProto'),
    14: many('metadata_props', 'StringStringEntryProto'),
  },
};

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

/** The wire type a field is written with; repeated scalars may also come packed (WIRE_LEN). */
export function expectedWireType(kind: FieldKind): number {
  switch (kind) {
    case 'varint':
      return WIRE_VARINT;
    case 'fixed32':
      return WIRE_FIXED32;
    case 'fixed64':
      return WIRE_FIXED64;
    default:
      return WIRE_LEN;
  }
}

export function isMessageKind(kind: FieldKind): kind is MessageName {
  return kind !== 'varint' && kind !== 'fixed32' && kind !== 'fixed64' && kind !== 'bytes';
}
