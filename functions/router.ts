import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env';
import { validationError } from './errors';

/** Every resource router validates the same way: zod failures become one 400 shape. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, result.target);
    },
  });
}

/** The schemes operations name in `security`; registered once in the document (functions/openapi-builder.ts). */
export const SECURITY_SCHEMES = {
  Bearer: {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token (`hub_…`), created with `npm run hub -- token create`.',
  },
  StandardWebhooks: {
    type: 'apiKey',
    in: 'header',
    name: 'webhook-signature',
    description:
      '`v1,<base64 HMAC-SHA256>` of `webhook-id.webhook-timestamp.body` with the source secret (Standard Webhooks), ' +
      'sent with `webhook-id` and `webhook-timestamp`.',
  },
  GitHubSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Hub-Signature-256',
    description: '`sha256=<hex HMAC-SHA256>` of the body with the source secret, as GitHub signs webhook deliveries.',
  },
  GitLabToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Gitlab-Token',
    description: 'The source secret, sent as is by a GitLab webhook.',
  },
} as const;

export const bearerSecurity = [{ Bearer: [] }];

/** Deliveries to /api/hooks prove the source secret in one of these ways (any one is enough). */
export const hookSecurity: Record<string, string[]>[] = [
  { StandardWebhooks: [] },
  { GitHubSignature: [] },
  { GitLabToken: [] },
];

/**
 * Operations anyone may call, documented with `security: []` so that a missing declaration stays a lint error.
 * A token, when sent, is still read (a group sees its internal records) and a bad one is still 401.
 */
export const publicSecurity: Record<string, string[]>[] = [];
