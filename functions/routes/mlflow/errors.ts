/**
 * The MLflow door answers errors as MLflow does: `{ "error_code", "message" }` with MLflow's
 * statuses. Hub errors raised by the shared services are translated code by code.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { ApiError, INTERNAL_ERROR_MESSAGE, logInternalError } from '../../errors';
import { MLFLOW_STATUS, type MlflowErrorCode } from '../../services/mlflow/errors';

export const MLFLOW_PREFIX = '/api/2.0/mlflow';

const FROM_HUB: Record<string, MlflowErrorCode> = {
  validation_failed: 'INVALID_PARAMETER_VALUE',
  too_deep: 'INVALID_PARAMETER_VALUE',
  malformed_request: 'BAD_REQUEST',
  unprocessable: 'INVALID_PARAMETER_VALUE',
  unauthorized: 'UNAUTHENTICATED',
  forbidden: 'PERMISSION_DENIED',
  not_found: 'RESOURCE_DOES_NOT_EXIST',
  conflict: 'RESOURCE_ALREADY_EXISTS',
  payload_too_large: 'BAD_REQUEST',
  unsupported_media_type: 'BAD_REQUEST',
  rate_limited: 'REQUEST_LIMIT_EXCEEDED',
};

const FROM_STATUS: Record<number, MlflowErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'ENDPOINT_NOT_FOUND',
  429: 'REQUEST_LIMIT_EXCEEDED',
};

function body(c: Context, code: string, message: string, status: number) {
  return c.json({ error_code: code, message }, status as ContentfulStatusCode);
}

/** The MLflow door's onError (also used by the hub app for errors raised before routing). */
export function handleMlflowError(err: Error, c: Context) {
  if (err instanceof ApiError) {
    for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value);
    if (err.code in MLFLOW_STATUS) return body(c, err.code, err.message, err.status);
    const code = FROM_HUB[err.code] ?? FROM_STATUS[err.status] ?? 'INVALID_PARAMETER_VALUE';
    // 409 (taken) and 422 (refused reference) are 400s in MLflow; 413/415/429 keep their status.
    const status = err.status === 409 || err.status === 422 ? 400 : err.status;
    return body(c, code, err.message, status);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const status = err.status;
    const message =
      status === 400
        ? `Malformed request: ${err.message || 'the body is not valid JSON.'}`
        : err.message || 'Bad request.';
    return body(c, FROM_STATUS[status] ?? 'BAD_REQUEST', message, status);
  }
  const errorId = logInternalError('mlflow', c.req.method, c.req.path, err);
  return body(c, 'INTERNAL_ERROR', `${INTERNAL_ERROR_MESSAGE} (error id ${errorId})`, 500);
}

/** zod failures in MLflow's words: a missing field or an invalid value, naming the parameter. */
export function mlflowValidationError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  const missing = issue?.code === 'invalid_type' && /undefined/.test(issue.message);
  const message = !issue
    ? 'Invalid request.'
    : missing
      ? `Missing value for required parameter '${field}'.`
      : `Invalid value for parameter '${field}' supplied: ${issue.message}`;
  return new ApiError(400, 'INVALID_PARAMETER_VALUE', message);
}
