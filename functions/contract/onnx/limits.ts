/** Largest .onnx accepted by POST /api/onnx/inspect; bigger models: `npx hub onnx inspect` runs locally. */
export const ONNX_INSPECT_MAX_BYTES = 32 * 1024 * 1024;

/** Inspection is CPU work for the host, so anonymous clients get a modest per-minute budget. */
export const ONNX_INSPECT_RATE_LIMIT = { limit: 30, windowSeconds: 60 } as const;

/** Path prefix for the body-limit override in createApp. */
export const ONNX_INSPECT_PATH = '/api/onnx/inspect';
