import { createRouter } from '../../router';
import { receiveHookDelivery } from '../../services/lifecycle-ingest';
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
  const receivedAt = new Date();
  const body = new Uint8Array(await c.req.arrayBuffer());
  return c.json(await receiveHookDelivery(c.var, { sourceId, headers: c.req.raw.headers, body, receivedAt }), 200);
});

export type HookRoutes = typeof hookRoutes;
