import type { z } from 'zod';
import type {
  BenchmarkCompletedV1,
  DatasetVersionPublishedV1,
  JobSucceededV1,
  ModelAliasSetV1,
  ReleasePublishedV1,
} from '../../events/schemas';
import { planAliasSet } from './aliases';
import { planBenchmark } from './benchmarks';
import type { EventPlan, PlanContext } from './context';
import { planDatasetVersion } from './datasets';
import { planJobEvent } from './jobs';
import * as mlflow from './mlflow';
import { planReleasePublished } from './releases';
import { planCapacityReported } from './hardware';
import { planDataAccessReported } from './data-access';
import * as hpo from './hpo';

export { Rejection, type EventPlan, type PlanContext } from './context';

/** The writes an event makes, by type (the payload is already validated against its schema). */
export async function planEvent(ctx: PlanContext, type: string, data: Record<string, unknown>): Promise<EventPlan> {
  switch (type) {
    case 'job.queued':
    case 'job.started':
    case 'job.succeeded':
    case 'job.failed':
    case 'job.cancelled':
      return planJobEvent(ctx, type, data as z.infer<typeof JobSucceededV1>);
    case 'dataset.version.published':
      return planDatasetVersion(ctx, data as z.infer<typeof DatasetVersionPublishedV1>);
    case 'model.alias.set':
      return planAliasSet(ctx, data as z.infer<typeof ModelAliasSetV1>);
    case 'benchmark.completed':
      return planBenchmark(ctx, data as z.infer<typeof BenchmarkCompletedV1>);
    case 'release.published':
      return planReleasePublished(ctx, data as z.infer<typeof ReleasePublishedV1>);
    // Each MLflow payload is validated against its schema in functions/events/mlflow-schemas.ts.
    case 'mlflow.registered_model.created':
      return mlflow.planMlflowModelCreated(ctx, data as never);
    case 'mlflow.model_version.created':
      return mlflow.planMlflowVersionCreated(ctx, data as never);
    case 'mlflow.model_version_tag.set':
      return mlflow.planMlflowVersionTagSet(ctx, data as never);
    case 'mlflow.model_version_tag.deleted':
      return mlflow.planMlflowVersionTagDeleted(ctx, data as never);
    case 'mlflow.model_version_alias.created':
      return mlflow.planMlflowAliasCreated(ctx, data as never);
    case 'mlflow.model_version_alias.deleted':
      return mlflow.planMlflowAliasDeleted(ctx, data as never);
    case 'hardware.capacity.reported':
      return planCapacityReported(ctx, data as never);
    case 'benchmark.data_access.reported':
      return planDataAccessReported(ctx, data as never);
    // Each HPO payload is validated against its schema in functions/events/hpo-schemas.ts.
    case 'hpo.trial.started':
      return hpo.planTrialStarted(ctx, data as never);
    case 'hpo.trial.reported':
      return hpo.planTrialReported(ctx, data as never);
    case 'hpo.trial.finished':
      return hpo.planTrialFinished(ctx, data as never);
    default:
      throw new Error(`no plan for event type ${type}`);
  }
}
