/**
 * A model's lifecycle section: the newest events, retrain requests and outbound deliveries, in
 * the API's own response shapes so the page's live island continues from them.
 */
import { listModelEvents } from '../../db/queries/events';
import { attemptsOf, getSubscriptionForModel, listOutboundDeliveries } from '../../db/queries/outbound';
import { listRetrainRequests } from '../../db/queries/retrain';
import type { ServiceContext } from '../hub';
import {
  toDeliveryResponse,
  toEventResponse,
  toRequestResponse,
  toTriggerResponse,
} from '../contract/model-lifecycle/schema';

export const TIMELINE_PAGE = 30;

/** The model's lifecycle, or one version's events only (then without the retraining part). */
export async function modelLifecycle({ db }: ServiceContext, modelId: number, version?: number) {
  const [events, requests, deliveries, trigger] = await Promise.all([
    listModelEvents(db, modelId, { limit: TIMELINE_PAGE, ...(version === undefined ? {} : { modelVersion: version }) }),
    listRetrainRequests(db, modelId, { limit: 10 }),
    listOutboundDeliveries(db, modelId, { limit: 10 }),
    getSubscriptionForModel(db, modelId),
  ]);
  const attempts = await attemptsOf(
    db,
    deliveries.items.map((d) => d.id),
  );
  return {
    events: events.items.map(toEventResponse),
    latestId: events.items[0]?.id ?? 0,
    requests: requests.items.map(toRequestResponse),
    deliveries: deliveries.items.map((d) => toDeliveryResponse(d, attempts.get(d.id) ?? [])),
    trigger: trigger ? toTriggerResponse(trigger) : null,
  };
}

export type LifecycleData = Awaited<ReturnType<typeof modelLifecycle>>;
