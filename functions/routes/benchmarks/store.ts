import { publicChange } from '../../public-change';
import type { Context } from 'hono';
import { getBenchmarkResult, insertBenchmarkResult } from '../../../db/queries/benchmark-results';
import { isUniqueViolation } from '../../../db/errors';
import type { Model, NewBenchmarkResultRow } from '../../../db/schema';
import { BenchmarkRejection, prepareBenchmarkResult, type PrepareResultInput } from '../../benchmarks/prepare-result';
import type { AppEnv } from '../../env';
import { ApiError } from '../../errors';
import { toBenchmarkResponse } from '../../contract/benchmarks/responses';

/** 422 for a body that names something the hub does not have (a model, a version). */
export function unprocessable(path: string, code: string, message: string): ApiError {
  return new ApiError(422, code, message, { issues: [{ in: 'body', path, message, code }] });
}

/** Inserts a prepared result; a second correction of the same result racing this one is a 409. */
export async function storeResult(c: Context<AppEnv>, model: Model, input: PrepareResultInput) {
  let row: NewBenchmarkResultRow;
  try {
    row = await prepareBenchmarkResult(input);
  } catch (error) {
    if (error instanceof BenchmarkRejection) {
      throw new ApiError(
        error.status,
        error.code,
        error.message,
        error.issues.length ? { issues: error.issues.map((i) => ({ in: 'body', ...i })) } : undefined,
      );
    }
    throw error;
  }
  try {
    await insertBenchmarkResult(c.var.db, row);
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ApiError(
        409,
        'conflict',
        `Result "${row.supersedesId}" was superseded by another result just now; supersede that one instead.`,
      );
    throw error;
  }
  if (model.visibility === 'public')
    c.var.hooks.onPublicChange?.(publicChange.benchmark(model.slug, input.version.version));
  const stored = await getBenchmarkResult(c.var.db, row.id);
  c.header('Location', `/api/benchmarks/${row.id}`);
  return toBenchmarkResponse(stored!);
}
