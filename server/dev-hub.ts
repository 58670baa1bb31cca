/**
 * The hub that `astro dev` pages and its /api route use (`npm run dev`): the Node host's
 * database and configuration from the environment, without a render cache, so every edit to a
 * page or to the data shows on the next request.
 */
import { createApp } from '../functions/app';
import { resolveConfig } from '../functions/config';
import type { Hub } from '../functions/hub';
import { appConfigOf, readServerConfig } from './config';
import { openDatabase } from './database';
import { resolveServerKey } from './secret-key';

let hub: Promise<Hub> | undefined;

export function devHub(): Promise<Hub> {
  hub ??= (async () => {
    const config = readServerConfig();
    const { db } = await openDatabase(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
    const secretKey = resolveServerKey({
      envKey: config.HUB_SECRET_KEY,
      keyFile: config.HUB_SECRET_KEY_FILE,
      databaseUrl: config.DATABASE_URL,
    });
    const appConfig = resolveConfig(appConfigOf(config, secretKey));
    const api = createApp({
      db,
      config: appConfig,
      hooks: { onPublicChange: (change) => console.log(`[dev] public change: ${change.reason}`) },
    });
    return { db, config: appConfig, api };
  })();
  return hub;
}
