import type { APIRoute } from 'astro';

/**
 * The Hono API inside the site's deployment: on the edge every request reaches the one worker,
 * so /api/* is answered here by the same app the Node host mounts directly (server/node-app.ts).
 */
export const ALL: APIRoute = ({ request, locals }) =>
  locals.hub.api.fetch(
    request,
    locals.runtime?.env,
    locals.runtime?.ctx && {
      waitUntil: (promise: Promise<unknown>) => locals.runtime!.ctx.waitUntil(promise),
      passThroughOnException: () => undefined,
      props: {},
    },
  );
