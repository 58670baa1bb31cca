import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../db/queries/tokens';
import { openDatabase } from '../../server/database';
import { checkEveryOperation, checkSecretAnswers } from '../helpers/api-header-checks';
import { startHub, type RunningHub } from '../helpers/hub-server';
import { expectNoInlineCode, expectSecurityHeaders, expectSecurityTxt } from '../helpers/security-headers-checks';
import { ROUTE_EXAMPLES, routeFiles, sitemapPaths } from '../helpers/site-routes';

/** The Node host's headers on every page (one of each route, and every sitemap URL) and API operation. */
describe('security headers on the Node host', () => {
  let hub: RunningHub;
  let adminToken = '';

  beforeAll(async () => {
    hub = await startHub();
    const { client, db } = await openDatabase(hub.databaseUrl);
    adminToken = (await createToken(db, { name: 'headers test', scopes: ['admin'], groupId: 'it' })).secret;
    client.close();
  }, 300_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it('has an example for every route under src/pages', () => {
    expect(Object.keys(ROUTE_EXAMPLES).sort()).toEqual(routeFiles());
  });

  it('sends the security headers with every route and sitemap page, whose HTML has no inline code', async () => {
    const paths = [...new Set([...Object.values(ROUTE_EXAMPLES), ...(await sitemapPaths(hub.url))])];
    expect(paths.length).toBeGreaterThan(Object.keys(ROUTE_EXAMPLES).length);
    for (const path of paths) {
      const res = await fetch(`${hub.url}${path}`, { redirect: 'manual' });
      const body = await res.text();
      expect(res.status, path).toBeLessThan(500);
      expectSecurityHeaders(path, res.headers);
      if ((res.headers.get('content-type') ?? '').startsWith('text/html')) expectNoInlineCode(path, body);
    }
  }, 120_000);

  it('sends the security headers with static files too', async () => {
    for (const path of ['/favicon.svg', '/theme-init.js']) {
      const res = await fetch(`${hub.url}${path}`);
      await res.arrayBuffer();
      expect(res.status, path).toBe(200);
      expectSecurityHeaders(path, res.headers);
    }
  });

  it('sends Vary, no-store and CORS headers as each API operation needs', async () => {
    await checkEveryOperation(hub.url);
  }, 120_000);

  it('never lets a cache keep a secret', async () => {
    await checkSecretAnswers(hub.url, adminToken);
  });

  it('serves security.txt (RFC 9116) and the policy it names', async () => {
    const res = await fetch(`${hub.url}/.well-known/security.txt`);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expectSecurityTxt(await res.text(), new URL(hub.url).origin);
    const policy = await fetch(`${hub.url}/security.md`);
    expect(policy.status).toBe(200);
    expect(policy.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await policy.text()).toContain('## Reporting a problem');
  });
});
