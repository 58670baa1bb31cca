import { createApp, type CreateAppOptions } from '../../functions/app';
import type { Db } from '../../db/client';
import { createTestDb } from './db';
import { validatorFor } from './openapi-validator';
import { buildOpenApiDocument } from '../../functions/openapi-builder';
import type { PublicChange } from '../../src/lib/cache-tags';

export interface TestHub {
  db: Db;
  app: ReturnType<typeof createApp>;
  /** Reasons of the public changes announced (hosts drop the pages they tag), in order. */
  published: string[];
  /** The public changes themselves, with their cache tags. */
  changes: PublicChange[];
  /**
   * Calls the app with a JSON body and returns status, headers and parsed JSON. Throws when the
   * response is not what /api/openapi.json documents for the operation (status, content type, schema).
   */
  call: (
    method: string,
    path: string,
    options?: {
      body?: unknown;
      headers?: Record<string, string>;
      raw?: string;
      /** Why this answer is outside the contract (e.g. the test breaks the database); skips the check. */
      undocumented?: string;
    },
  ) => Promise<{
    status: number;
    headers: Headers;
    json: any;
  }>;
}

export async function createTestHub(
  options: Partial<CreateAppOptions> & { clientAddress?: string } = {},
): Promise<TestHub> {
  const db = options.db ?? (await createTestDb());
  const published: string[] = [];
  const changes: PublicChange[] = [];
  const app = createApp({
    db,
    config: options.config ?? {},
    hooks: {
      clientAddress: (c) => c.req.header('x-test-client') ?? options.clientAddress ?? '203.0.113.7',
      onPublicChange: (change) => {
        published.push(change.reason);
        changes.push(change);
      },
      ...options.hooks,
    },
  });
  const call: TestHub['call'] = async (method, path, { body, headers = {}, raw, undocumented } = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (raw !== undefined) init.body = raw;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const res = await app.request(path, init);
    const text = await res.text();
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    if (!undocumented)
      validatorFor(app, () => buildOpenApiDocument(app, 'http://hub.test')).check(method, path, {
        status: res.status,
        contentType: res.headers.get('content-type'),
        text,
        json,
      });
    return { status: res.status, headers: res.headers, json };
  };
  return { db, app, published, changes, call };
}
