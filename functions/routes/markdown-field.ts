import { z } from '@hono/zod-openapi';
import { checkMarkdown } from '../../src/lib/markdown-limits';

/**
 * A Markdown field: at most `maxChars` characters, and nested no deeper than pages can render
 * (a 400 naming the field otherwise), so one text cannot break the page that shows it.
 */
export function markdownText(maxChars: number) {
  return z
    .string()
    .max(maxChars)
    .superRefine((text, ctx) => {
      if (text.length > maxChars) return; // .max() reports it
      const problem = checkMarkdown(text, { maxChars });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}
