import { expect } from 'vitest';
import { expectSecurityHeaders } from './security-headers-checks';

interface Operation {
  method: string;
  path: string;
  security?: Record<string, string[]>[];
}

/** Every operation of the OpenAPI document a hub serves, with its path parameters filled in. */
export async function documentedOperations(base: string): Promise<(Operation & { url: string })[]> {
  const document = (await (await fetch(`${base}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { security?: Operation['security'] }>>;
  };
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        security: operation.security,
        url: path.replace(/\{([^}]+)\}/g, (_, name: string) => `no-such-${name}`),
      })),
  );
}

const vary = (headers: Headers) => (headers.get('vary') ?? '').toLowerCase().split(/\s*,\s*/);

/**
 * Calls every documented operation anonymously (from another origin) and checks its headers:
 * Vary: Authorization everywhere, CORS only on public reads, no-store on writes.
 */
export async function checkEveryOperation(base: string) {
  const operations = await documentedOperations(base);
  expect(operations.length).toBeGreaterThan(40);
  for (const op of operations) {
    const isRead = op.method === 'GET';
    const res = await fetch(`${base}${op.url}`, {
      method: op.method,
      headers: { origin: 'https://other-lab.example', ...(isRead ? {} : { 'content-type': 'application/json' }) },
      body: isRead ? undefined : '{}',
      redirect: 'manual',
    });
    await res.arrayBuffer();
    const label = `${op.method} ${op.path} → ${res.status}`;
    expect(res.status, label).toBeLessThan(500);
    expect(vary(res.headers), label).toContain('authorization');
    expectSecurityHeaders(op.url, res.headers);
    expect(res.headers.get('access-control-allow-credentials'), label).toBeNull();
    const isPublicRead = isRead && Array.isArray(op.security) && op.security.length === 0;
    expect(res.headers.get('access-control-allow-origin'), label).toBe(isPublicRead ? '*' : null);
    if (!isRead) expect(res.headers.get('cache-control'), label).toBe('no-store');
  }
}

/** Creating a token and a webhook source, and rotating its secret, answer with no-store. */
export async function checkSecretAnswers(base: string, adminToken: string) {
  const call = async (path: string, body: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, json: (await res.json()) as { id: string; secret: string } };
  };
  const token = await call('/api/tokens', { name: 'headers test', scopes: ['write'], group: 'it' });
  const source = await call('/api/webhooks/sources', { name: 'headers test', group: 'it' });
  const rotated = await call(`/api/webhooks/sources/${source.json.id}/rotate`, {});
  for (const [what, res] of [
    ['token', token],
    ['source', source],
    ['rotation', rotated],
  ] as const) {
    expect(res.status, what).toBeLessThan(300);
    expect(res.json.secret, what).toBeTruthy();
    expect(res.headers.get('cache-control'), what).toBe('no-store');
    expect(vary(res.headers), what).toContain('authorization');
    expect(res.headers.get('access-control-allow-origin'), what).toBeNull();
  }
  // A browser's preflight for a write is granted nothing.
  const preflight = await fetch(`${base}/api/tokens`, {
    method: 'OPTIONS',
    headers: {
      origin: 'https://other-lab.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });
  await preflight.arrayBuffer();
  for (const name of preflight.headers.keys()) expect(name).not.toMatch(/^access-control-allow-/);
}
