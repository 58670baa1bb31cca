import type { Db } from '../db/client';
import { createApp } from './app';
import { buildOpenApiDocument } from './openapi-builder';

/**
 * The OpenAPI 3.1 document without a running server (for the site's API reference page and the
 * contract tests). No request is served, so the app never touches the database it is given.
 */
export function openApiDocument(serverUrl: string) {
  return buildOpenApiDocument(createApp({ db: null as unknown as Db }), serverUrl);
}
