import type { Browser } from 'playwright-core';

/** Bytes on the wire (headers + encoded body) for one page load, by resource type. */
export interface PageWeight {
  path: string;
  /** Resource type (Chromium's: document, script, stylesheet, image, font, fetch, …) → bytes. */
  byType: Record<string, number>;
  total: number;
  /** Every response: URL path, type and bytes, for failure messages. */
  resources: { url: string; type: string; bytes: number; encoding: string | null }[];
}

/**
 * Loads `base + path` in a fresh context of `browser` with an empty cache and sums what crossed the
 * network until the load settled (load event, then no request for `quietMs`). Sizes come from the
 * DevTools protocol (`encodedDataLength`: compressed body plus headers), so compression counts.
 */
export async function measurePage(
  browser: Browser,
  base: string,
  path: string,
  options: { quietMs?: number; headers?: Record<string, string> } = {},
): Promise<PageWeight> {
  const context = await browser.newContext(options.headers ? { extraHTTPHeaders: options.headers } : {});
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const requests = new Map<string, { url: string; type: string; encoding?: string }>();
    const resources: PageWeight['resources'] = [];
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', (e) => {
      requests.set(e.requestId, { url: e.request.url, type: (e.type ?? 'Other').toLowerCase() });
      lastActivity = Date.now();
    });
    cdp.on('Network.responseReceived', (e) => {
      const request = requests.get(e.requestId);
      const header = Object.entries(e.response.headers).find(([name]) => name.toLowerCase() === 'content-encoding');
      if (request && header) request.encoding = String(header[1]);
    });
    cdp.on('Network.loadingFinished', (e) => {
      const request = requests.get(e.requestId);
      if (!request || request.url.startsWith('data:')) return;
      resources.push({
        url: new URL(request.url).pathname,
        type: request.type,
        bytes: e.encodedDataLength,
        encoding: request.encoding ?? null,
      });
      lastActivity = Date.now();
    });
    await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    const quietMs = options.quietMs ?? 1500;
    while (Date.now() - lastActivity < quietMs) await page.waitForTimeout(200);
    const byType: Record<string, number> = {};
    for (const r of resources) byType[r.type] = (byType[r.type] ?? 0) + r.bytes;
    return { path, byType, total: resources.reduce((sum, r) => sum + r.bytes, 0), resources };
  } finally {
    await context.close();
  }
}

/** JavaScript of a page load: scripts plus module workers and their imports. */
export const scriptBytes = (w: PageWeight) =>
  w.resources.filter((r) => r.type === 'script' || /\.m?js$/.test(r.url)).reduce((sum, r) => sum + r.bytes, 0);

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
