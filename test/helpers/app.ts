import { createApp, type CreateAppOptions } from '../../functions/app';
import type { Db } from '../../db/client';
import { createTestDb } from './db';

export interface TestHub {
  db: Db;
  app: ReturnType<typeof createApp>;
  /** Reasons passed to the publish hook, in order. */
  published: string[];
  /** Calls the app with a JSON body and returns status, headers and parsed JSON. */
  call: (method: string, path: string, options?: { body?: unknown; headers?: Record<string, string>; raw?: string }) => Promise<{
    status: number;
    headers: Headers;
    json: any;
  }>;
}

export async function createTestHub(options: Partial<CreateAppOptions> & { clientAddress?: string } = {}): Promise<TestHub> {
  const db = options.db ?? (await createTestDb());
  const published: string[] = [];
  const app = createApp({
    db,
    config: options.config ?? {},
    hooks: {
      clientAddress: (c) => c.req.header('x-test-client') ?? options.clientAddress ?? '203.0.113.7',
      onPublicChange: (reason) => published.push(reason),
      ...options.hooks,
    },
  });
  const call: TestHub['call'] = async (method, path, { body, headers = {}, raw } = {}) => {
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
    return { status: res.status, headers: res.headers, json };
  };
  return { db, app, published, call };
}
