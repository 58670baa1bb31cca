import { z } from '@hono/zod-openapi';

/** The largest version number, id or count a path or query takes (SQLite stores more; nothing needs it). */
export const MAX_INTEGER_PARAM = 2_147_483_647;

const CANONICAL = /^(?:0|[1-9][0-9]*)$/;

/**
 * An integer read from a path or query string, written canonically: plain digits, no sign,
 * leading zero, fraction, exponent, hex or spaces. `z.coerce.number()` took `0x1`, `1e3`,
 * `01`, `+1`, `1.0` and ` 1` as numbers, so one resource had many addresses.
 */
export function integerString({ min = 1, max = MAX_INTEGER_PARAM }: { min?: number; max?: number } = {}) {
  return z
    .string()
    .max(String(max).length, `Must be at most ${max}.`)
    .regex(CANONICAL, 'Must be a whole number in plain digits (no sign, leading zero, exponent or spaces).')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .openapi({ type: 'integer', minimum: min, maximum: max });
}

/** A model version number in a JSON body. */
export const VersionNumberSchema = z.number().int().min(1).max(MAX_INTEGER_PARAM);

/** Metric values, thresholds and accuracies: any finite figure a model reports (FLOPs reach 1e24). */
export const METRIC_VALUE_BOUND = 1e30;
