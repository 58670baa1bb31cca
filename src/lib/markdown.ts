import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

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

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
