/**
 * POST /api/onnx/inspect: the inspector's report and coverage for an uploaded model. A host may
 * run the inspection off its event loop (the Node host: a worker pool with time and memory
 * limits); without one it runs inline, within the size limit (the edge).
 */
import { inspectUpload, type InspectOutcome } from '../../src/lib/onnx/inspect-upload';
import type { AppHooks } from '../env';
import { ApiError } from '../errors';

/** Every inspector is busy and the queue is full: try again shortly. */
export class InspectorBusyError extends Error {
  override readonly name = 'InspectorBusyError';
  constructor(readonly retryAfterSeconds: number) {
    super('Every ONNX inspector is busy.');
  }
}

/** The inspection ran past the host's time or memory limit for one model. */
export class InspectorLimitError extends Error {
  override readonly name = 'InspectorLimitError';
  constructor(
    readonly limit: 'time' | 'memory',
    message: string,
  ) {
    super(message);
  }
}

export async function inspectOnnxUpload(
  ctx: { hooks: Pick<AppHooks, 'inspectOnnx'> },
  bytes: Uint8Array,
): Promise<Extract<InspectOutcome, { ok: true }> extends infer R ? Omit<R, 'ok'> : never> {
  if (bytes.length === 0) {
    throw new ApiError(
      400,
      'empty',
      'The body is empty: send the .onnx file as the raw request body (curl --data-binary @model.onnx).',
    );
  }
  let outcome: InspectOutcome;
  try {
    outcome = await (ctx.hooks.inspectOnnx ?? inspectUpload)(bytes);
  } catch (error) {
    if (error instanceof InspectorBusyError) {
      throw new ApiError(
        503,
        'busy',
        `Every ONNX inspector is busy; try again in ${error.retryAfterSeconds} s, or inspect locally with \`npx hub onnx inspect model.onnx\`.`,
        undefined,
        { 'Retry-After': String(error.retryAfterSeconds) },
      );
    }
    if (error instanceof InspectorLimitError) {
      throw new ApiError(422, 'too_complex', error.message, { limit: error.limit });
    }
    throw error;
  }
  if (!outcome.ok) {
    const details = outcome.offset === undefined ? undefined : { offset: outcome.offset };
    const status = outcome.code === 'empty' ? 400 : outcome.code === 'too_large' ? 413 : 422;
    throw new ApiError(status, outcome.code, outcome.message, details);
  }
  return { report: outcome.report, coverage: outcome.coverage };
}
