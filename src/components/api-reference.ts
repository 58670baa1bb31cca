/**
 * The interactive API reference on /docs/api/: Scalar (@scalar/api-reference, installed and bundled
 * by Vite into this site's files, loaded when the visitor asks for it: ./api-reference-loader) rendering /api/openapi.json.
 * Nothing leaves the hub: no default fonts (the page uses the site's), no telemetry, no request
 * proxy (try-it calls this hub directly, which is same-origin), no Scalar agent or share links;
 * the page's Content-Security-Policy (connect-src 'self', font-src via default-src 'self')
 * enforces it. Scalar only needs inline <style> elements (see src/lib/security-headers.ts).
 * Its markup is repaired for assistive technology by ./api-reference-a11y and its colours come
 * from the site's (src/pages/docs/api.astro).
 */
import { config as zodConfig } from 'zod';
import { watchScalarMarkup } from './api-reference-a11y';

/** Whether the site shows its dark theme: the toggle's choice, else the system's. */
function siteIsDark(): boolean {
  const root = document.documentElement;
  return root.dataset.theme ? root.dataset.theme === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Scalar marks <body> light-mode or dark-mode once; the site's theme toggle switches it along. */
function followSiteTheme() {
  const apply = () => {
    const dark = siteIsDark();
    document.body.classList.toggle('dark-mode', dark);
    document.body.classList.toggle('light-mode', !dark);
  };
  new MutationObserver(apply).observe(document.documentElement, { attributeFilter: ['data-theme'] });
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', apply);
}

export async function mountApiReference(): Promise<void> {
  const mount = document.querySelector<HTMLElement>('[data-api-reference]');
  // The plain reference (src/html/api-reference.ts) and the button that opened this one.
  const fallback = document.querySelector<HTMLElement>('[data-api-static]');
  const opener = document.querySelector<HTMLElement>('[data-api-opener]');
  if (!mount) return;
  try {
    // Zod (shared with Scalar's bundle) would probe `new Function` for its JIT: a CSP violation here.
    zodConfig({ jitless: true });
    const [{ createApiReference }] = await Promise.all([
      import('@scalar/api-reference'),
      import('@scalar/api-reference/style.css'),
    ]);
    mount.hidden = false;
    watchScalarMarkup();
    createApiReference(mount, {
      url: '/api/openapi.json',
      // Try-it sends requests to this hub, from the page's origin.
      servers: [{ url: location.origin, description: 'This hub' }],
      baseServerURL: location.origin,
      withDefaultFonts: false,
      telemetry: false,
      proxyUrl: '',
      agent: { disabled: true },
      showDeveloperTools: 'never',
      hideDarkModeToggle: true,
      darkMode: siteIsDark(),
      documentDownloadType: 'json',
      defaultOpenAllTags: false,
      layout: 'modern',
      theme: 'default',
    });
    followSiteTheme();
    if (fallback) fallback.hidden = true;
    if (opener) opener.hidden = true;
  } catch {
    mount.hidden = true;
    if (fallback) fallback.hidden = false;
    const failed = document.querySelector<HTMLElement>('[data-api-open-failed]');
    if (failed) failed.hidden = false;
  }
}
