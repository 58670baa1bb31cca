import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchmarkInput } from '../factories';
import { startEdgeHost, type EdgeHost } from '../helpers/edge-host';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The edge host for real: `npm run build:edge`'s output (prerendered files plus one worker with
 * the on-demand pages and the Hono API) under `wrangler pages dev`, on a local D1 database
 * migrated and seeded as the README tells operators to.
 */
describe('edge host (wrangler pages dev + local D1)', () => {
  let host: EdgeHost;
  let token = '';
  let base = '';
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  };
  const page = async (path: string) => {
    const res = await fetch(`${base}${path}`);
    return { status: res.status, headers: res.headers, html: await res.text() };
  };

  beforeAll(async () => {
    host = await startEdgeHost({
      prepare: async ({ dir, executeSql }) => {
        // The hub's seed data as SQL, then the first admin token, as an operator would (README).
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
            'edge admin',
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
    base = host.base;
  }, 300_000);

  afterAll(async () => {
    await host?.stop();
  });

  it('serves prerendered pages as files and data pages from D1, with validators', async () => {
    const docs = await page('/docs/api/');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    const tool = await page('/tools/swan/');
    expect(tool.status, host.output().slice(-2000)).toBe(200);
    expect(tool.html).toContain('<h1>SWAN</h1>');
    expect(tool.headers.get('cache-control')).toMatch(/max-age=5\b/);
    const etag = tool.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    const again = await fetch(`${base}/tools/swan/`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await page('/models/pid-dedx/')).status).toBe(200);
    expect((await page('/models/no-such-model/')).status).toBe(404);
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

  it('renders the cost page with its estimate on the server', async () => {
    const costs = await page('/costs/?datasetTb=20&gpu=A100-80GB&gpus=4&hours=36&jobs=50&egress=2');
    expect(costs.status).toBe(200);
    expect(costs.html).toContain('Google Cloud');
    expect(costs.html).toContain('25,213.74');
  });

  it('answers a refused no-JavaScript suggestion with the site form page, filled in', async () => {
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

  it('searches with typo tolerance on D1: the seeded anomaly model for "anomally", and a new model by its mistyped word', async () => {
    const seeded = await api('GET', '/api/search/suggest?q=anomally');
    expect(seeded.status, host.output().slice(-2000)).toBe(200);
    expect(seeded.json.alternatives).toEqual([{ word: 'anomally', terms: ['anomaly'] }]);
    expect(seeded.json.groups[0].items.map((i: { path: string }) => i.path)).toContain('/models/l1-anomaly-ae/');
    expect((await page('/search/?q=anomally')).html).toContain('L1-trigger anomaly-detection autoencoder');
    // The vocabulary and trigram triggers run on D1 too: a word first written now is found mistyped.
    const slug = `edge-quench-${Date.now().toString(36)}`;
    expect(
      (
        await api('POST', '/api/models', {
          slug,
          name: 'Magnet quench precursor classifier',
          summary: 'Flags quench precursors in the accelerator magnets.',
          task: 'anomaly-detection',
        })
      ).status,
    ).toBe(201);
    const typo = await api('GET', '/api/search?q=precursr');
    expect(typo.status).toBe(200);
    expect(typo.json.hits.map((h: { slug: string }) => h.slug)).toContain(slug);
    // Migration 0020's index terms (fts5vocab) on D1: "quench" is a whole term, "precursor" a
    // prefix of "precursors"; both are found.
    const words = await api('GET', '/api/search?q=quench%20precursor');
    expect(words.status, host.output().slice(-2000)).toBe(200);
    expect(words.json.hits.map((h: { slug: string }) => h.slug)).toContain(slug);
    // Filtered facets are counted disjunctively in the statistics statement, on D1 too.
    const filtered = await api('GET', '/api/search?q=quench&kind=model&task=anomaly-detection&group=it');
    expect(filtered.status, host.output().slice(-2000)).toBe(200);
    expect(filtered.json.hits.map((h: { slug: string }) => h.slug)).toContain(slug);
    expect(filtered.json.facets.task).toContainEqual(expect.objectContaining({ value: 'anomaly-detection', count: 1 }));
    expect(filtered.json.facets.group.map((g: { value: string }) => g.value)).toContain('it');
  });

  it('shows each write on its page on the very next request: a version, an approved suggestion, the production alias, a benchmark result', async () => {
    const model = `edge-model-${Date.now().toString(36)}`;
    expect(
      (
        await api('POST', '/api/models', {
          slug: model,
          name: 'Edge model',
          summary: 'Registered on D1.',
          task: 'jet-tagging',
        })
      ).status,
    ).toBe(201);
    expect((await page(`/models/${model}/v/1/`)).status).toBe(404);

    const v1 = await api('POST', `/api/models/${model}/versions`, {
      artifacts: [{ name: 'm.onnx', format: 'onnx', uri: 's3://b/m1.onnx' }],
    });
    expect(v1.status, JSON.stringify(v1.json)).toBe(201);
    const v2 = await api('POST', `/api/models/${model}/versions`, {
      artifacts: [{ name: 'm.onnx', format: 'onnx', uri: 's3://b/m2.onnx' }],
    });
    expect(v2.status).toBe(201);
    const versionPage = await page(`/models/${model}/v/2/`);
    expect(versionPage.status).toBe(200);
    expect(versionPage.html).toContain('s3://b/m2.onnx');
    expect((await page(`/models/${model}/`)).html).toContain(`href="/models/${model}/v/2/"`);

    const alias = await api('PUT', `/api/models/${model}/aliases/production`, { version: 1, reason: 'validated' });
    expect(alias.status, JSON.stringify(alias.json)).toBe(201);
    expect((await page(`/models/${model}/`)).html).toMatch(
      new RegExp(`In production</dt>\\s*<dd[^>]*>\\s*<a href="/models/${model}/v/1/"`),
    );

    const suggestion = await fetch(`${base}/api/tools/suggestions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: `Edge suggestion ${model}`,
        summary: 'Suggested on the edge.',
        categories: ['library'],
        accessSteps: [{ text: 'Ask.' }],
        suggestedBy: 'Edge test',
      }),
    });
    expect(suggestion.status).toBe(202);
    const slug = (await suggestion.json()).slug as string;
    expect((await page(`/tools/${slug}/`)).status).toBe(404);
    expect((await api('POST', `/api/tools/${slug}/approve`)).status).toBe(200);
    const approved = await page(`/tools/${slug}/`);
    expect(approved.status).toBe(200);
    expect(approved.html).toContain(`Edge suggestion ${model}`);

    const result = await api('POST', '/api/benchmarks', benchmarkInput(model, 1));
    expect(result.status, JSON.stringify(result.json)).toBe(201);
    const benchmarks = await page(`/models/${model}/v/1/benchmarks/`);
    expect(benchmarks.status).toBe(200);
    expect(benchmarks.html).toContain(result.json.id);
  });
});
