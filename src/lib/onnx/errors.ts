/**
 * Why a file could not be inspected. Callers map codes to their own surface:
 * the API answers 413 for `too_large` and 422 for the rest, the CLI prints the message.
 */
export type OnnxInspectErrorCode = 'empty' | 'not_onnx' | 'truncated' | 'corrupt' | 'too_large' | 'unsupported';

export const ONNX_INSPECT_ERROR_CODES: readonly OnnxInspectErrorCode[] = [
  'empty',
  'not_onnx',
  'truncated',
  'corrupt',
  'too_large',
  'unsupported',
];

export class OnnxInspectError extends Error {
  override readonly name = 'OnnxInspectError';
  readonly code: OnnxInspectErrorCode;
  /** Byte offset where the problem was found, when known. */
  readonly offset: number | undefined;

  constructor(code: OnnxInspectErrorCode, message: string, offset?: number) {
    super(message);
    this.code = code;
    this.offset = offset;
  }

  toJSON(): { code: OnnxInspectErrorCode; message: string; offset?: number } {
    return this.offset === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, offset: this.offset };
  }
}

export function isOnnxInspectError(value: unknown): value is OnnxInspectError {
  return value instanceof OnnxInspectError;
}
