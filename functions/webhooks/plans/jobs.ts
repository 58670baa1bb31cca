import { publicChange } from '../../public-change';
import { captureBatch } from '../../../db/queries/batch-helpers';
import { insertEventWhere } from '../../../db/queries/events';
import { newestVersionIdSql, newestVersionNumberSql } from '../../../db/queries/lifecycle-links';
import { registerModelVersion } from '../../../db/queries/model-versions';
import {
  closeRequestStatement,
  getRetrainRequest,
  markRequestFailedStatement,
  requestReached,
} from '../../../db/queries/retrain';
import type { Model, ModelVersion, NewLifecycleEvent, RetrainRequest } from '../../../db/schema';
import { randomId } from '../../../src/lib/tokens';
import type { JobFailedV1, JobSucceededV1 } from '../../events/schemas';
import { firingsForMetrics } from '../../retrain/fire-policies';
import { Rejection, requireModel, requireVersion, type EventPlan, type PlanContext } from './context';
import { versionRegistration } from './version-registration';
import type { z } from 'zod';

type JobData = z.infer<typeof JobSucceededV1> & Partial<z.infer<typeof JobFailedV1>>;

function hubEvent(
  ctx: PlanContext,
  model: Model,
  request: RetrainRequest,
  type: string,
  summary: string,
  data: Record<string, unknown>,
): NewLifecycleEvent {
  return {
    ref: randomId('evt_'),
    type,
    schemaVersion: 1,
    origin: 'hub',
    modelId: model.id,
    retrainRequestId: request.id,
    summary,
    data: { request: request.id, ...data },
    occurredAt: ctx.now,
  };
}

/** job.queued / started / succeeded / failed / cancelled. */
export async function planJobEvent(ctx: PlanContext, type: string, data: JobData): Promise<EventPlan> {
  const { job } = data;
  const model = await requireModel(ctx, job.model, 'data.job.model');
  const version: ModelVersion | undefined =
    job.modelVersion === undefined
      ? undefined
      : await requireVersion(ctx, model, job.modelVersion, 'data.job.modelVersion');
  let request: RetrainRequest | undefined;
  if (job.retrainRequest !== undefined) {
    request = await getRetrainRequest(ctx.db, job.retrainRequest);
    if (!request || request.modelId !== model.id) {
      throw new Rejection(
        422,
        'unknown_retrain_request',
        `Model "${model.slug}" has no retrain request "${job.retrainRequest}".`,
        [{ path: 'data.job.retrainRequest', message: 'Unknown retrain request.', code: 'unknown_retrain_request' }],
      );
    }
  }

  const plan: EventPlan = {
    before: [],
    event: {
      modelId: model.id,
      modelVersionId: version?.id ?? null,
      modelVersion: version?.version ?? null,
      jobId: job.id,
      jobKind: job.kind,
      retrainRequestId: request?.id ?? null,
      gpuHours: job.gpuHours ?? null,
    },
    after: [],
    // The model's pages show its lifecycle timeline.
    ...(model.visibility === 'public'
      ? { publicChange: publicChange.model(model.slug, `${type} (job ${job.id})`) }
      : {}),
  };

  if (type === 'job.succeeded' && data.version) {
    // Registered by the catalog's own function, in this delivery's transaction.
    const registration = await versionRegistration(ctx, model, data.version, job, version);
    plan.before = await captureBatch(ctx.db, (db) => registerModelVersion(db, registration, ctx.now));
    plan.event.modelVersionId = newestVersionIdSql(model.id) as unknown as number;
    plan.event.modelVersion = newestVersionNumberSql(model.id) as unknown as number;
    plan.publicChange = publicChange.model(model.slug, `version registered by job ${job.id}`, {
      datasets: data.version.datasets.map((d) => d.dataset),
      models: data.version.parent?.model ? [data.version.parent.model] : [],
    });
  }

  if (request && job.kind === 'training' && type === 'job.succeeded') {
    const registered = !!data.version;
    plan.after.push(
      closeRequestStatement(
        ctx.db,
        request.id,
        {
          versionId: registered ? newestVersionIdSql(model.id) : null,
          version: registered ? newestVersionNumberSql(model.id) : null,
          reason: `job ${job.id} succeeded`,
        },
        ctx.now,
      ),
      insertEventWhere(
        ctx.db,
        {
          ...hubEvent(
            ctx,
            model,
            request,
            'retrain.closed',
            `Retraining done: job ${job.id}${registered ? ' registered a new version' : ' succeeded'}`,
            { job: job.id },
          ),
          ...(registered
            ? { modelVersionId: newestVersionIdSql(model.id), modelVersion: newestVersionNumberSql(model.id) }
            : {}),
        } as NewLifecycleEvent,
        requestReached(request.id, 'closed', 'closed_at', ctx.now),
      ),
    );
  }
  if (request && job.kind === 'training' && type === 'job.failed') {
    const reason = `job ${job.id} failed${data.error ? `: ${data.error.slice(0, 200)}` : ''}`;
    plan.after.push(
      markRequestFailedStatement(ctx.db, request.id, reason, ctx.now),
      insertEventWhere(
        ctx.db,
        hubEvent(ctx, model, request, 'retrain.failed', `Retraining failed: ${reason}`, { job: job.id }),
        requestReached(request.id, 'failed', 'closed_at', ctx.now),
      ),
    );
  }

  if (type === 'job.succeeded' && data.metrics && (job.kind === 'evaluation' || job.kind === 'benchmark')) {
    const firings = await firingsForMetrics(ctx.db, {
      model,
      version,
      source: job.kind,
      metrics: data.metrics,
      causeEventRef: ctx.ref,
      publicUrl: ctx.config.publicUrl,
      now: ctx.now,
    });
    plan.after.push(...firings.statements);
    plan.outboundQueued = firings.queued;
  }
  return plan;
}
