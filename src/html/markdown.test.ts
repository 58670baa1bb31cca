import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders GitHub-flavoured Markdown', () => {
    const html = renderMarkdown('# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<table>');
    expect(html).toContain('type="checkbox"');
  });

  it('drops raw HTML and script injection', () => {
    const html = renderMarkdown('hello <script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
  });

  it('removes javascript: links', () => {
    const html = renderMarkdown('[click](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('click');
  });
});

describe('renderMarkdown on hostile text', () => {
  const hostile = {
    'nested blockquotes': '>'.repeat(2500) + ' x',
    'nested lists': Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- x`)
      .join('\n')
      .slice(0, 60_000),
    'repeated list markers': '- '.repeat(1000) + 'x',
    'nested emphasis': '*'.repeat(5000) + 'x' + '*'.repeat(5000),
    'opening-delimiter words': '*a '.repeat(5000),
  };
  for (const [name, text] of Object.entries(hostile)) {
    it(`shows ${name} as escaped plain text instead of throwing`, () => {
      const html = renderMarkdown(text);
      expect(html).toMatch(
        /^<p class="muted small">This text could not be shown as formatted Markdown \(Nested too deeply: .*\); it is shown as plain text\.<\/p>/,
      );
      expect(html).toContain('<pre class="markdown-fallback" tabindex="0">');
      expect(html).not.toContain('<blockquote>');
      expect(html).not.toContain('<em>');
    });
  }

  it('escapes the text it falls back to', () => {
    const html = renderMarkdown('>'.repeat(100) + ' <script>alert("x")</script> & \'q\'');
    expect(html).not.toContain('<script');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;q&#39;');
  });

  it('falls back to plain text over the size limit', () => {
    expect(renderMarkdown('a'.repeat(10), { maxChars: 5, maxDepth: 32 })).toContain(
      'Too long: at most 5 characters (got 10)',
    );
    expect(renderMarkdown('a'.repeat(100_000))).toBe(`<p>${'a'.repeat(100_000)}</p>`);
  });

  it('falls back to plain text when the pipeline itself fails', () => {
    // With the checks turned off the pipeline overflows its stack; that must not escape either.
    const html = renderMarkdown('>'.repeat(2500) + ' x', { maxChars: Infinity, maxDepth: Infinity });
    expect(html).toContain('(it is nested too deeply)');
    expect(html).toContain('<pre class="markdown-fallback"');
  }, 20_000);
});
