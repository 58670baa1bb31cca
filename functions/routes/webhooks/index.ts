import { createRoute } from '@hono/zod-openapi';
import { z as zod } from 'zod';
import {
  getWebhookSource,
  insertWebhookSource,
  listWebhookDeliveries,
  listWebhookSources,
  rotateWebhookSourceSecret,
  updateWebhookSource,
} from '../../../db/queries/webhook-sources';
import type { WebhookSource } from '../../../db/schema';
import { encodeCursor } from '../../../src/lib/cursor';
import { EVENT_SCHEMAS, eventComponentName } from '../../events/schemas';
import { randomId } from '../../../src/lib/tokens';
import { ALL_SCHEMES, encryptSecret, generateSecret } from '../../../src/lib/webhooks';
import { ApiError, notFound } from '../../errors';
import { assertGroupExists } from '../../services/catalog-access';
import { callerOf, requireScope } from '../../middleware/auth';
import { runOutboundCycle } from '../../outbound/cycle';
import { bearerSecurity, createRouter } from '../../router';
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
  toInboundDeliveryResponse,
  toSourceResponse,
} from '../../contract/webhooks/schema';
import { pageLimit, readCursor } from '../../pagination';

const notConfigured = {
  503: { description: 'No server key is configured, so secrets cannot be stored.', ...json(ErrorSchema) },
};

async function sourceOr404(db: Parameters<typeof getWebhookSource>[0], id: string): Promise<WebhookSource> {
  const source = await getWebhookSource(db, id);
  if (!source) throw notFound(`Webhook source "${id}"`);
  return source;
}

export const webhookRoutes = createRouter();

webhookRoutes
  .openapi(
    createRoute({
      method: 'post',
      path: '/sources',
      tags: ['Webhooks'],
      summary: 'Register a webhook source',
      description:
        'Creates a source for a group and returns its signing secret **once** (only an encrypted copy is kept). ' +
        'CI signs deliveries to `endpoint` with it (Standard Webhooks; GitHub and GitLab use the same string as their secret). Needs `admin`.',
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
      const body = c.req.valid('json');
      const { db, webhooks, config } = c.var;
      const key = await webhooks.serverKey();
      await assertGroupExists(db, body.group, 'group');
      const id = randomId('src_');
      const secret = generateSecret();
      const source = await insertWebhookSource(db, {
        id,
        name: body.name,
        groupId: body.group,
        schemes: body.schemes ? [...new Set(body.schemes)] : [...ALL_SCHEMES],
        secretBox: await encryptSecret(key, secret, id),
        createdByTokenId: callerOf(c).tokenId,
      });
      c.header('Location', `/api/webhooks/sources/${id}`);
      return c.json({ ...toSourceResponse(source, config.publicUrl), secret }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sources',
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
    async (c) => {
      const { group } = c.req.valid('query');
      const rows = await listWebhookSources(c.var.db, group ? { groupId: group } : {});
      return c.json({ items: rows.map((s) => toSourceResponse(s, c.var.config.publicUrl)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sources/{id}',
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
    async (c) =>
      c.json(toSourceResponse(await sourceOr404(c.var.db, c.req.valid('param').id), c.var.config.publicUrl), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/sources/{id}',
      tags: ['Webhooks'],
      summary: 'Rename a source or change its accepted schemes',
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
    async (c) => {
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const source = await updateWebhookSource(c.var.db, id, {
        ...patch,
        ...(patch.schemes ? { schemes: [...new Set(patch.schemes)] } : {}),
      });
      if (!source) throw notFound(`Webhook source "${id}"`);
      c.var.webhooks.sources.forget(id);
      return c.json(toSourceResponse(source, c.var.config.publicUrl), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sources/{id}/rotate',
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
      const { db, webhooks, config } = c.var;
      const overlap = body.overlapSeconds ?? config.webhooks.defaultRotationOverlapSeconds;
      if (overlap > config.webhooks.maxRotationOverlapSeconds) {
        throw new ApiError(
          400,
          'validation_failed',
          `The overlap may be at most ${config.webhooks.maxRotationOverlapSeconds} s.`,
          {
            issues: [
              {
                in: 'body',
                path: 'overlapSeconds',
                message: `At most ${config.webhooks.maxRotationOverlapSeconds}.`,
                code: 'too_big',
              },
            ],
          },
        );
      }
      const key = await webhooks.serverKey();
      const existing = await sourceOr404(db, id);
      const secret = generateSecret();
      const now = new Date();
      const source = await rotateWebhookSourceSecret(db, id, {
        expectedSecretBox: existing.secretBox,
        secretBox: await encryptSecret(key, secret, id),
        previousExpiresAt: new Date(now.getTime() + overlap * 1000),
        now,
      });
      if (!source)
        throw new ApiError(
          409,
          'conflict',
          'The secret was rotated by someone else at the same moment; fetch the source and try again.',
        );
      webhooks.sources.forget(id);
      return c.json({ ...toSourceResponse(source, config.publicUrl), secret }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sources/{id}/disable',
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
    async (c) => {
      const { id } = c.req.valid('param');
      const source = await updateWebhookSource(c.var.db, id, { status: 'disabled', disabledAt: new Date() });
      if (!source) throw notFound(`Webhook source "${id}"`);
      c.var.webhooks.sources.forget(id);
      return c.json(toSourceResponse(source, c.var.config.publicUrl), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/sources/{id}/enable',
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
    async (c) => {
      const { id } = c.req.valid('param');
      const source = await updateWebhookSource(c.var.db, id, { status: 'active', disabledAt: null });
      if (!source) throw notFound(`Webhook source "${id}"`);
      c.var.webhooks.sources.forget(id);
      return c.json(toSourceResponse(source, c.var.config.publicUrl), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/sources/{id}/deliveries',
      tags: ['Webhooks'],
      summary: 'Inbound delivery log of a source',
      description:
        'Accepted and rejected (422) deliveries, newest first, with the reason for each rejection. Unsigned requests (401) are not stored.',
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
    async (c) => {
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const { db, config } = c.var;
      await sourceOr404(db, id);
      const before = readCursor(query.cursor, 2, ['number', 'string']);
      const limit = pageLimit(query.limit, config.pageSize);
      const page = await listWebhookDeliveries(db, id, {
        limit,
        ...(query.status ? { status: query.status } : {}),
        ...(before ? { before: before as [number, string] } : {}),
      });
      return c.json(
        { items: page.items.map(toInboundDeliveryResponse), nextCursor: page.next ? encodeCursor(page.next) : null },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/event-types',
      tags: ['Webhooks'],
      summary: 'Event types and their JSON schemas',
      description:
        "Every `type@version` a delivery may carry, with its JSON schema (also in this document's components) and an example payload.",
      responses: { 200: { description: 'The event catalogue.', ...json(EventTypeListSchema) } },
    }),
    (c) =>
      c.json(
        {
          items: EVENT_SCHEMAS.map((e) => ({
            type: e.type,
            version: e.version,
            id: `${e.type}@${e.version}`,
            description: e.description,
            schemaRef: `#/components/schemas/${eventComponentName(e)}`,
            jsonSchema: zod.toJSONSchema(e.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
            example: e.example,
          })),
        },
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/outbound/run',
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
    async (c) => {
      const { db, config, webhooks, hooks } = c.var;
      const result = await runOutboundCycle({
        db,
        config,
        serverKey: webhooks.serverKey,
        hooks,
        now: () => new Date(),
      });
      return c.json(result, 200);
    },
  );

export type WebhookRoutes = typeof webhookRoutes;
