import { z } from '@hono/zod-openapi';
import { checkMarkdown } from '../../src/lib/markdown-limits';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A field that pages render as Markdown (cards, release notes, descriptions). It is refused when
 * written if it is too long or nests too deeply to render, so that everything stored renders
 * formatted: the answer is 400 with the field's path and what to change.
 */
export const markdownField = (maxChars: number) =>
  z
    .string()
    .max(maxChars, {
      error: (issue) => `Too long: at most ${count(maxChars)} characters (got ${count(String(issue.input).length)}).`,
    })
    .superRefine((text, ctx) => {
      // Too long is reported by `max` already; the depth scan would only cost time.
      if (text.length > maxChars) return;
      const problem = checkMarkdown(text, { maxChars });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
