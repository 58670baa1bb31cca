/**
 * /docs/api/ first shows the reference as plain HTML (src/html/api-reference.ts). This script (small,
 * loaded with the page) adds a filter over its operations, and loads the interactive reference
 * (Scalar, src/components/api-reference.ts, with try-it) only when asked: the button, a URL with
 * `?interactive=1`, or one of Scalar's own deep links (`#tag/…`, `#model/…`, `#description/…`).
 */

/** Whether the URL asks for the interactive reference. */
export function wantsInteractive(url: URL): boolean {
  return url.searchParams.get('interactive') === '1' || /^#(tag|model|description)\//.test(url.hash);
}

/** Whether every word typed appears in the text (case-insensitive). */
export function matchesFilter(text: string, query: string): boolean {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}

function setUpFilter() {
  const form = document.querySelector<HTMLElement>('[data-api-filter-form]');
  const input = document.querySelector<HTMLInputElement>('[data-api-filter]');
  const status = document.querySelector<HTMLElement>('[data-api-filter-status]');
  if (!form || !input || !status) return;
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  // What the filter searches: each operation's method, path and summary.
  const operations = [...document.querySelectorAll<HTMLElement>('[data-api-op]')].map((element) => ({
    element,
    text: [...element.querySelectorAll('h3, .api-ref-summary')]
      .map((e) => e.textContent)
      .join(' ')
      .toLowerCase(),
  }));
  input.addEventListener('input', () => {
    let shown = 0;
    for (const op of operations) {
      const match = matchesFilter(op.text, input.value);
      op.element.hidden = !match;
      if (match) shown++;
    }
    for (const tag of document.querySelectorAll<HTMLElement>('[data-api-tag]')) {
      tag.hidden = !tag.querySelector('[data-api-op]:not([hidden])');
    }
    status.textContent = input.value.trim() ? `${shown} of ${operations.length} endpoints match.` : '';
  });
}

async function openInteractive(button: HTMLButtonElement | null) {
  const url = new URL(location.href);
  if (url.searchParams.get('interactive') !== '1') {
    url.searchParams.set('interactive', '1');
    history.replaceState(history.state, '', url);
  }
  if (button) {
    button.disabled = true;
    button.textContent = 'Loading the interactive reference…';
  }
  try {
    const { mountApiReference } = await import('./api-reference');
    await mountApiReference();
  } catch {
    // The chunk did not arrive (offline, a deploy replaced it): say so, and let the visitor try again.
    document.querySelector<HTMLElement>('[data-api-open-failed]')?.removeAttribute('hidden');
    if (button) {
      button.disabled = false;
      button.textContent = 'Open the interactive reference (try it)';
    }
  }
}

function setUp() {
  setUpFilter();
  const button = document.querySelector<HTMLButtonElement>('[data-api-open]');
  button?.addEventListener('click', () => void openInteractive(button));
  if (wantsInteractive(new URL(location.href))) void openInteractive(button);
}

setUp();
