import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { checkMarkdown, MARKDOWN_LIMITS, type MarkdownLimits } from '../lib/markdown-limits';
import { escapeHtml } from './escape';

/**
 * Markdown from users (tool descriptions, model cards) rendered to HTML that is safe to
 * inline: GitHub-flavoured Markdown, raw HTML dropped, then sanitised with GitHub's schema.
 */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, {
    ...defaultSchema,
    // Headings inside a page start at h3 visually; ids stay prefixed to avoid clobbering.
    clobberPrefix: 'md-',
  })
  .use(rehypeStringify);

/**
 * What the renderer accepts: as deep as the write-time checks, and as long as the longest field
 * (model cards), so that anything the API stored renders formatted.
 */
export const RENDER_LIMITS: MarkdownLimits = { maxChars: 200_000, maxDepth: MARKDOWN_LIMITS.maxDepth };

/** The text as it was written, for when it cannot be formatted: a page must render regardless. */
function plainText(markdown: string, reason: string): string {
  return (
    `<p class="muted small">This text could not be shown as formatted Markdown (${escapeHtml(reason)}); it is shown as plain text.</p>` +
    `<pre class="markdown-fallback" tabindex="0">${escapeHtml(markdown)}</pre>`
  );
}

/** Never throws: text over the limits, or that the pipeline fails on, comes back as plain text. */
export function renderMarkdown(markdown: string, limits: MarkdownLimits = RENDER_LIMITS): string {
  const problem = checkMarkdown(markdown, limits);
  if (problem) return plainText(markdown, problem.replace(/\.$/, ''));
  try {
    return String(processor.processSync(markdown));
  } catch (error) {
    // Texts stored before the limits existed may still hit a limit of the pipeline itself.
    const reason = error instanceof RangeError ? 'it is nested too deeply' : 'it could not be processed';
    return plainText(markdown, reason);
  }
}
