import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export type ErrorCode =
  | 'validation_failed'
  | 'malformed_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'rate_limited'
  | 'internal_error'
  | (string & {});

export interface FieldIssue {
  /** Where the field lives: body, query, path or header. */
  in: string;
  /** Dotted path of the field inside that part, e.g. `links.homepage` or `categories.0`. */
  path: string;
  message: string;
  code: string;
}

/** The one error type of the API: a code, an HTTP status, a message and optional details. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} was not found.`);

const TARGET_NAMES: Record<string, string> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'path',
  header: 'header',
  cookie: 'cookie',
};

export function validationError(error: z.ZodError, target: string): ApiError {
  const where = TARGET_NAMES[target] ?? target;
  const issues: FieldIssue[] = error.issues.map((issue) => ({
    in: where,
    path: issue.path.map(String).join('.'),
    message: issue.message,
    code: issue.code,
  }));
  const first = issues[0];
  const summary = first
    ? `Invalid ${where}${first.path ? ` field "${first.path}"` : ''}: ${first.message}` +
      (issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '')
    : `Invalid ${where}.`;
  return new ApiError(400, 'validation_failed', summary, { issues });
}

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

const HTTP_EXCEPTION_CODES: Partial<Record<number, ErrorCode>> = {
  400: 'malformed_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** The single `app.onError`: every failure leaves as `{ error: { code, message, details } }`. */
export function handleError(err: Error, c: Context) {
  if (err instanceof ApiError) {
    for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value);
    return c.json(errorBody(err.code, err.message, err.details), err.status);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const status = err.status as ContentfulStatusCode;
    const code = HTTP_EXCEPTION_CODES[status] ?? 'malformed_request';
    const message =
      status === 415
        ? 'Send the body as JSON with "Content-Type: application/json".'
        : err.message || 'The request could not be processed.';
    return c.json(errorBody(code, message), status);
  }
  return c.json(internalErrorBody(logInternalError('api', c.req.method, c.req.path, err)), 500);
}

/**
 * Logs an unexpected failure with its stack under a fresh correlation id and returns the id: the
 * answer carries the id only, never the error's message, stack or any path of this machine.
 */
export function logInternalError(where: string, method: string, path: string, err: unknown): string {
  const errorId = `err_${crypto.randomUUID()}`;
  console.error(`[${where}] ${errorId} ${method} ${path} failed:`, err);
  return errorId;
}

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side; quote the error id when reporting it.';

export const internalErrorBody = (errorId: string) => errorBody('internal_error', INTERNAL_ERROR_MESSAGE, { errorId });
