export { OnnxInspectError, isOnnxInspectError, ONNX_INSPECT_ERROR_CODES, type OnnxInspectErrorCode } from './errors';
export { decodeModel, DEFAULT_DECODE_LIMITS, type DecodeLimits, type DecodedModel, type ModelProto } from './decode';
export { inspectModel, type InspectOptions } from './inspect';
export { operatorCoverage, JSEP_KNOWN_ISSUES } from './coverage';
export { formatReport, formatCoverage, type FormatOptions } from './format-report';
export { ENGINE_OP_LISTS } from './engines.generated';
export type * from './report-types';
export type * from './coverage-types';
export type * from './op-list-types';
