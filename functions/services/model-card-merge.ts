import type { z } from '@hono/zod-openapi';
import { checkMarkdown } from '../../src/lib/markdown-limits';
import { CARD_KEYS, importCard, type CardFields } from '../../src/lib/model-card';
import { ApiError, type FieldIssue } from '../errors';
import { CARD_MAX_CHARS, ModelFieldsSchema } from '../contract/models/schema';

export type ModelFields = z.infer<typeof ModelFieldsSchema>;
type FieldName = keyof ModelFields;

export interface MergedModel {
  fields: ModelFields;
  /** Present when a card was sent: its body and front matter, to store. */
  card?: { body: string; metadata: Record<string, unknown> };
}

const CARD_FIELD: Partial<Record<keyof CardFields, FieldName>> = {
  name: 'name',
  summary: 'summary',
  task: 'task',
  license: 'license',
  tags: 'tags',
  datasets: 'datasets',
  languages: 'languages',
  library: 'library',
};

const HOW_TO_GIVE: Partial<Record<FieldName, string>> = {
  name: 'Send "name", or a card with `model_name` or a first heading.',
  summary: 'Send "summary", or a card whose body starts with a paragraph.',
  task: 'Send "task", or a card whose `pipeline_tag`/`task` names a hub task.',
};

/**
 * Builds a model's fields from, in order of precedence: the fields sent, the card's front
 * matter and first heading/paragraph, and `base` (defaults on create, the stored model on
 * patch). Validation errors point at where the bad value came from (`name` or `card.tags`).
 */
export function mergeModelFields(
  explicit: Partial<Record<FieldName, unknown>>,
  cardMarkdown: string | undefined,
  base: Partial<ModelFields>,
): MergedModel {
  const candidate: Record<string, unknown> = { ...base };
  const origin = new Map<string, string>();
  let card: MergedModel['card'];
  if (cardMarkdown !== undefined) {
    const imported = importCard(cardMarkdown);
    if (imported.issues.length > 0) {
      throw invalid(
        imported.issues.map((i) => ({ in: 'body', path: i.path, message: i.message, code: 'invalid_card' })),
      );
    }
    // The body is what pages render. Checked apart from the whole card: front matter can hide
    // it from a scan of the card (an unclosed ``` in the YAML reads as a fence to the end).
    const problem = checkMarkdown(imported.body, { maxChars: CARD_MAX_CHARS });
    if (problem) throw invalid([{ in: 'body', path: 'card', message: problem, code: 'custom' }]);
    card = { body: imported.body, metadata: imported.metadata };
    for (const [key, value] of Object.entries(imported.fields) as [keyof CardFields, unknown][]) {
      const field = CARD_FIELD[key];
      // A card never replaces a stored summary or name with a guess from its prose.
      if (
        !field ||
        ((key === 'summary' || (key === 'name' && imported.sources.name === '# heading')) && base[field] !== undefined)
      )
        continue;
      candidate[field] = value;
      const source = imported.sources[key];
      origin.set(field, source && source in CARD_KEYS ? `card.${source}` : 'card');
    }
  }
  for (const [field, value] of Object.entries(explicit)) {
    if (value === undefined) continue;
    candidate[field] = value;
    origin.set(field, field);
  }
  const result = ModelFieldsSchema.safeParse(candidate);
  if (!result.success) {
    throw invalid(
      result.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? '');
        const from = origin.get(field);
        const rest = issue.path.slice(1).map(String);
        const missing = from === undefined && candidate[field] === undefined;
        return {
          in: 'body',
          path: [
            from ?? field,
            ...(from?.startsWith('card') && from !== 'card' ? rest : from === 'card' ? [] : rest),
          ].join('.'),
          message: missing ? `Required. ${HOW_TO_GIVE[field as FieldName] ?? ''}`.trim() : issue.message,
          code: missing ? 'missing' : issue.code,
        };
      }),
    );
  }
  return card ? { fields: result.data, card } : { fields: result.data };
}

function invalid(issues: FieldIssue[]): ApiError {
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new ApiError(400, 'validation_failed', `Invalid body field "${first.path}": ${first.message}${more}`, {
    issues,
  });
}
