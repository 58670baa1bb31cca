/**
 * Build-time data for a model's lifecycle section: the newest events, retrain requests and
 * outbound deliveries, in the API's own response shapes so the live island continues from them.
 */
import { listModelEvents } from '../../db/queries/events';
import { getModelBySlug } from '../../db/queries/models';
import { attemptsOf, getSubscriptionForModel, listOutboundDeliveries } from '../../db/queries/outbound';
import { listRetrainRequests } from '../../db/queries/retrain';
import { toDeliveryResponse, toEventResponse, toRequestResponse, toTriggerResponse } from '../../functions/routes/model-lifecycle/schema';
import { db } from './db';

export const TIMELINE_PAGE = 30;

/** The model's lifecycle, or one version's events only (then without the retraining part). */
export async function loadLifecycle(slug: string, version?: number) {
  const model = await getModelBySlug(db, slug);
  if (!model) throw new Error(`The lifecycle section names model "${slug}", which is not in the database; fix the page that includes it.`);
  const modelId = model.id;
  const [events, requests, deliveries, trigger] = await Promise.all([
    listModelEvents(db, modelId, { limit: TIMELINE_PAGE, ...(version === undefined ? {} : { modelVersion: version }) }),
    listRetrainRequests(db, modelId, { limit: 10 }),
    listOutboundDeliveries(db, modelId, { limit: 10 }),
    getSubscriptionForModel(db, modelId),
  ]);
  const attempts = await attemptsOf(db, deliveries.items.map((d) => d.id));
  return {
    events: events.items.map(toEventResponse),
    latestId: events.items[0]?.id ?? 0,
    requests: requests.items.map(toRequestResponse),
    deliveries: deliveries.items.map((d) => toDeliveryResponse(d, attempts.get(d.id) ?? [])),
    trigger: trigger ? toTriggerResponse(trigger) : null,
  };
}

export type LifecycleData = Awaited<ReturnType<typeof loadLifecycle>>;
