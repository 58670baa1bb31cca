import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedHub } from '../../db/seed';
import { migrateDatabase, openDatabase } from '../../server/database';
import { freePort, waitFor } from '../helpers/hub-server';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRANGLER = join(ROOT, 'node_modules/.bin/wrangler');

/**
 * The edge host for real: the built site served by `wrangler pages dev` with the Pages
 * Function in functions/ and a local D1 database migrated by `wrangler d1 migrations apply`.
 */
describe('edge host (wrangler pages dev + local D1)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-edge-'));
  const persist = join(dir, 'state');
  const site = join(dir, 'dist');
  let token = '';
  let base = '';
  let wrangler: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    // Build the real site from a seeded libSQL database, as `npm run build` does.
    const databaseUrl = `file:${join(dir, 'build.db')}`;
    const { client, db } = await openDatabase(databaseUrl);
    await migrateDatabase(db);
    await seedHub(db);
    client.close();
    await run(process.execPath, ['--import', 'tsx', 'server/build-site.ts', site], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });

    const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' };
    await run(WRANGLER, ['d1', 'migrations', 'apply', 'hep-ml-hub', '--local', '--persist-to', persist], {
      cwd: ROOT,
      env,
    });
    // Seed D1 the way an operator would (README): the hub's seed data as SQL, then the first admin token.
    const seedFile = join(dir, 'seed.sql');
    await run(process.execPath, ['cli/bin/hub.mjs', 'db', 'seed-sql', '--out', seedFile], { cwd: ROOT });
    await run(WRANGLER, ['d1', 'execute', 'hep-ml-hub', '--local', '--persist-to', persist, '--file', seedFile], {
      cwd: ROOT,
      env,
    });
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
        'edge admin',
        '--sql',
        tokenFile,
      ],
      { cwd: ROOT },
    );
    token = /^\s+(hub_\S+)$/m.exec(created.stdout)?.[1] ?? '';
    expect(token, created.stdout).not.toBe('');
    await run(WRANGLER, ['d1', 'execute', 'hep-ml-hub', '--local', '--persist-to', persist, '--file', tokenFile], {
      cwd: ROOT,
      env,
    });

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    wrangler = spawn(
      WRANGLER,
      ['pages', 'dev', site, '--port', String(port), '--ip', '127.0.0.1', '--persist-to', persist],
      {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    wrangler.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    wrangler.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await waitFor(
      async () => {
        const res = await fetch(`${base}/api/health`);
        if (!res.ok) throw new Error(`health ${res.status}: ${output.slice(-2000)}`);
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
  }, 240_000);

  afterAll(async () => {
    if (wrangler && wrangler.exitCode === null) {
      const exited = new Promise((resolve) => wrangler!.once('exit', resolve));
      wrangler.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the built static site', async () => {
    const res = await fetch(`${base}/tools/swan/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<h1>SWAN</h1>');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('GET /api/tools and /api/models answer from the seeded D1', async () => {
    const tools = await fetch(`${base}/api/tools?limit=5`);
    expect(tools.status).toBe(200);
    const body = await tools.json();
    expect(body.total).toBeGreaterThanOrEqual(15);
    expect(body.items).toHaveLength(5);
    const model = await (await fetch(`${base}/api/models/pid-dedx`)).json();
    expect(model.slug).toBe('pid-dedx');
  });

  it('serves the catalog pages and fills the cost page on the server', async () => {
    expect((await fetch(`${base}/models/pid-dedx/`)).status).toBe(200);
    const costs = await fetch(`${base}/costs/?datasetTb=20&gpu=A100-80GB&gpus=4&hours=36&jobs=50&egress=2`);
    expect(costs.status).toBe(200);
    const html = await costs.text();
    expect(html).toContain('Google Cloud');
    expect(html).toContain('25,213.74');
  });

  it('answers a refused no-JavaScript suggestion with the published form page, filled in', async () => {
    const res = await fetch(`${base}/api/tools/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        name: 'Edge form tool',
        summary: '',
        categories: 'library',
        accessSteps: 'Ask',
        suggestedBy: 'Edge test',
      }),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<title>Please fix your suggestion · Suggest a tool');
    expect(html).toContain('name="name" value="Edge form tool"');
    expect(html).toMatch(/data-error-for="summary">Required: this cannot be empty.<\/p>/);
  });

  it('an authenticated POST /api/tools writes to D1 and is readable and searchable', async () => {
    const body = {
      slug: 'edge-tool',
      name: 'Edge Tool',
      summary: 'Created on the edge host.',
      categories: ['library'],
      accessSteps: [{ text: 'Nothing to do.' }],
      tags: ['workerd'],
    };
    const denied = await fetch(`${base}/api/tools`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(denied.status).toBe(401);
    const created = await fetch(`${base}/api/tools`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    expect(created.status).toBe(201);
    const list = await (await fetch(`${base}/api/tools?q=edge`)).json();
    expect(list.items.map((t: { slug: string }) => t.slug)).toContain('edge-tool');
    const search = await (await fetch(`${base}/api/search?q=workerd`)).json();
    expect(search.hits.map((h: { slug: string }) => h.slug)).toEqual(['edge-tool']);
    const page = await (await fetch(`${base}/search/?q=workerd`)).text();
    expect(page).toContain('href="/tools/edge-tool/"');
  });
});
