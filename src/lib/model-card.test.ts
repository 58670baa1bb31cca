import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  firstHeading,
  firstParagraph,
  importCard,
  normaliseTags,
  normaliseTask,
  splitFrontMatter,
  withoutTitle,
} from './model-card';

/** Real Hugging Face cards; sources in test/fixtures/model-cards/README.md. */
const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/model-cards/${name}.md`, import.meta.url), 'utf8');

const CARD = `---
license: apache-2.0
tags:
  - b-tagging
  - gnn
pipeline_tag: jet tagging
datasets: [jetclass-run3]
language: en
library_name: PyTorch
model_name: GN2 flavour tagger
custom_key: kept
---
# GN2

A **graph network** that tags [b-jets](https://example.org) in ATLAS.

## Training
Details.
`;

describe('importCard', () => {
  it('reads the known front-matter keys into fields and keeps the rest as metadata', () => {
    const card = importCard(CARD);
    expect(card.issues).toEqual([]);
    expect(card.fields).toEqual({
      name: 'GN2 flavour tagger',
      license: 'apache-2.0',
      tags: ['b-tagging', 'gnn'],
      task: 'jet-tagging',
      datasets: ['jetclass-run3'],
      languages: ['en'],
      library: 'pytorch',
      summary: 'A graph network that tags b-jets in ATLAS.',
    });
    expect(card.sources.task).toBe('pipeline_tag');
    expect(card.metadata.custom_key).toBe('kept');
    expect(card.body.startsWith('# GN2')).toBe(true);
  });

  it('takes the name from the first heading when the front matter has none', () => {
    expect(importCard('# Muon ID BDT\n\nIdentifies muons.').fields).toMatchObject({
      name: 'Muon ID BDT',
      summary: 'Identifies muons.',
    });
  });

  it('uses license_name when the license is "other"', () => {
    expect(importCard('---\nlicense: other\nlicense_name: CERN-OHL-S-2.0\n---\nx').fields.license).toBe(
      'CERN-OHL-S-2.0',
    );
  });

  it('ignores a task the hub does not know instead of failing', () => {
    const card = importCard('---\npipeline_tag: image-classification\n---\nBody');
    expect(card.fields.task).toBeUndefined();
    expect(card.issues).toEqual([]);
  });

  it('reports YAML errors and wrong types with card paths', () => {
    expect(importCard('---\ntags: [unclosed\n---\nx').issues[0]?.path).toBe('card');
    expect(importCard('---\n- a list\n---\nx').issues[0]?.message).toMatch(/mapping/);
    expect(importCard('---\ntags:\n  - ok\n  - {a: 1}\n---\nx').issues).toEqual([
      { path: 'card.tags.1', message: 'Expected a string.' },
    ]);
  });

  it('treats a card without front matter as plain Markdown', () => {
    const card = importCard('Just text.');
    expect(card.metadata).toEqual({});
    expect(card.body).toBe('Just text.');
  });
});

describe('importCard with cards as people write them', () => {
  it('reads bert-base-uncased: the title heading, the first paragraph, its tags and datasets', () => {
    const card = importCard(fixture('bert-base-uncased'));
    expect(card.issues).toEqual([]);
    expect(card.fields).toMatchObject({
      name: 'BERT base model (uncased)',
      license: 'apache-2.0',
      tags: ['exbert'],
      datasets: ['bookcorpus', 'wikipedia'],
      languages: ['en'],
    });
    expect(card.fields.summary).toMatch(/^Pretrained model on English language using a masked language modeling/);
    expect(card.sources.name).toBe('# heading');
  });

  it('takes model-index[0].name over an empty "# " heading, and never the Trainer comment or the prose', () => {
    const card = importCard(fixture('wav2vec2-xls-r-300m-german-de'));
    expect(card.issues).toEqual([]);
    expect(card.fields.name).toBe('XLS-R-300M - German');
    expect(card.sources.name).toBe('model-index');
    expect(card.fields.tags).toEqual([
      'automatic-speech-recognition',
      'mozilla-foundation/common_voice_7_0',
      'generated_from_trainer',
      'robust-speech-event',
      'de',
    ]);
    expect(card.fields.summary).toMatch(/^This model is a fine-tuned version of facebook\/wav2vec2-xls-r-300m/);
  });

  it('takes model-index[0].name for rebel-large and skips the badges above its heading for the summary', () => {
    const card = importCard(fixture('rebel-large'));
    expect(card.fields.name).toBe('REBEL');
    expect(card.fields.license).toBe('cc-by-nc-sa-4.0');
    expect(card.fields.summary).toMatch(/^This is the model card for the Findings of EMNLP 2021 paper REBEL/);
  });

  it('prefers model_name to model-index, and model-index to the first heading', () => {
    const both = '---\nmodel_name: Given\nmodel-index:\n- name: Indexed\n---\n# Heading\n';
    expect(importCard(both).fields.name).toBe('Given');
    expect(importCard('---\nmodel-index:\n- name: Indexed\n---\n# Heading\n').fields.name).toBe('Indexed');
    expect(importCard('---\nmodel-index: []\n---\n# Heading\n').fields.name).toBe('Heading');
  });

  it('never takes a comment inside a code block as the title', () => {
    const card = importCard(
      '---\nlicense: mit\n---\n```python\n# My model\nimport torch\n```\n\n~~~~sh\n## install\n~~~~\n\nTags jets.\n',
    );
    expect(card.fields.name).toBeUndefined();
    expect(card.fields.summary).toBe('Tags jets.');
    expect(firstHeading('```\n# inside\n```\n\n## Outside\n')).toBe('Outside');
    // A fence closes only with the same character, at least as long: "```" inside "````" is content.
    expect(firstHeading('````md\n```\n# still code\n````\n# Title\n')).toBe('Title');
    expect(firstHeading('<!--\n# commented out\n-->\n# Title\n')).toBe('Title');
  });

  it('accepts Hugging Face tag forms and many tags, normalised', () => {
    const tags = [
      'license:mit',
      'dataset:foo/bar',
      'dataset_size:1K<n<10K',
      'loss:MatryoshkaLoss',
      '  sentence   similarity ',
      'License:MIT',
      ...Array.from({ length: 24 }, (_, i) => `tag-${i}`),
    ];
    const card = importCard(`---\ntags:\n${tags.map((t) => `- '${t}'`).join('\n')}\n---\nx`);
    expect(card.issues).toEqual([]);
    expect(card.fields.tags?.slice(0, 5)).toEqual([
      'license:mit',
      'dataset:foo/bar',
      'dataset_size:1K<n<10K',
      'loss:MatryoshkaLoss',
      'sentence similarity',
    ]);
    expect(card.fields.tags).toHaveLength(29);
    expect(normaliseTags(['a', 'A', ' ', 'b'])).toEqual(['a', 'b']);
  });
});

