/**
 * The interactive API reference on /docs/api/: Scalar (@scalar/api-reference, installed and bundled
 * by Vite into this site's files, loaded when the page runs) rendering /api/openapi.json.
 * Nothing leaves the hub: no default fonts (the page uses the site's), no telemetry, no request
 * proxy (try-it calls this hub directly, which is same-origin), no Scalar agent or share links;
 * the page's Content-Security-Policy (connect-src 'self', font-src via default-src 'self')
 * enforces it. Scalar only needs inline <style> elements (see src/lib/security-headers.ts).
 */
import { config as zodConfig } from 'zod';

export async function mountApiReference(): Promise<void> {
  const mount = document.querySelector<HTMLElement>('[data-api-reference]');
  const fallback = document.querySelector<HTMLElement>('[data-api-fallback]');
  if (!mount) return;
  try {
    // Zod (shared with Scalar's bundle) would probe `new Function` for its JIT: a CSP violation here.
    zodConfig({ jitless: true });
    const [{ createApiReference }] = await Promise.all([
      import('@scalar/api-reference'),
      import('@scalar/api-reference/style.css'),
    ]);
    const root = document.documentElement;
    const dark = root.dataset.theme
      ? root.dataset.theme === 'dark'
      : window.matchMedia('(prefers-color-scheme: dark)').matches;
    mount.hidden = false;
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
      darkMode: dark,
      documentDownloadType: 'json',
      defaultOpenAllTags: false,
      layout: 'modern',
      theme: 'default',
    });
    if (fallback) fallback.hidden = true;
  } catch {
    mount.hidden = true;
    if (fallback) fallback.hidden = false;
  }
}
