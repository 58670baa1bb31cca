import { z } from '@hono/zod-openapi';
import { integerString } from './strict-integer';
import { SLUG_PATTERN } from '../../src/lib/slug';
import { JSON_LIMITS } from '../../src/lib/json-shape';

export const SlugSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(SLUG_PATTERN, 'Use lowercase letters, digits and single hyphens, e.g. "swan" or "ml-cern-ch".')
  .openapi({ example: 'ml-cern-ch' });

export const HttpUrlSchema = z
  .url({ protocol: /^https?$/, error: 'Must be an http(s) URL.' })
  .max(2048)
  .openapi({ example: 'https://ml.cern.ch' });

/**
 * `schema | null` for a named schema. `.nullable()` on one is documented as `allOf: [$ref, {type: [object, null]}]`,
 * which no validator lets `null` through; a union is documented as `anyOf: [$ref, {type: null}]`.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z
        .string()
        .openapi({ example: 'Invalid body field "name": Too small: expected string to have >=2 characters' }),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

export const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** Standard error responses, spread into each route's `responses`. */
export const errorResponses = {
  badRequest: {
    400: errorResponse(
      'Invalid input: `details.issues` lists each field (`in`, `path`, `message`). ' +
        `A JSON body nested deeper than ${JSON_LIMITS.maxDepth} levels or with more than ${JSON_LIMITS.maxKeys} object keys is refused as \`too_deep\` (\`details.maxDepth\`, \`details.maxKeys\`).`,
    ),
  },
  unauthorized: { 401: errorResponse('Missing, unknown, revoked or expired token.') },
  forbidden: { 403: errorResponse('The token lacks the required scope or belongs to another group.') },
  notFound: { 404: errorResponse('No such resource.') },
  conflict: { 409: errorResponse('Conflicts with an existing resource (e.g. the slug is taken).') },
  tooLarge: { 413: errorResponse('The body is over the documented size limit.') },
  rateLimited: { 429: errorResponse('Too many requests; see `Retry-After`.') },
};

/** What every authenticated write can answer besides its success: 400, 401, 403 and 413. */
export const writeErrorResponses = {
  ...errorResponses.badRequest,
  ...errorResponses.unauthorized,
  ...errorResponses.forbidden,
  ...errorResponses.tooLarge,
};

export const PaginationQuerySchema = z.object({
  limit: integerString({ max: 200 }).optional().openapi({ description: 'Page size (default 50, max 200).' }),
  cursor: z
    .string()
    .max(512)
    .optional()
    .openapi({ description: 'Opaque cursor from `nextCursor` of the previous page.' }),
});

export const PageInfoSchema = z.object({
  nextCursor: z
    .string()
    .nullable()
    .openapi({ description: 'Pass as `cursor` to get the next page; null on the last page.' }),
  total: z.number().int().openapi({ description: 'Rows matching the filters, over all pages.' }),
});
