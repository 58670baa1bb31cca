import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { checkMarkdown, markdownDepth, MARKDOWN_LIMITS, measureNesting } from './markdown-limits';

const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');

const HOSTILE = {
  'nested blockquotes': '>'.repeat(2500) + ' x',
  'list nested by indentation': nestedList(1000),
  'list nested by repeated markers': '- '.repeat(1000) + 'x',
  'ordered list markers': '1. '.repeat(1000) + 'x',
  'star list markers': '* '.repeat(1000) + 'x',
  'nested emphasis': '*'.repeat(5000) + 'x' + '*'.repeat(5000),
  'nested underscores': '_'.repeat(5000) + 'x' + '_'.repeat(5000),
  'opening-delimiter words': '*a '.repeat(5000),
  'opening words closed later': '*a '.repeat(3000) + 'b* '.repeat(3000),
  'nested links': '['.repeat(5000) + 'x' + '](u)'.repeat(5000),
  'nested images': '!['.repeat(5000) + 'x' + '](u)'.repeat(5000),
  'blockquotes in a footnote': '[^a]\n\n[^a]: ' + '> '.repeat(2000) + 'x',
};

const CARD = `---
license: apache-2.0
tags: [b-tagging, gnn]
---
# GN2 flavour tagger

A **transformer** that tags *b*-jets from tracks; ***very*** fast, ~3 ms per event.

## Performance

| Working point | Light rejection | Notes |
|:--|--:|---|
| 70% | 250 | **nominal** |
| 77% | ~90 | \`pT > 20 GeV\`, \`|eta| < 2.5\` |

***

* * *

---

> Quoted from the paper.
>> And a quote of a quote.

1. Install
   - with pip
     - in a venv
       - on lxplus
         - with \`pip install gn2[onnx]\`

\`\`\`python
model(**inputs)  # ${'>'.repeat(60)} ${'*'.repeat(60)}
\`\`\`

~~~
${'> '.repeat(60)}
~~~

    indented ${'*'.repeat(80)} code
    ${'- '.repeat(60)}

See [the paper](https://arxiv.org/abs/2505.19689 "GN2") and <https://ftag.docs.cern.ch>.
`;

describe('checkMarkdown', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`refuses ${name}`, () => {
      expect(checkMarkdown(text, { maxChars: 2_000_000 })).toMatch(
        /^Nested too deeply: .* at most 32 levels \(found [\d,]+\)\.$/,
      );
    });
  }

  it('names the depth it found', () => {
    expect(checkMarkdown('>'.repeat(2500) + ' x')).toBe(
      'Nested too deeply: blockquotes, lists or emphasis may nest at most 32 levels (found 2,500).',
    );
  });

  it('accepts a rich model card', () => {
    expect(checkMarkdown(CARD)).toBeNull();
    expect(markdownDepth(CARD)).toBeLessThanOrEqual(6);
  });

  it('accepts normal lists, emphasis and rules', () => {
    for (const text of [
      nestedList(5),
      '**bold**',
      '***x***',
      '***',
      '* * *',
      '---',
      '- - -',
      '>> quote',
      '__init__.py and snake_case_name',
    ]) {
      expect(checkMarkdown(text), text).toBeNull();
    }
  });

  it('allows exactly the depth limit', () => {
    expect(checkMarkdown('>'.repeat(32) + ' x')).toBeNull();
    expect(checkMarkdown('>'.repeat(33) + ' x')).toMatch(/found 33/);
    expect(checkMarkdown(nestedList(33))).toMatch(/found 33/);
    expect(checkMarkdown('>'.repeat(33) + ' x', { maxDepth: 40 })).toBeNull();
  });

  it('limits the size, in characters', () => {
    expect(MARKDOWN_LIMITS.maxChars).toBe(65_536);
    expect(checkMarkdown('a'.repeat(65_536))).toBeNull();
    expect(checkMarkdown('a'.repeat(70_000))).toBe('Too long: at most 65,536 characters (got 70,000).');
    expect(checkMarkdown('a'.repeat(70_000), { maxChars: 200_000 })).toBeNull();
  });

  it('skips code fences, but not a fence the parser would not see', () => {
    const deep = '>'.repeat(100) + ' x';
    expect(checkMarkdown('```\n' + deep + '\n```')).toBeNull();
    expect(checkMarkdown('~~~\n' + deep)).toBeNull();
    // Inside an HTML block, or indented past a paragraph, ``` is text: what follows is Markdown.
    expect(checkMarkdown('<div>\n```\n\n' + deep)).not.toBeNull();
    expect(checkMarkdown('text\n    ```\n' + deep)).not.toBeNull();
    // A fence in a quote ends with the quote.
    expect(checkMarkdown('> ```\n' + deep)).not.toBeNull();
  });

  it('does not let code spans, tags or links close emphasis the parser keeps open', () => {
    const opened = '*a '.repeat(20);
    const closed = 'b* '.repeat(40);
    for (const middle of [
      '`x*` '.repeat(20),
      '<b c="x*y"> '.repeat(20),
      '[l](u "t*") '.repeat(20),
      'www.x.org/a*b '.repeat(20),
    ]) {
      expect(markdownDepth(opened + middle + opened + closed), middle).toBeGreaterThanOrEqual(40);
    }
  });
});

/** The parser's own nesting: containers around a line, and inline nodes inside a paragraph. */
function parsedNesting(text: string) {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
  const blocks = new Set(['blockquote', 'listItem', 'footnoteDefinition']);
  const inline = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);
  const out = { blocks: 0, inline: 0 };
  const todo: [{ type: string; children?: unknown[] }, number, number][] = [[tree, 0, 0]];
  for (let next = todo.pop(); next; next = todo.pop()) {
    const [node, b, i] = next;
    const depth = [b + (blocks.has(node.type) ? 1 : 0), i + (inline.has(node.type) ? 1 : 0)] as const;
    out.blocks = Math.max(out.blocks, depth[0]);
    out.inline = Math.max(out.inline, depth[1]);
    for (const child of (node.children ?? []) as (typeof node)[]) todo.push([child, ...depth]);
  }
  return out;
}

describe('measureNesting', () => {
  it('is never below what the parser builds, on generated texts', () => {
    const pieces = [
      '*',
      '**',
      '_',
      '~',
      '~~',
      '[',
      ']',
      '](u)',
      '![',
      '`',
      '<a b="',
      '"',
      '>',
      '> ',
      '- ',
      '1. ',
      '2. ',
      '  ',
      '    ',
      '\n',
      '\n\n',
      'a',
      ' ',
      '|',
      '|-|',
      '```',
      'www.x.y/',
      '\\',
      '#',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 800; n++) {
      const unit = Array.from(
        { length: 1 + Math.floor(random() * 8) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join('');
      const text = n % 2 ? unit.repeat(12) : unit;
      const measured = measureNesting(text);
      const parsed = parsedNesting(text);
      expect(measured.blocks, JSON.stringify(text)).toBeGreaterThanOrEqual(parsed.blocks);
      expect(measured.inline, JSON.stringify(text)).toBeGreaterThanOrEqual(parsed.inline);
    }
  }, 30_000);
});
