import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEveryOperation, checkSecretAnswers } from '../helpers/api-header-checks';
import { startEdgeHost, type EdgeHost } from '../helpers/edge-host';
import { expectNoInlineCode, expectSecurityHeaders, expectSecurityTxt } from '../helpers/security-headers-checks';
import { ROUTE_EXAMPLES, sitemapPaths } from '../helpers/site-routes';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The edge host's headers (wrangler pages dev, local D1): prerendered files get them from
 * public/_headers, the worker's pages and API answers from src/middleware.ts and the Hono app.
 */
describe('security headers on the edge host', () => {
  let host: EdgeHost;
  let token = '';

  beforeAll(async () => {
    host = await startEdgeHost({
      bindings: ['HUB_SECRET_KEY=edge-test-server-key-0123456789abcdefghij'],
      prepare: async ({ dir, executeSql }) => {
        const seedFile = join(dir, 'seed.sql');
        await run(process.execPath, ['cli/bin/hub.mjs', 'db', 'seed-sql', '--out', seedFile], { cwd: ROOT });
        await executeSql(seedFile);
        const tokenFile = join(dir, 'token.sql');
        const created = await run(
          process.execPath,
          [
            'cli/bin/hub.mjs',
            'token',
            'create',
            '--scope',
            'admin',
            '--group',
            'it',
            '--name',
            'edge headers',
            '--sql',
            tokenFile,
          ],
          { cwd: ROOT },
        );
        token = /^\s+(hub_\S+)$/m.exec(created.stdout)?.[1] ?? '';
        expect(token, created.stdout).not.toBe('');
        await executeSql(tokenFile);
      },
    });
  }, 300_000);

  afterAll(async () => {
    await host?.stop();
  });

  it('sends the security headers with every route, sitemap page and static file, whose HTML has no inline code', async () => {
    const paths = [
      ...new Set([
        ...Object.values(ROUTE_EXAMPLES),
        ...(await sitemapPaths(host.base)),
        '/favicon.svg',
        '/theme-init.js',
      ]),
    ];
    for (const path of paths) {
      const res = await fetch(`${host.base}${path}`, { redirect: 'manual' });
      const body = await res.text();
      expect(res.status, `${path}\n${host.output().slice(-1500)}`).toBeLessThan(500);
      expectSecurityHeaders(path, res.headers);
      if ((res.headers.get('content-type') ?? '').startsWith('text/html')) expectNoInlineCode(path, body);
    }
  }, 180_000);

  it('sends Vary, no-store and CORS headers as each API operation needs', async () => {
    await checkEveryOperation(host.base);
  }, 180_000);

  it('never lets a cache keep a secret', async () => {
    await checkSecretAnswers(host.base, token);
  });

  it('serves security.txt (RFC 9116) and the policy it names', async () => {
    const res = await fetch(`${host.base}/.well-known/security.txt`);
    const text = await res.text();
    expectSecurityTxt(text, new URL(/^Canonical: (\S+)$/m.exec(text)![1]!).origin);
    const policy = await fetch(`${host.base}/security.md`);
    expect(policy.status).toBe(200);
    expect(await policy.text()).toContain('## Reporting a problem');
  });
});
