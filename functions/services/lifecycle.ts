/**
 * A model's lifecycle section: the newest events and retrain requests, in the API's own response
 * shapes so the page's live island continues from them. Pages are public: the outbound delivery
 * log and the trigger's target (owner group and admins only) are left out.
 */
import { listModelEvents } from '../../db/queries/events';
import { getSubscriptionForModel } from '../../db/queries/outbound';
import { listRetrainRequests } from '../../db/queries/retrain';
import type { ServiceContext } from '../hub';
import { toEventResponse, toRequestResponse, toTriggerResponse } from '../contract/model-lifecycle/schema';

export const TIMELINE_PAGE = 30;

/** The model's lifecycle, or one version's events only (then without the retraining part). */
export async function modelLifecycle({ db }: ServiceContext, modelId: number, version?: number) {
  const [events, requests, trigger] = await Promise.all([
    listModelEvents(db, modelId, { limit: TIMELINE_PAGE, ...(version === undefined ? {} : { modelVersion: version }) }),
    listRetrainRequests(db, modelId, { limit: 10 }),
    getSubscriptionForModel(db, modelId),
  ]);
  return {
    events: events.items.map(toEventResponse),
    latestId: events.items[0]?.id ?? 0,
    requests: requests.items.map(toRequestResponse),
    trigger: trigger ? toTriggerResponse(trigger, false) : null,
  };
}

export type LifecycleData = Awaited<ReturnType<typeof modelLifecycle>>;
