import { findAcceptedDeliveries } from '../../../db/queries/webhook-deliveries';
import { verifyDelivery } from '../../../src/lib/webhooks';
import { ApiError, notFound } from '../../errors';
import { createRouter } from '../../router';
import { prepareDelivery } from '../../webhooks/prepare';
import { errorResponses as E, ErrorSchema } from '../../contract/shared-schema';
import { json } from '../../contract/json-content';
import { DeliveryAcceptedSchema, EventEnvelopeSchema, HookParamSchema } from '../../contract/hooks/schema';

const error = (description: string) => ({ description, ...json(ErrorSchema) });

export const hookRoutes = createRouter();

// The raw body is read as bytes (a re-serialised JSON body would not verify), so this route
// validates by hand and is documented with registerPath instead of an .openapi() validator.
hookRoutes.openAPIRegistry.registerPath({
  method: 'post',
  path: '/{sourceId}',
  tags: ['Webhooks'],
  summary: 'Deliver a signed lifecycle event',
  description:
    'CI posts events here, signed with the source secret as **Standard Webhooks** (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,…`), ' +
    '**GitHub** (`X-Hub-Signature-256`, `X-GitHub-Delivery`) or **GitLab** (`X-Gitlab-Token`, `Idempotency-Key`). ' +
    'A 200 is sent only once the event is durably stored. The delivery id is the idempotency key: a repeat is answered 200 with `duplicate: true` and changes nothing. ' +
    'Timestamps more than 300 s off are refused. Bodies up to 1 MiB by default.',
  request: { params: HookParamSchema, body: { required: true, ...json(EventEnvelopeSchema) } },
  responses: {
    200: { description: 'Stored (or stored before: `duplicate`).', ...json(DeliveryAcceptedSchema) },
    401: error('Missing or bad signature, unknown secret, or timestamp outside ±300 s. Nothing is stored.'),
    403: error('The event names a model or dataset of another group. Stored as rejected.'),
    404: error('No such source.'),
    409: error('The dataset version label exists already. Stored as rejected.'),
    410: error('The source is disabled; stop sending.'),
    ...E.tooLarge,
    422: error(
      'Unknown event type, invalid payload, or unknown model/version/dataset; `details.reason` and `details.issues` say what. Stored as rejected.',
    ),
    503: error('The delivery could not be stored (retry with the same id), or webhooks are not configured.'),
  },
});

hookRoutes.post('/:sourceId', async (c) => {
  const { sourceId } = c.req.param();
  const { db, config, webhooks, hooks } = c.var;
  const now = new Date();
  const body = new Uint8Array(await c.req.arrayBuffer());
  const active = /^src_[A-Za-z0-9_-]{4,64}$/.test(sourceId) ? await webhooks.sources.get(db, sourceId, now) : undefined;
  if (!active) throw notFound(`Webhook source "${sourceId}"`);
  if (active.source.status === 'disabled') {
    throw new ApiError(
      410,
      'gone',
      `The webhook source "${sourceId}" is disabled; stop sending, or ask an admin to enable it.`,
    );
  }

  const verified = await verifyDelivery({
    secrets: active.secrets,
    headers: c.req.raw.headers,
    body,
    now,
    toleranceSeconds: config.webhooks.toleranceSeconds,
    schemes: active.source.schemes,
    mac: hooks.hmacSha256,
  });
  if (!verified.ok) {
    throw new ApiError(401, 'unauthorized', `The delivery is not verified: ${verified.message}.`, {
      reason: verified.reason,
      scheme: verified.scheme ?? null,
    });
  }

  const prepared = await prepareDelivery({
    db,
    config,
    source: active.source,
    verified,
    body,
    now,
    models: webhooks.models,
  });
  if (prepared.rejection) {
    // A retry of a delivery accepted earlier may no longer plan (its dataset version now
    // exists): it is still a duplicate, not a rejection.
    const earlier = (await findAcceptedDeliveries(db, active.source.id, [verified.deliveryId])).get(
      verified.deliveryId,
    );
    if (earlier !== undefined)
      return c.json({ duplicate: true, eventId: earlier, deliveryId: verified.deliveryId, type: prepared.type }, 200);
  }
  let result;
  try {
    result = await webhooks.ingest.submit(prepared.item);
  } catch (cause) {
    console.error(`[hooks] storing delivery ${verified.deliveryId} from ${sourceId} failed:`, cause);
    throw new ApiError(
      503,
      'unavailable',
      'The delivery could not be stored; send it again with the same id.',
      undefined,
      { 'Retry-After': '1' },
    );
  }

  if (prepared.rejection) {
    const r = prepared.rejection;
    const code = r.status === 422 ? 'unprocessable' : r.status === 409 ? 'conflict' : 'forbidden';
    throw new ApiError(r.status, code, r.message, {
      reason: r.reason,
      type: prepared.type,
      delivery: result.deliveryRef,
      ...(r.issues ? { issues: r.issues } : {}),
    });
  }
  if (result.kind === 'accepted' && !result.duplicate) {
    if (prepared.publicChange) hooks.onPublicChange?.(prepared.publicChange);
    if (prepared.outboundQueued) hooks.onOutboundQueued?.();
  }
  return c.json(
    {
      duplicate: result.kind === 'accepted' && result.duplicate,
      eventId: result.kind === 'accepted' ? result.eventId : null,
      deliveryId: verified.deliveryId,
      type: prepared.type,
    },
    200,
  );
});

export type HookRoutes = typeof hookRoutes;
