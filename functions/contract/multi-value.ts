import { z } from '@hono/zod-openapi';

/** Most values one repeated query parameter may carry. */
export const MAX_FILTER_VALUES = 20;

/**
 * A list filter that takes one value or several, as repeated query parameters
 * (`?framework=onnx&framework=keras`): any of them matches.
 */
export function oneOrMany<T extends z.ZodType>(item: T, description: string) {
  return z
    .union([item, z.array(item).min(1).max(MAX_FILTER_VALUES)])
    .optional()
    .openapi({ description: `${description} Repeat the parameter for several values (any matches).` });
}
