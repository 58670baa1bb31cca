import type { Db } from '../db/client';
import { createApp, OPENAPI_INFO } from './app';

/**
 * The OpenAPI 3.1 document without a running server (for the site's API reference page).
 * No request is served, so the app never touches the database it is given.
 */
export function openApiDocument(serverUrl: string) {
  const app = createApp({ db: null as unknown as Db });
  return app.getOpenAPI31Document({ openapi: '3.1.0', info: OPENAPI_INFO, servers: [{ url: serverUrl }] });
}
