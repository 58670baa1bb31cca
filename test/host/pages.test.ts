import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createToken } from '../../db/queries/tokens';
import { models } from '../../db/schema';
import { openDatabase } from '../../server/database';
import { startHub, type RunningHub } from '../helpers/hub-server';

/**
 * The Node host serving pages as `npm start` does: data pages rendered on demand from the
 * database, cached until a write changes what they show, validated with ETags.
 */
describe('data pages on the Node host', () => {
  let hub: RunningHub;
  let token = '';
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${hub.url}${path}`, { headers });
    return { status: res.status, headers: res.headers, html: await res.text() };
  };
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${hub.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: await res.json() };
  };

  beforeAll(async () => {
    hub = await startHub();
    const { client, db } = await openDatabase(hub.databaseUrl);
    token = (await createToken(db, { name: 'host pages test', scopes: ['admin'], groupId: 'it' })).secret;
    client.close();
  }, 300_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it('answers a repeated request from the render cache and a matching If-None-Match with 304', async () => {
    const first = await get('/models/pid-dedx/');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag')!;
    // (Weak: fetch asks for gzip, and a compressed copy carries the weak form of the page's ETag.)
    expect(etag).toMatch(/^(W\/)?"[\w+/]+"$/);
    const second = await get('/models/pid-dedx/');
    expect(second.headers.get('x-render-cache')).toBe('hit');
    expect(second.html).toBe(first.html);
    const revalidated = await get('/models/pid-dedx/', { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.html).toBe('');
  });

  it('drops exactly the pages a write changes: a new version shows on the very next request, other pages stay cached', async () => {
    await get('/models/jet-btag/');
    await get('/datasets/');
    expect((await get('/models/jet-btag/')).headers.get('x-render-cache')).toBe('hit');

    const slug = `host-model-${Date.now().toString(36)}`;
    expect(
      (
        await api('POST', '/api/models', {
          slug,
          name: 'Host model',
          summary: 'Checks invalidation.',
          task: 'jet-tagging',
        })
      ).status,
    ).toBe(201);
    expect((await get(`/models/${slug}/v/1/`)).status).toBe(404);
    const created = await api('POST', `/api/models/${slug}/versions`, {
      artifacts: [{ name: 'm.onnx', format: 'onnx', uri: 's3://b/host-v1.onnx' }],
    });
    expect(created.status).toBe(201);

    const version = await get(`/models/${slug}/v/1/`);
    expect(version.status).toBe(200);
    expect(version.html).toContain('s3://b/host-v1.onnx');
    const model = await get(`/models/${slug}/`);
    expect(model.html).toContain(`href="/models/${slug}/v/1/"`);
    const list = await get('/models/');
    expect(list.headers.get('x-render-cache')).toBe('miss');
    expect((await get('/models/jet-btag/')).headers.get('x-render-cache')).toBe('hit');
    expect((await get('/datasets/')).headers.get('x-render-cache')).toBe('hit');
  });

  it('pages a model with many versions; page links work and pages that do not exist are 404', async () => {
    const slug = `many-versions-${Date.now().toString(36)}`;
    expect(
      (await api('POST', '/api/models', { slug, name: 'Many versions', summary: 'Paged.', task: 'jet-tagging' }))
        .status,
    ).toBe(201);
    for (let i = 0; i < 60; i++) expect((await api('POST', `/api/models/${slug}/versions`, {})).status).toBe(201);
    const first = await get(`/models/${slug}/`);
    expect(first.html).toContain(`href="/models/${slug}/v/60/"`);
    expect(first.html).not.toContain(`href="/models/${slug}/v/10/"`);
    expect(first.html).toContain(`href="/models/${slug}/?page=2"`);
    expect(first.html).toContain('1–50 of 60 versions');
    const second = await get(`/models/${slug}/?page=2`);
    expect(second.status).toBe(200);
    expect(second.html).toContain(`href="/models/${slug}/v/10/"`);
    for (const bad of ['3', '0', 'abc']) expect((await get(`/models/${slug}/?page=${bad}`)).status).toBe(404);
  });

  it('answers unknown records and paths with the site 404 page', async () => {
    for (const path of [
      '/models/no-such-model/',
      '/models/pid-dedx/v/999/',
      '/models/pid-dedx/v/abc/',
      '/datasets/nope/',
      '/models/task/nope/',
      '/no/such/page',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.html, path).toContain('<html');
    }
  });

  it('lists a directory whose link names a facet value that no longer exists, and says which filter it ignored', async () => {
    for (const [path, ignored] of [
      ['/models/?framework=cobol&format=onnx', 'framework=cobol'],
      ['/datasets/?format=punchcards', 'format=punchcards'],
      ['/tools/?category=teleportation&lifecycle=production', 'category=teleportation'],
      ['/hardware/?zone=moon', 'zone=moon'],
    ]) {
      const res = await get(path!);
      expect(res.status, path).toBe(200);
      expect(res.html, path).toMatch(new RegExp(`Ignored filter with no such value here: <code>${ignored}</code>`));
    }
    // The kept value still filters: ONNX models.
    const onnx = await get('/models/?framework=cobol&format=onnx');
    expect(onnx.html).toContain('Format: ONNX');
  });

  it('shows a model card that cannot be rendered as Markdown as plain text, on its own page only', async () => {
    const slug = `broken-card-${Date.now().toString(36)}`;
    expect(
      (await api('POST', '/api/models', { slug, name: 'Broken card', summary: 'Hostile card.', task: 'jet-tagging' }))
        .status,
    ).toBe(201);
    // Written around the API's limits, as rows from before the limits existed could be.
    const { client, db } = await openDatabase(hub.databaseUrl);
    await db
      .update(models)
      .set({ cardMd: `${'>'.repeat(2500)} deep <script>alert(1)</script>` })
      .where(eq(models.slug, slug));
    client.close();
    const page = await get(`/models/${slug}/`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('markdown-fallback');
    expect(page.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect((await get('/models/')).status).toBe(200);
  });

  it('serves hashed assets as immutable and prerendered pages as files', async () => {
    const docs = await get('/docs/api/');
    expect(docs.status).toBe(200);
    const asset = /(?:href|src)="(\/_astro\/[^"]+)"/.exec(docs.html)?.[1];
    expect(asset).toBeDefined();
    const res = await fetch(`${hub.url}${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });
});
