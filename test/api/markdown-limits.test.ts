import { beforeAll, describe, expect, it } from 'vitest';
import { createTestToken, modelInput, modelVersionInput } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';
import { addModel, createLifecycleHub, job, sourceFor } from '../helpers/lifecycle';

/** The three texts that used to overflow the Markdown renderer's stack and take publishing down. */
const HOSTILE = {
  '2,500 nested blockquotes': `${'>'.repeat(2500)} deep`,
  '1,000 nested list levels': `${'- '.repeat(1000)}x`,
  '5,000 nested emphasis': `${'*'.repeat(5000)}x${'*'.repeat(5000)}`,
};

let hub: TestHub;
let auth: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  hub = await createTestHub();
  auth = { authorization: (await createTestToken(hub.db, ['write'], 'cms')).authorization };
  admin = { authorization: (await createTestToken(hub.db, ['admin'], 'it')).authorization };
});

const fieldOf = (json: { error: { code: string; details: { issues: { path: string; message: string }[] } } }) => {
  expect(json.error.code).toBe('validation_failed');
  return json.error.details.issues.map((i) => [i.path, i.message]);
};

describe('Markdown limits at write time', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`refuses ${name} in a model card (create and change) with 400 naming the field, and stores nothing`, async () => {
      const input = modelInput({ card: text });
      const created = await hub.call('POST', '/api/models', { body: input, headers: auth });
      expect(created.status).toBe(400);
      expect(fieldOf(created.json)).toEqual([['card', expect.stringMatching(/^Nested too deeply/)]]);
      expect((await hub.call('GET', `/api/models/${input.slug}`)).status).toBe(404);

      const model = modelInput({ card: '# Fine\n\nA **good** card.' });
      expect((await hub.call('POST', '/api/models', { body: model, headers: auth })).status).toBe(201);
      const changed = await hub.call('PATCH', `/api/models/${model.slug}`, { body: { card: text }, headers: auth });
      expect(changed.status).toBe(400);
      expect(fieldOf(changed.json)[0]![0]).toBe('card');
      expect((await hub.call('GET', `/api/models/${model.slug}`)).json.card).toContain('A **good** card.');
    });

    it(`refuses ${name} in a tool suggestion's description`, async () => {
      const pending = () => hub.call('GET', '/api/tools?status=pending', { headers: admin });
      const before = await pending();
      expect(before.status).toBe(200);
      const res = await hub.call('POST', '/api/tools/suggestions', {
        body: {
          name: `Hostile ${name}`,
          summary: 'A suggestion.',
          categories: ['library'],
          accessSteps: [{ text: 'Ask.' }],
          suggestedBy: 'Test',
          description: text,
        },
        headers: { 'x-test-client': `md-${name}` },
      });
      expect(res.status).toBe(400);
      expect(fieldOf(res.json)[0]![0]).toBe('description');
      expect((await pending()).json).toEqual(before.json);
    });

    it(`refuses ${name} in a version's release notes`, async () => {
      const model = modelInput();
      expect((await hub.call('POST', '/api/models', { body: model, headers: auth })).status).toBe(201);
      const res = await hub.call('POST', `/api/models/${model.slug}/versions`, {
        body: modelVersionInput({ description: text }),
        headers: auth,
      });
      expect(res.status).toBe(400);
      expect(fieldOf(res.json)[0]![0]).toBe('description');
      expect((await hub.call('GET', `/api/models/${model.slug}/versions`)).json.total).toBe(0);
    });
  }

  it('checks the card body apart from its front matter, which could hide it', async () => {
    // Read as one text, the YAML key `~~~` opens a fence that hides the body after it.
    const input = modelInput({ card: `---\nlicense: mit\n~~~: x\n---\n${HOSTILE['2,500 nested blockquotes']}` });
    const res = await hub.call('POST', '/api/models', { body: input, headers: auth });
    expect(res.status).toBe(400);
    expect(fieldOf(res.json)).toEqual([['card', expect.stringMatching(/^Nested too deeply/)]]);
    expect((await hub.call('GET', `/api/models/${input.slug}`)).status).toBe(404);
  });

  it('refuses a version registered by a CI webhook with hostile release notes (422), registering nothing', async () => {
    const ci = await createLifecycleHub();
    const model = await addModel(ci.db, 'cms');
    const source = await sourceFor(ci, 'cms');
    const res = await ci.deliver(source, {
      type: 'job.succeeded@1',
      data: { job: job(model.slug), version: modelVersionInput({ description: HOSTILE['5,000 nested emphasis'] }) },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.details.reason).toBe('invalid_payload');
    expect(res.json.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['data.version.description']);
    const versions = await ci.call('GET', `/api/models/${model.slug}/versions`, {
      headers: { authorization: ci.admin },
    });
    expect(versions.json.total).toBe(0);
  });

  it('accepts a rich card: headings, tables, code, nested lists and emphasis', async () => {
    const card = [
      '# Tagger',
      '',
      '| metric | value |',
      '| --- | --- |',
      '| AUC | 0.97 |',
      '',
      '```python',
      '>>>>>>>> not a quote',
      '```',
      '',
      '- one',
      '  - two',
      '    - three',
      '      - four',
      '        - five',
      '',
      '***bold italic*** and **bold** and *it* and ~~gone~~; > quote',
      '',
      '> > a quote of a quote',
      '',
      '* * *',
    ].join('\n');
    const res = await hub.call('POST', '/api/models', { body: modelInput({ card }), headers: auth });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
  });
});
