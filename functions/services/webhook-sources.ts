/**
 * Inbound webhook sources (admin only): register, rename, rotate, disable and enable them, their
 * delivery log, and the catalogue of event types a delivery may carry. Receiving a delivery is
 * lifecycle-ingest.ts.
 */
import { z } from 'zod';
import {
  getWebhookSource,
  insertWebhookSource,
  listWebhookDeliveries,
  listWebhookSources,
  rotateWebhookSourceSecret,
  updateWebhookSource,
} from '../../db/queries/webhook-sources';
import type { Db } from '../../db/client';
import type { WebhookSource } from '../../db/schema';
import { encodeCursor } from '../../src/lib/cursor';
import { randomId } from '../../src/lib/tokens';
import { ALL_SCHEMES, encryptSecret, generateSecret } from '../../src/lib/webhooks';
import type { AuthContext } from '../env';
import { ApiError, notFound } from '../errors';
import { EVENT_SCHEMAS, eventComponentName } from '../events/schemas';
import type { ServiceContext } from '../hub';
import { pageLimit, readCursor } from '../pagination';
import type { WebhookServices } from '../webhooks/services';
import {
  toInboundDeliveryResponse,
  toSourceResponse,
  type DeliveryListQuerySchema,
  type EventTypeListSchema,
  type InboundDeliveryListSchema,
  type RotateSchema,
  type SourceCreateSchema,
  type SourceListQuerySchema,
  type SourceListSchema,
  type SourcePatchSchema,
  type SourceSchema,
  type SourceWithSecretSchema,
} from '../contract/webhooks/schema';
import { assertGroupExists } from './catalog-access';

/** Sources need the server key (secrets are stored encrypted) and the app's source cache. */
export type WebhookSourceContext = ServiceContext & { webhooks: Pick<WebhookServices, 'serverKey' | 'sources'> };

type SourceView = z.infer<typeof SourceSchema>;
type SourceWithSecret = z.infer<typeof SourceWithSecretSchema>;

async function sourceOr404(db: Db, id: string): Promise<WebhookSource> {
  const source = await getWebhookSource(db, id);
  if (!source) throw notFound(`Webhook source "${id}"`);
  return source;
}

/** Creates a source for a group; its signing secret is returned only now (an encrypted copy is kept). */
export async function createWebhookSource(
  ctx: WebhookSourceContext,
  auth: AuthContext,
  body: z.infer<typeof SourceCreateSchema>,
): Promise<SourceWithSecret> {
  const { db, webhooks, config } = ctx;
  const key = await webhooks.serverKey();
  await assertGroupExists(db, body.group, 'group');
  const id = randomId('src_');
  const secret = generateSecret();
  const source = await insertWebhookSource(db, {
    id,
    name: body.name,
    groupId: body.group,
    schemes: body.schemes ? [...new Set(body.schemes)] : [...ALL_SCHEMES],
    mappings: body.mappings ?? [],
    allowProtectedAliases: body.allowProtectedAliases ?? false,
    secretBox: await encryptSecret(key, secret, id),
    createdByTokenId: auth.tokenId,
  });
  return { ...toSourceResponse(source, config.publicUrl), secret };
}

/** Sources, newest first (never their secrets). */
export async function listSources(
  ctx: ServiceContext,
  query: z.infer<typeof SourceListQuerySchema>,
): Promise<z.infer<typeof SourceListSchema>> {
  const rows = await listWebhookSources(ctx.db, query.group ? { groupId: query.group } : {});
  return { items: rows.map((s) => toSourceResponse(s, ctx.config.publicUrl)) };
}

export async function getSource(ctx: ServiceContext, id: string): Promise<SourceView> {
  return toSourceResponse(await sourceOr404(ctx.db, id), ctx.config.publicUrl);
}

/** Renames a source, changes its accepted schemes, replaces its mapping rules, or grants (revokes) moving protected aliases. */
export async function updateSource(
  ctx: WebhookSourceContext,
  id: string,
  patch: z.infer<typeof SourcePatchSchema>,
): Promise<SourceView> {
  const source = await updateWebhookSource(ctx.db, id, {
    ...patch,
    ...(patch.schemes ? { schemes: [...new Set(patch.schemes)] } : {}),
  });
  if (!source) throw notFound(`Webhook source "${id}"`);
  ctx.webhooks.sources.forget(id);
  return toSourceResponse(source, ctx.config.publicUrl);
}

/**
 * Issues a new secret (returned once). The previous one keeps verifying for `overlapSeconds`
 * (default from the configuration), so CI can switch without dropping deliveries.
 */
export async function rotateSourceSecret(
  ctx: WebhookSourceContext,
  id: string,
  body: z.infer<typeof RotateSchema>,
): Promise<SourceWithSecret> {
  const { db, webhooks, config } = ctx;
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
  return { ...toSourceResponse(source, config.publicUrl), secret };
}

/** Deliveries to a disabled source are answered 410 Gone (senders following Standard Webhooks stop retrying). */
export async function disableSource(ctx: WebhookSourceContext, id: string): Promise<SourceView> {
  const source = await updateWebhookSource(ctx.db, id, { status: 'disabled', disabledAt: new Date() });
  if (!source) throw notFound(`Webhook source "${id}"`);
  ctx.webhooks.sources.forget(id);
  return toSourceResponse(source, ctx.config.publicUrl);
}

export async function enableSource(ctx: WebhookSourceContext, id: string): Promise<SourceView> {
  const source = await updateWebhookSource(ctx.db, id, { status: 'active', disabledAt: null });
  if (!source) throw notFound(`Webhook source "${id}"`);
  ctx.webhooks.sources.forget(id);
  return toSourceResponse(source, ctx.config.publicUrl);
}

/** Accepted, rejected and ignored deliveries of a source, newest first (unsigned requests are not stored). */
export async function listSourceDeliveries(
  ctx: ServiceContext,
  id: string,
  query: z.infer<typeof DeliveryListQuerySchema>,
): Promise<z.infer<typeof InboundDeliveryListSchema>> {
  const { db, config } = ctx;
  await sourceOr404(db, id);
  const before = readCursor(query.cursor, 2, ['number', 'string']);
  const limit = pageLimit(query.limit, config.pageSize);
  const page = await listWebhookDeliveries(db, id, {
    limit,
    ...(query.status ? { status: query.status } : {}),
    ...(before ? { before: before as [number, string] } : {}),
  });
  return { items: page.items.map(toInboundDeliveryResponse), nextCursor: page.next ? encodeCursor(page.next) : null };
}

/** Every `type@version` a delivery may carry, with its JSON schema and an example payload. */
export function listEventTypes(): z.infer<typeof EventTypeListSchema> {
  return {
    items: EVENT_SCHEMAS.map((e) => ({
      type: e.type,
      version: e.version,
      id: `${e.type}@${e.version}`,
      description: e.description,
      schemaRef: `#/components/schemas/${eventComponentName(e)}`,
      jsonSchema: z.toJSONSchema(e.schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
      example: e.example,
    })),
  };
}
