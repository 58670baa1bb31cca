/**
 * The security headers every response of the hub carries, on both hosts: the Node host sets them
 * in server/node-app.ts, the edge worker in src/middleware.ts, and Cloudflare's static file
 * server from public/_headers (a test checks that file against `staticHeadersFile()`).
 *
 * The site ships no inline script: Astro's processed scripts are emitted as files (astro.config.mjs
 * never inlines them) and the theme script is public/theme-init.js, so `script-src 'self'` holds
 * with no hash to keep in step. `<style>` elements are external files too (`style-src 'self'`);
 * `style` attributes stay allowed (`style-src-attr 'unsafe-inline'`): pages and the HTML renderers
 * use them for one-off layout, and an attribute cannot run script or load anything (`img-src`,
 * `font-src` and `connect-src` still bound what CSS may fetch).
 */

/** Pages that compile WebAssembly (onnxruntime-web): the demos, the ONNX inspector and the browser benchmark run. */
export const WASM_PAGE_PREFIXES = ['/demos', '/inspect', '/benchmarks/run'] as const;

export function needsWasm(pathname: string): boolean {
  return WASM_PAGE_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * Pages whose renderer injects `<style>` elements at run time: the API reference, where Scalar's
 * bundled components (Vue, CSS-in-JS) add their styles as elements and cannot be given a nonce on
 * a prerendered page. Only `style-src` is loosened there; scripts, fonts and connections stay 'self'.
 */
export const INLINE_STYLE_PAGE_PREFIXES = ['/docs/api'] as const;

const matchesPrefix = (pathname: string, prefixes: readonly string[]) =>
  prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

export function needsInlineStyles(pathname: string): boolean {
  return matchesPrefix(pathname, INLINE_STYLE_PAGE_PREFIXES);
}

export function contentSecurityPolicy(options: { wasm: boolean; inlineStyles?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self'${options.wasm ? " 'wasm-unsafe-eval'" : ''}`,
    `style-src 'self'${options.inlineStyles ? " 'unsafe-inline'" : ''}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Powerful features the hub never uses (clipboard writes, used by the copy buttons, stay allowed). */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

const COMMON_HEADERS: [string, string][] = [
  // Cross-origin isolation lets the demos use threaded WASM.
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Embedder-Policy', 'require-corp'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', PERMISSIONS_POLICY],
  // For browsers older than CSP's frame-ancestors.
  ['X-Frame-Options', 'DENY'],
];

/** The security headers for a response to `pathname` (a page, a file or an API answer). */
export function securityHeaders(pathname: string): [string, string][] {
  return [
    ...COMMON_HEADERS,
    [
      'Content-Security-Policy',
      contentSecurityPolicy({ wasm: needsWasm(pathname), inlineStyles: needsInlineStyles(pathname) }),
    ],
  ];
}

const STATIC_HEADERS_PREAMBLE =
  '# Cloudflare Pages: the security headers of src/lib/security-headers.ts for the files it serves itself,\n' +
  '# and year-long caching of hashed assets. Written from staticHeadersFile(); a unit test keeps them equal.\n';

/**
 * The same headers as Cloudflare Pages `_headers` rules for the files it serves itself
 * (prerendered pages, assets): every path, then the WASM pages with their own policy.
 */
export function staticHeadersFile(): string {
  const block = (pattern: string, lines: string[]) => [pattern, ...lines.map((line) => `  ${line}`)].join('\n');
  const rules = [
    block(
      '/*',
      securityHeaders('/').map(([name, value]) => `${name}: ${value}`),
    ),
    ...WASM_PAGE_PREFIXES.flatMap((prefix) =>
      [prefix, `${prefix}/*`].map((pattern) =>
        block(pattern, [
          '! Content-Security-Policy',
          `Content-Security-Policy: ${contentSecurityPolicy({ wasm: true })}`,
        ]),
      ),
    ),
    ...INLINE_STYLE_PAGE_PREFIXES.flatMap((prefix) =>
      [prefix, `${prefix}/*`].map((pattern) =>
        block(pattern, [
          '! Content-Security-Policy',
          `Content-Security-Policy: ${contentSecurityPolicy({ wasm: false, inlineStyles: true })}`,
        ]),
      ),
    ),
    block('/_astro/*', ['Cache-Control: public, max-age=31536000, immutable']),
  ];
  return `${STATIC_HEADERS_PREAMBLE}${rules.join('\n\n')}\n`;
}
