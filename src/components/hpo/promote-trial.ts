/**
 * The study page's "promote best trial" form: POSTs to the promote API with the write token typed
 * in (sent once, never stored) and shows the new version's link or the API's error message.
 */
interface PromoteAnswer {
  trial?: number;
  version?: { version: number; model?: string };
  error?: { message?: string };
}

/** The page of the version a promote answer registered. */
export const versionPagePath = (model: string, version: number) => `/models/${model}/v/${version}/`;

/** `/api/models/{model}/studies/{study}/promote` → the model slug. */
export const modelOfAction = (action: string) => /\/api\/models\/([^/]+)\/studies\//.exec(action)?.[1] ?? '';

export function mountPromoteForm(form: HTMLFormElement): void {
  const box = form.closest('[data-promote]')!;
  const result = box.querySelector<HTMLElement>('[data-promote-result]')!;
  const failure = box.querySelector<HTMLElement>('[data-promote-error]')!;
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
  const token = form.querySelector<HTMLInputElement>('input[name=token]')!;
  const label = button.textContent ?? 'Promote';

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    result.hidden = true;
    failure.hidden = true;
    const secret = token.value.trim();
    if (!secret) {
      failure.hidden = false;
      failure.textContent = 'Enter a write token of the model’s group.';
      token.focus();
      return;
    }
    button.disabled = true;
    button.textContent = 'Promoting…';
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${secret}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: '{}',
      });
      const body = (await response.json().catch(() => ({}))) as PromoteAnswer;
      if (response.ok && body.version) {
        const model = modelOfAction(new URL(form.action, location.href).pathname);
        result.replaceChildren();
        const a = document.createElement('a');
        a.href = versionPagePath(model, body.version.version);
        a.textContent = `v${body.version.version}`;
        a.dataset.promotedVersion = String(body.version.version);
        result.append(`Trial ${body.trial} registered as `, a, '.');
        result.hidden = false;
        token.value = '';
        form.hidden = true;
        return;
      }
      failure.hidden = false;
      failure.textContent = body.error?.message ?? `The hub answered ${response.status}.`;
    } catch {
      failure.hidden = false;
      failure.textContent = 'Could not reach the hub. Check your connection and try again.';
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  });
}
