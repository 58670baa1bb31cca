import type { AstroIntegration } from 'astro';

/**
 * `astro dev` (npm run dev) has no host to hand pages a hub: this integration adds a middleware,
 * in dev only, that opens the Node host's database (server/dev-hub.ts). Builds never see it, so
 * the edge worker bundles no Node-only module.
 */
export function devHub(): AstroIntegration {
  return {
    name: 'hub-dev-hub',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'dev')
          addMiddleware({ entrypoint: new URL('../../server/dev-middleware.ts', import.meta.url), order: 'pre' });
      },
    },
  };
}
