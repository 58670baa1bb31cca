import { publicChange } from '../../public-change';
import type { z } from 'zod';
import { benchmarkResultStatements } from '../../../db/queries/benchmark-results';
import type { BatchStatement } from '../../../db/queries/batch-helpers';
import { BenchmarkRejection, prepareBenchmarkResult } from '../../benchmarks/prepare-result';
import type { BenchmarkCompletedV1 } from '../../events/schemas';
import { firingsForMetrics } from '../../retrain/fire-policies';
import { Rejection, requireModel, requireVersion, type EventPlan, type PlanContext } from './context';

/**
 * benchmark.completed: kept in the event log, indexed by model version. With a `result` (the full
 * record) it also writes the benchmark result row after the event, in the same transaction, so a
 * delivery is either wholly stored or not at all; a result the hub refuses rejects the delivery.
 */
export async function planBenchmark(ctx: PlanContext, data: z.infer<typeof BenchmarkCompletedV1>): Promise<EventPlan> {
  const model = await requireModel(ctx, data.model, 'data.model');
  const version = await requireVersion(ctx, model, data.version, 'data.version');
  const results: BatchStatement[] = [];
  if (data.result) {
    try {
      const row = await prepareBenchmarkResult({
        db: ctx.db,
        model,
        version,
        record: data.result,
        source: data.result.provenance.source ?? 'ci',
        submitter: ctx.source.name,
        webhookSourceId: ctx.source.id,
        eventRef: ctx.ref,
        now: ctx.now,
        pathPrefix: 'data.result.',
      });
      results.push(...benchmarkResultStatements(ctx.db, row));
    } catch (error) {
      if (error instanceof BenchmarkRejection)
        throw new Rejection(error.status, error.code, error.message, error.issues);
      throw error;
    }
  }
  const firings = await firingsForMetrics(ctx.db, {
    model,
    version,
    source: 'benchmark',
    metrics: data.metrics,
    causeEventRef: ctx.ref,
    publicUrl: ctx.config.publicUrl,
    now: ctx.now,
  });
  return {
    before: [],
    event: {
      modelId: model.id,
      modelVersionId: version.id,
      modelVersion: version.version,
      jobId: data.job?.id ?? null,
    },
    after: [...results, ...firings.statements],
    outboundQueued: firings.queued,
    ...(results.length > 0 && model.visibility === 'public'
      ? { publicChange: publicChange.benchmark(model.slug, version.version) }
      : {}),
  };
}
