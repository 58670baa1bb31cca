import { createRouter, hookSecurity } from '../../router';
import { receiveHookDelivery } from '../../services/lifecycle-ingest';
import { errorResponses as E, ErrorSchema } from '../../contract/shared-schema';
import { json } from '../../contract/json-content';
import { JSON_LIMITS } from '../../../src/lib/json-shape';
import { z } from '@hono/zod-openapi';
import {
  DeliveryAcceptedSchema,
  DeliveryIgnoredSchema,
  EventEnvelopeSchema,
  HookParamSchema,
  NativeGithubBodySchema,
  NativeGitlabBodySchema,
} from '../../contract/hooks/schema';

const error = (description: string) => ({ description, ...json(ErrorSchema) });

export const hookRoutes = createRouter();

// The raw body is read as bytes (a re-serialised JSON body would not verify), so this route
// validates by hand and is documented with registerPath instead of an .openapi() validator.
hookRoutes.openAPIRegistry.registerPath({
  method: 'post',
  path: '/{sourceId}',
  operationId: 'deliverHookEvent',
  security: hookSecurity,
  tags: ['Webhooks'],
  summary: 'Deliver a signed lifecycle event',
  description:
    'CI posts events here, signed with the source secret as **Standard Webhooks** (`webhook-id`, `webhook-timestamp`, `webhook-signature: v1,…`), ' +
    '**GitHub** (`X-Hub-Signature-256`, `X-GitHub-Delivery`) or **GitLab** (`X-Gitlab-Token`, `Idempotency-Key`). ' +
    'A 200 is sent only once the event is durably stored. The delivery id is the idempotency key: a repeat is answered 200 with `duplicate: true` and changes nothing. ' +
    "GitHub's delivery id is not signed, so a GitHub signature accepted once is refused (409) under any other delivery id. " +
    `Timestamps more than 300 s off are refused. Bodies up to 1 MiB by default, nested at most ${JSON_LIMITS.maxDepth} deep with at most ${JSON_LIMITS.maxKeys} keys.\n\n` +
    "The body is the hub's envelope under every scheme, or what GitHub and GitLab send themselves: " +
    '**GitHub** `workflow_run` / `workflow_job` become `job.queued` (requested, queued, waiting), `job.started` (in_progress), ' +
    '`job.succeeded` (completed: success) or `job.failed` (completed: failure, cancelled, timed_out, action_required, startup_failure, stale); ' +
    '`release` published becomes `release.published`; `ping` is answered 200. ' +
    '**GitLab** Pipeline Hook and Job Hook become `job.queued` (created, pending, preparing, waiting_for_resource, scheduled), `job.started` (running), ' +
    '`job.succeeded` (success) or `job.failed` (failed, canceled); a Release Hook with action create becomes `release.published`. ' +
    'GitLab authenticates with `X-Gitlab-Token`, or with a signing token (the source secret): Standard Webhooks headers beside `X-Gitlab-Event`. ' +
    "The source's `mappings` name the model of each native run. Any other native event or action, a skipped or neutral run, and a run no rule matches " +
    'are answered **202** and listed as `ignored` in the delivery log with the reason.',
  request: {
    params: HookParamSchema,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.union([EventEnvelopeSchema, NativeGithubBodySchema, NativeGitlabBodySchema]),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Stored (or stored before: `duplicate`); a GitHub `ping` is answered 200 with `eventId: null`.',
      ...json(DeliveryAcceptedSchema),
    },
    202: {
      description: 'A native GitHub / GitLab event the hub does not record; logged as `ignored` with the reason.',
      ...json(DeliveryIgnoredSchema),
    },
    400: error(
      `The body is nested deeper than ${JSON_LIMITS.maxDepth} levels or has more than ${JSON_LIMITS.maxKeys} object keys (\`too_deep\`, with \`details.maxDepth\` and \`details.maxKeys\`): it can never be accepted. Stored as rejected.`,
    ),
    401: error('Missing or bad signature, unknown secret, or timestamp outside ±300 s. Nothing is stored.'),
    403: error(
      "The event names a public model or dataset of another group. Stored as rejected. One the source's group cannot see is answered as unknown (422), exactly like a missing one.",
    ),
    404: error('No such source.'),
    409: error(
      'The dataset version label exists already (stored as rejected), or a GitHub body and signature accepted before arrive under another delivery id (`details.reason: replayed_signature`; nothing stored).',
    ),
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
  const answer = await receiveHookDelivery(c.var, { sourceId, headers: c.req.raw.headers, body, receivedAt });
  return answer.status === 202 ? c.json(answer.body, 202) : c.json(answer.body, 200);
});

export type HookRoutes = typeof hookRoutes;
