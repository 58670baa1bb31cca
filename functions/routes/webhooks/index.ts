import { createRoute } from '@hono/zod-openapi';
import { callerOf, requireScope } from '../../middleware/auth';
import { bearerSecurity, createRouter, publicSecurity } from '../../router';
import { runDueOutbound } from '../../services/outbound-deliveries';
import {
  createWebhookSource,
  disableSource,
  enableSource,
  getSource,
  listEventTypes,
  listSourceDeliveries,
  listSources,
  rotateSourceSecret,
  updateSource,
} from '../../services/webhook-sources';
import { json } from '../../contract/json-content';
import { errorResponses as E, ErrorSchema, writeErrorResponses } from '../../contract/shared-schema';
import {
  DeliveryListQuerySchema,
  EventTypeListSchema,
  InboundDeliveryListSchema,
  OutboundRunSchema,
  RotateSchema,
  SourceCreateSchema,
  SourceIdParamSchema,
  SourceListQuerySchema,
  SourceListSchema,
  SourcePatchSchema,
  SourceSchema,
  SourceWithSecretSchema,
} from '../../contract/webhooks/schema';

const notConfigured = {
  503: { description: 'No server key is configured, so secrets cannot be stored.', ...json(ErrorSchema) },
};

export const webhookRoutes = createRouter();

webhookRoutes
  .openapi(
    createRoute({
      method: 'post',
      path: '/sources',
      operationId: 'createWebhookSource',
      tags: ['Webhooks'],
      summary: 'Register a webhook source',
      description:
        'Creates a source for a group and returns its signing secret **once** (only an encrypted copy is kept). ' +
        'CI signs deliveries to `endpoint` with it (Standard Webhooks; GitHub and GitLab use the same string as their secret). ' +
        '`mappings` say which model a native GitHub or GitLab run reports on. Needs `admin`.',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { body: { required: true, ...json(SourceCreateSchema) } },
      responses: {
        201: { description: 'Created; `secret` is shown only now.', ...json(SourceWithSecretSchema) },
        ...writeErrorResponses,
        ...notConfigured,
      },
    }),
    async (c) => {
      const source = await createWebhookSource(c.var, callerOf(c), c.req.valid('json'));
      c.header('Location', `/api/webhooks/sources/${source.id}`);
      return c.json(source, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sources',
      operationId: 'listWebhookSources',
      tags: ['Webhooks'],
      summary: 'List webhook sources',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { query: SourceListQuerySchema },
      responses: {
        200: { description: 'Sources, newest first (never their secrets).', ...json(SourceListSchema) },
        ...E.unauthorized,
        ...E.forbidden,
      },
    }),
    async (c) => c.json(await listSources(c.var, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sources/{id}',
      operationId: 'getWebhookSource',
      tags: ['Webhooks'],
      summary: 'Get a webhook source',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { params: SourceIdParamSchema },
      responses: {
        200: { description: 'The source.', ...json(SourceSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
      },
    }),
    async (c) => c.json(await getSource(c.var, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/sources/{id}',
      operationId: 'updateWebhookSource',
      tags: ['Webhooks'],
      summary: 'Rename a source, change its accepted schemes or its mapping rules',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { params: SourceIdParamSchema, body: { required: true, ...json(SourcePatchSchema) } },
      responses: {
        200: { description: 'The changed source.', ...json(SourceSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
      },
    }),
    async (c) => c.json(await updateSource(c.var, c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sources/{id}/rotate',
      operationId: 'rotateWebhookSourceSecret',
      tags: ['Webhooks'],
      summary: 'Rotate a source secret',
      description:
        'Issues a new secret (shown once). The previous one keeps verifying for `overlapSeconds` (default one day), so CI can switch without dropping deliveries; then it stops.',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { params: SourceIdParamSchema, body: { required: false, ...json(RotateSchema) } },
      responses: {
        200: { description: 'The source with its new secret.', ...json(SourceWithSecretSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
        ...E.conflict,
        ...notConfigured,
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = (c.req.header('content-type') ? c.req.valid('json') : undefined) ?? {};
      return c.json(await rotateSourceSecret(c.var, id, body), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sources/{id}/disable',
      operationId: 'disableWebhookSource',
      tags: ['Webhooks'],
      summary: 'Disable a source',
      description:
        'Deliveries to a disabled source are answered 410 Gone (senders following Standard Webhooks stop retrying).',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { params: SourceIdParamSchema },
      responses: {
        200: { description: 'The disabled source.', ...json(SourceSchema) },
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
      },
    }),
    async (c) => c.json(await disableSource(c.var, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sources/{id}/enable',
      operationId: 'enableWebhookSource',
      tags: ['Webhooks'],
      summary: 'Enable a disabled source',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { params: SourceIdParamSchema },
      responses: {
        200: { description: 'The enabled source.', ...json(SourceSchema) },
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
      },
    }),
    async (c) => c.json(await enableSource(c.var, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sources/{id}/deliveries',
      operationId: 'listWebhookSourceDeliveries',
      tags: ['Webhooks'],
      summary: 'Inbound delivery log of a source',
      description:
        'Accepted, rejected (4xx) and ignored (2xx, nothing recorded) deliveries, newest first, with the reason for each rejection or ignored event. Unsigned requests (401) are not stored.',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      request: { params: SourceIdParamSchema, query: DeliveryListQuerySchema },
      responses: {
        200: { description: 'A page of deliveries.', ...json(InboundDeliveryListSchema) },
        ...E.badRequest,
        ...E.unauthorized,
        ...E.forbidden,
        ...E.notFound,
      },
    }),
    async (c) => c.json(await listSourceDeliveries(c.var, c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/event-types',
      operationId: 'listEventTypes',
      security: publicSecurity,
      tags: ['Webhooks'],
      summary: 'Event types and their JSON schemas',
      description:
        "Every `type@version` a delivery may carry, with its JSON schema (also in this document's components) and an example payload.",
      responses: { 200: { description: 'The event catalogue.', ...json(EventTypeListSchema) } },
    }),
    (c) => c.json(listEventTypes(), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/outbound/run',
      operationId: 'runOutboundDeliveries',
      tags: ['Webhooks'],
      summary: 'Run due outbound deliveries and time-based policies now',
      description:
        'Sends outbound webhooks whose retry time has come and checks max-age retraining policies. The Node host does this by itself; ' +
        'on the edge host call it from a scheduler (e.g. a Cloudflare Cron Trigger or a CI schedule) every minute. Needs `admin`.',
      security: bearerSecurity,
      middleware: [requireScope('admin')] as const,
      responses: {
        200: { description: 'What the run did.', ...json(OutboundRunSchema) },
        ...E.unauthorized,
        ...E.forbidden,
        ...notConfigured,
      },
    }),
    async (c) => c.json(await runDueOutbound(c.var), 200),
  );

export type WebhookRoutes = typeof webhookRoutes;
