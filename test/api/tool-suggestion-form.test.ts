import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken, insertTestTool } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

let hub: TestHub;
let admin: string;

beforeEach(async () => {
  hub = await createTestHub({ config: { suggestionRateLimit: { limit: 3, windowSeconds: 3600 } } });
  admin = (await createTestToken(hub.db, ['admin'], 'it')).authorization;
});

describe('POST /api/tools/suggestions as a plain form (browsers without JavaScript)', () => {
  /** The parts of the published form page that the answer fills (same markup as the built page). */
  const SHELL = [
    '<title>Suggest a tool · HEP ML Hub</title>',
    '<div class="callout danger" role="alert" data-suggest-error hidden></div>',
    '<input id="name" name="name" type="text" required maxlength="120"> <p class="error" id="name-error" data-error-for="name" hidden></p>',
    '<input id="summary" name="summary" type="text" required> <p class="error" id="summary-error" data-error-for="summary" hidden></p>',
    '<label><input type="checkbox" name="categories" value="library"> Library</label><label><input type="checkbox" name="categories" value="community"> Community</label>',
    '<p class="error" id="categories-error" data-error-for="categories" hidden></p>',
    '<textarea id="accessSteps" name="accessSteps" required placeholder="Log in"></textarea> <p class="error" id="accessSteps-error" data-error-for="accessSteps" hidden></p>',
    '<input id="suggestedBy" name="suggestedBy" type="text" required> <p class="error" id="suggestedBy-error" data-error-for="suggestedBy" hidden></p>',
  ].join('\n');
  const form = (fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    return { raw: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  };
  const pendingCount = async () =>
    (await hub.call('GET', '/api/tools?status=pending', { headers: { authorization: admin } })).json.total;

  it('stores a valid post and redirects to the thank-you page', async () => {
    const res = await hub.call(
      'POST',
      '/api/tools/suggestions',
      form({
        name: 'Form Tool',
        summary: 'Posted without JS.',
        categories: 'community',
        accessSteps: 'Ask on the forum',
        suggestedBy: 'Ada',
      }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/tools/suggest/thanks/');
    expect(await pendingCount()).toBe(1);
  });

  it("answers an invalid post with the site's form page, filled in, each error beside its field, storing nothing", async () => {
    const pages: string[] = [];
    const withShell = await createTestHub({
      db: hub.db,
      hooks: { sitePage: async (path) => (pages.push(path), SHELL) },
    });
    const res = await withShell.call(
      'POST',
      '/api/tools/suggestions',
      form({
        name: 'Half <Done> $& Tool',
        summary: '',
        categories: 'library',
        accessSteps: 'Line one\n$ ssh host',
        suggestedBy: 'Ada',
      }),
    );
    expect(res.status).toBe(400);
    expect(pages).toEqual(['/tools/suggest/']);
    const html = res.json as string;
    expect(html).toContain('<title>Please fix your suggestion · Suggest a tool · HEP ML Hub</title>');
    // What was typed comes back, escaped, and `$&` stays literal.
    expect(html).toContain('name="name" value="Half &#60;Done&#62; $&#38; Tool"');
    expect(html).toContain('name="categories" value="library" checked');
    expect(html).not.toContain('value="community" checked');
    expect(html).toContain('>Line one\n$ ssh host</textarea>');
    // The error beside the field, the field marked invalid, and a summary linking to it.
    expect(html).toMatch(/<p class="error" id="summary-error" data-error-for="summary">[^<]+<\/p>/);
    expect(html).toContain('name="summary" aria-invalid="true"');
    expect(html).toMatch(
      /<div class="callout danger" role="alert" data-suggest-error><p>The suggestion was not sent: please fix the fields marked below.<\/p><ul><li><a href="#summary">One-line summary<\/a>: /,
    );
    expect(html).toMatch(/data-error-for="name" hidden>/);
    expect(await pendingCount()).toBe(0);
  });

  it('answers 400 for a form body that cannot be read, storing nothing', async () => {
    const res = await hub.call('POST', '/api/tools/suggestions', {
      raw: 'not multipart',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('malformed_request');
    expect(await pendingCount()).toBe(0);
  });

  it('answers a plain page listing the errors where the host has no published form', async () => {
    const res = await hub.call(
      'POST',
      '/api/tools/suggestions',
      form({ name: 'x', summary: 'S', accessSteps: '', suggestedBy: '' }),
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.json).toContain('<h1>Please fix your suggestion</h1>');
    expect(res.json).toMatch(/<li><strong>accessSteps<\/strong>: /);
    expect(await pendingCount()).toBe(0);
  });

  it('says why when the rate limit or a duplicate name refuses the post, keeping what was typed', async () => {
    await insertTestTool(hub.db, { slug: 'swan', name: 'SWAN' });
    const withShell = await createTestHub({
      db: hub.db,
      config: { suggestionRateLimit: { limit: 3, windowSeconds: 3600 } },
      hooks: { sitePage: async () => SHELL },
    });
    const valid = (name: string) =>
      form({ name, summary: 'S.', categories: 'community', accessSteps: 'Step', suggestedBy: 'Ada' });
    const duplicate = await withShell.call('POST', '/api/tools/suggestions', valid('SWAN'));
    expect(duplicate.status).toBe(409);
    expect(duplicate.json).toContain('<title>Suggestion not sent · ');
    expect(duplicate.json).toContain('name="name" value="SWAN"');
    for (let i = 0; i < 2; i++)
      expect((await withShell.call('POST', '/api/tools/suggestions', valid(`Limited ${i}`))).status).toBe(303);
    const limited = await withShell.call('POST', '/api/tools/suggestions', valid('Limited 3'));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.json).toMatch(/The suggestion was not sent: Too many requests: at most 3 per 3600 s/);
    expect(limited.json).toContain('name="name" value="Limited 3"');
    expect(await pendingCount()).toBe(2);
  });
});
