import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestToken } from '../factories';
import { createTestHub, type TestHub } from '../helpers/app';

/** Real Hugging Face cards; sources in test/fixtures/model-cards/README.md. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/model-cards/${name}.md`, import.meta.url), 'utf8');

let hub: TestHub;
let cms: string;

beforeEach(async () => {
  hub = await createTestHub();
  cms = (await createTestToken(hub.db, ['write'], 'cms')).authorization;
});

const post = (body: unknown) => hub.call('POST', '/api/models', { body, headers: { authorization: cms } });

describe('POST /api/models with Hugging Face cards as published', () => {
  it('names a Trainer card after model-index[0].name, not its empty heading, and keeps tags with "/"', async () => {
    const res = await post({ slug: 'xls-r-german', task: 'other', card: fixture('wav2vec2-xls-r-300m-german-de') });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      name: 'XLS-R-300M - German',
      license: 'apache-2.0',
      languages: ['de'],
      datasets: ['mozilla-foundation/common_voice_7_0'],
    });
    expect(res.json.tags).toContain('mozilla-foundation/common_voice_7_0');
    expect(res.json.summary).toMatch(/^This model is a fine-tuned version of facebook\/wav2vec2-xls-r-300m/);
  });

  it('names rebel-large "REBEL" from model-index, with its code examples left in the card', async () => {
    const res = await post({ slug: 'rebel-large', task: 'other', card: fixture('rebel-large') });
    expect(res.status).toBe(201);
    expect(res.json.name).toBe('REBEL');
    expect(res.json.card).toContain('# We need to use the tokenizer manually');
  });

  it('takes the first heading of bert-base-uncased as its name', async () => {
    const res = await post({ slug: 'bert-base-uncased', task: 'other', card: fixture('bert-base-uncased') });
    expect(res.status).toBe(201);
    expect(res.json.name).toBe('BERT base model (uncased)');
    expect(res.json.tags).toEqual(['exbert']);
  });

  it('never names a model after a comment in a code block: without a name it asks for one', async () => {
    const card = '---\nlicense: mit\n---\n```python\n# My model\nimport torch\n```\n\nTags jets.\n';
    const res = await post({ slug: 'code-first', task: 'other', card });
    expect(res.status).toBe(400);
    expect(res.json.error.details.issues).toContainEqual(expect.objectContaining({ path: 'name', code: 'missing' }));
    const named = await post({ slug: 'code-first', task: 'other', name: 'Code first', card });
    expect(named.status).toBe(201);
    expect(named.json.summary).toBe('Tags jets.');
  });

  it('accepts Hugging Face tag forms and 30 tags, normalised; refuses more than 100', async () => {
    const tags = [
      'license:mit',
      'dataset:foo/bar',
      'dataset_size:1K<n<10K',
      'base_model:finetune:meta-llama/Meta-Llama-3-8B-Instruct',
      'license:MIT',
      ...Array.from({ length: 26 }, (_, i) => `tag-${i}`),
    ];
    const card = (list: string[]) => `---\ntags:\n${list.map((t) => `- '${t}'`).join('\n')}\n---\n# Tagged\n\nText.`;
    const res = await post({ slug: 'many-tags', task: 'other', card: card(tags) });
    expect(res.status).toBe(201);
    expect(res.json.tags).toHaveLength(30);
    expect(res.json.tags.slice(0, 4)).toEqual(tags.slice(0, 4));

    const tooMany = await post({
      slug: 'too-many-tags',
      task: 'other',
      card: card(Array.from({ length: 101 }, (_, i) => `t${i}`)),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error.details.issues[0].path).toBe('card.tags');
  });
});
