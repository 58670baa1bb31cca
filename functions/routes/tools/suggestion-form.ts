import type { Context, Next } from 'hono';
import { html } from 'hono/html';
import { suggestionFromForm } from '../../../src/lib/tool-suggestion-form';
import type { AppEnv } from '../../env';
import { ApiError } from '../../errors';
import { rateLimit } from '../../middleware/rate-limit';
import { createSuggestion } from './index';
import { ToolSuggestionSchema } from './schema';

const limit = rateLimit('tool-suggestions', (config) => config.suggestionRateLimit);

const page = (title: string, body: ReturnType<typeof html>) => html`<!doctype html>
  <html lang="en">
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · HEP ML Hub</title>
    <body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
      ${body}
    </body>
  </html>`;

/**
 * The suggestion form posted without JavaScript (form-encoded): same validation, limits and
 * storage as the JSON API, answered with a redirect to a thank-you page or an error page.
 */
export async function suggestionFormHandler(c: Context<AppEnv>, next: Next) {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return next();
  let response: Response | undefined;
  await limit(c, async () => {
    const parsed = ToolSuggestionSchema.safeParse(suggestionFromForm(await c.req.formData()));
    if (!parsed.success) {
      const items = parsed.error.issues.map((i) => html`<li><strong>${i.path.join('.') || 'form'}</strong>: ${i.message}</li>`);
      response = await c.html(
        page('Please fix the suggestion', html`<h1>Please fix your suggestion</h1><ul>${items}</ul>
          <p><a href="/tools/suggest/">Back to the form</a> (use your browser's back button to keep what you typed).</p>`),
        400,
      );
      return;
    }
    try {
      await createSuggestion(c, parsed.data);
      response = c.redirect('/tools/suggest/thanks/', 303);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      response = await c.html(
        page('Suggestion not stored', html`<h1>Suggestion not stored</h1><p>${error.message}</p><p><a href="/tools/suggest/">Back to the form</a></p>`),
        error.status,
      );
    }
  });
  return response;
}
