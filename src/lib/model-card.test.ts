import { describe, expect, it } from 'vitest';
import { firstParagraph, importCard, normaliseTask, splitFrontMatter, withoutTitle } from './model-card';

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
