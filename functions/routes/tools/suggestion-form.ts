import type { Context, Next } from 'hono';
import { html } from 'hono/html';
import { fillSuggestionPage } from '../../../src/html/suggestion-form-page';
import { formFieldOf } from '../../../src/lib/tool-suggestion-form';
import type { AppEnv } from '../../env';
import { ApiError } from '../../errors';
import { rateLimit } from '../../middleware/rate-limit';
import { suggestToolFromForm } from '../../services/tools';

const limit = rateLimit('tool-suggestions', (config) => config.suggestionRateLimit);
const FORM_PAGE = '/tools/suggest/';

/** Where the host has no published form page to fill: a plain page with the same content. */
const plainPage = (title: string, message: string, errors: Map<string, string>) =>
  html`<!doctype html>
    <html lang="en">
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${title} · HEP ML Hub</title>
      <body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
        <h1>${title}</h1>
        <p>${message}</p>
        <ul>
          ${[...errors].map(([field, why]) => html`<li><strong>${field}</strong>: ${why}</li>`)}
        </ul>
        <p><a href="${FORM_PAGE}">Back to the form</a> (use your browser's back button to keep what you typed).</p>
      </body>
    </html>`;

/**
 * The suggestion form posted without JavaScript (form-encoded): same validation, limits and
 * storage as the JSON API, answered with a redirect to a thank-you page, or with the form page
 * again, filled in with what was typed and each field's error beside it.
 */
export async function suggestionFormHandler(c: Context<AppEnv>, next: Next) {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return next();
  const form = await c.req.formData().catch(() => {
    throw new ApiError(400, 'malformed_request', 'The form body could not be read: send it as the page does.');
  });
  try {
    await limit(c, async () => {
      await suggestToolFromForm(c.var, form);
    });
    return c.redirect('/tools/suggest/thanks/', 303);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const errors = new Map<string, string>();
    const issues = (error.details as { issues?: { path: string; message: string }[] } | undefined)?.issues ?? [];
    for (const issue of issues) {
      const field = formFieldOf(issue.path);
      if (!errors.has(field)) errors.set(field, issue.message);
    }
    for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
    const shell = await c
      .get('hooks')
      .sitePage?.(FORM_PAGE, c)
      .catch(() => null);
    const page =
      error.status === 400
        ? {
            title: 'Please fix your suggestion',
            summary: 'The suggestion was not sent: please fix the fields marked below.',
          }
        : { title: 'Suggestion not sent', summary: `The suggestion was not sent: ${error.message}` };
    c.header('Cache-Control', 'no-store');
    return c.html(
      shell ? fillSuggestionPage(shell, form, errors, page) : plainPage(page.title, page.summary, errors),
      error.status,
    );
  }
}
