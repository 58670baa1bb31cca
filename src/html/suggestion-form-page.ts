import { escapeHtml } from './escape';
import type { FormLike } from '../lib/tool-suggestion-form';

/** The form's fields by kind, with the labels the page gives them. */
const TEXT_FIELDS = {
  name: 'Name',
  summary: 'One-line summary',
  homepage: 'Homepage',
  docs: 'Documentation',
  suggestedBy: 'Your name and e-mail',
};
const TEXTAREAS = { accessSteps: 'How to get access', description: 'More about it' };
const CHECKBOX_GROUPS = { categories: 'Categories', experiments: 'Used by' };
const LABELS: Record<string, string> = { ...TEXT_FIELDS, ...TEXTAREAS, ...CHECKBOX_GROUPS };

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The published "Suggest a tool" page, answered to a browser without JavaScript whose post was
 * refused: what the visitor typed is put back into the form, each field's error is shown beside
 * it (as the page script does), and a summary with links to the fields sits above the form.
 * `errors` maps form fields (see `formFieldOf`) to messages. Replacements are functions so that
 * `$` in what people type is never read as a replacement pattern.
 */
export function fillSuggestionPage(
  shell: string,
  form: FormLike,
  errors: Map<string, string>,
  page: { title: string; summary: string },
): string {
  let html = shell;
  for (const field of Object.keys(TEXT_FIELDS)) {
    const value = escapeHtml(str(form.get(field)));
    html = html.replace(new RegExp(`<input\\b[^>]*\\bname="${field}"`), (tag) => `${tag} value="${value}"`);
  }
  for (const field of Object.keys(TEXTAREAS)) {
    const value = escapeHtml(str(form.get(field)));
    html = html.replace(
      new RegExp(`(<textarea\\b[^>]*\\bname="${field}"[^>]*>)[\\s\\S]*?(</textarea>)`),
      (_, open: string, close: string) => `${open}${value}${close}`,
    );
  }
  for (const group of Object.keys(CHECKBOX_GROUPS)) {
    for (const value of form.getAll(group).map(str)) {
      html = html.replace(
        new RegExp(`<input\\b[^>]*\\bname="${group}" value="${escapeRegExp(escapeHtml(value))}"`),
        (tag) => `${tag} checked`,
      );
    }
  }
  for (const [field, message] of errors) {
    const name = escapeRegExp(field);
    html = html.replace(
      new RegExp(`(<p\\b[^>]*\\bdata-error-for="${name}"[^>]*?)\\s+hidden(?:="")?>\\s*</p>`),
      (_, open: string) => `${open}>${escapeHtml(message)}</p>`,
    );
    if (!(field in CHECKBOX_GROUPS))
      html = html.replace(
        new RegExp(`<(?:input|textarea)\\b[^>]*\\bname="${name}"`),
        (tag) => `${tag} aria-invalid="true"`,
      );
  }
  const items = [...errors].map(([field, message]) => {
    const label = escapeHtml(LABELS[field] ?? field);
    return `<li>${field in CHECKBOX_GROUPS ? label : `<a href="#${escapeHtml(field)}">${label}</a>`}: ${escapeHtml(message)}</li>`;
  });
  const callout = `<p>${escapeHtml(page.summary)}</p>${items.length ? `<ul>${items.join('')}</ul>` : ''}`;
  return html
    .replace(
      /(<div\b[^>]*\bdata-suggest-error\b[^>]*?)\s+hidden(?:="")?>\s*<\/div>/,
      (_, open: string) => `${open}>${callout}</div>`,
    )
    .replace('<title>', () => `<title>${escapeHtml(page.title)} · `);
}