describe('card helpers', () => {
  it('splits front matter ended by --- or ... and keeps the body intact', () => {
    expect(splitFrontMatter('---\na: 1\n...\nbody')).toEqual({ yaml: 'a: 1', body: 'body' });
    expect(splitFrontMatter('no front matter\n---\n')).toEqual({ yaml: null, body: 'no front matter\n---\n' });
  });

  it('normalises task spellings', () => {
    expect(normaliseTask('Particle_Identification')).toBe('particle-identification');
    expect(normaliseTask('fast simulation')).toBe('fast-simulation');
    expect(normaliseTask('translation')).toBeUndefined();
  });

  it('cuts a long first paragraph at a word boundary', () => {
    const summary = firstParagraph(`${'word '.repeat(100)}end`, 40)!;
    expect(summary.length).toBeLessThanOrEqual(40);
    expect(summary.endsWith('word…')).toBe(true);
  });
});

describe('withoutTitle', () => {
  it('drops a first heading equal to the name and keeps any other', () => {
    expect(withoutTitle('# GN2\n\nText.', 'gn2')).toBe('Text.');
    expect(withoutTitle('# Another\n\nText.', 'GN2')).toBe('# Another\n\nText.');
    expect(withoutTitle('Text first.\n# GN2', 'GN2')).toBe('Text first.\n# GN2');
  });
});
