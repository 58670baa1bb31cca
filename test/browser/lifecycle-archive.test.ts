import { expect, it } from 'vitest';
import { api, describeBrowser, hubUrl, useBrowser } from './context';

const modelLinks = (page: import('playwright-core').Page) =>
  page.locator('a[href^="/models/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));

describeBrowser('archived models in Chromium', () => {
  const browser = useBrowser();

  it('shows the archived banner at its URL and leaves it out of /models/ and search', async () => {
    const slug = 'aardvark-archived-tagger';
    const created = await api('POST', '/api/models', {
      slug,
      name: 'Aardvark archived tagger',
      summary: 'A tagger archived by the lifecycle browser test.',
      task: 'jet-tagging',
      ownerGroup: 'it',
    });
    expect(created.status).toBe(201);
    const page = await browser.newPage();
    // Named to sort first: before archiving it is on the first page of the list and found by search.
    await page.goto(`${hubUrl}/models/`);
    expect(await modelLinks(page)).toContain(`/models/${slug}/`);
    await page.goto(`${hubUrl}/search/?q=aardvark`);
    await expect.poll(() => page.locator('[data-search-results]').textContent()).toContain('Aardvark archived tagger');

    const archived = await api('POST', `/api/models/${slug}/archive`, { reason: 'browser test' });
    expect(archived.status).toBe(200);

    await page.goto(`${hubUrl}/models/${slug}/`);
    const banner = page.locator('[data-archived-banner]');
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toMatch(
      new RegExp(
        `Archived on ${archived.json.archivedAt.slice(0, 10)} by ${archived.json.archivedBy ?? 'an admin'}\\.`,
      ),
    );
    await page.goto(`${hubUrl}/models/`);
    expect(await modelLinks(page)).not.toContain(`/models/${slug}/`);
    await page.goto(`${hubUrl}/search/?q=aardvark`);
    expect(await page.locator('[data-search-results]').textContent()).not.toContain('Aardvark archived tagger');
    expect(page.errors).toEqual([]);
  });
});
