import { defineMiddleware } from 'astro:middleware';
import { devHub } from './dev-hub';

/** `astro dev` only (added by src/integrations/dev-hub.ts): the hub the pages and /api read. */
export const onRequest = defineMiddleware(async ({ locals }, next) => {
  locals.hub ??= await devHub();
  return next();
});
