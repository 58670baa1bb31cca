import { expect, it } from 'vitest';
import { describeBrowser, hubUrl, useBrowser } from './context';

const loopback = (url: string) => /^(https?|wss?):\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//.test(url);

describeBrowser('finding things in Chromium', () => {
  const browser = useBrowser();

  it('suggests as you type in the header: a mistyped word finds the anomaly model, keys choose it', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/models/`);
    const input = page.locator('#site-search');
    await input.click();
    await input.pressSequentially('anomally', { delay: 20 });
    const listbox = page.getByRole('listbox', { name: 'Suggestions' });
    await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
    const group = listbox.getByRole('group', { name: 'Models' });
    await expect
      .poll(() => group.getByRole('option').allInnerTexts())
      .toEqual(['L1-trigger anomaly-detection autoencoder']);
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-controls')).toBe(await listbox.getAttribute('id'));
    await input.press('ArrowDown');
    const first = group.getByRole('option').first();
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    await input.press('ArrowDown');
    await input.press('Enter');
    await page.waitForURL('**/models/l1-anomaly-ae/');
    expect(page.errors).toEqual([]);
  });

  it('searches from the header without JavaScript, with typo tolerance on the results page', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/models/`);
    await page.locator('#site-search').fill('anomally');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL('**/search/?q=anomally');
    expect(await page.locator('[data-search-results]').innerText()).toContain(
      'L1-trigger anomaly-detection autoencoder',
    );
  });

  it('filters models by several values at once without JavaScript, through a GET form', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/models/`);
    const task = page.getByRole('group', { name: 'Task' });
    await task.getByLabel(/Anomaly detection/).check();
    await task.getByLabel(/Particle identification/).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.pathname === '/models/' && url.searchParams.getAll('task').length === 2);
    expect(new URL(page.url()).searchParams.getAll('task').sort()).toEqual([
      'anomaly-detection',
      'particle-identification',
    ]);
    // Other browser suites add models to the shared hub: the page lists what the API lists for both tasks.
    const expected = (await (
      await fetch(`${hubUrl}/api/models?task=anomaly-detection&task=particle-identification&limit=100`)
    ).json()) as { items: { name: string; task: string }[] };
    expect(expected.items.map((m) => m.task)).toEqual(
      expect.arrayContaining(['anomaly-detection', 'particle-identification']),
    );
    const rows = await page.locator('.catalog-table tbody th a').allInnerTexts();
    expect(rows.sort()).toEqual(expected.items.map((m) => m.name).sort());
    expect(await page.locator('[data-catalog-count]').innerText()).toMatch(
      /Task: (Anomaly detection or Particle identification|Particle identification or Anomaly detection)/,
    );
    expect(await task.getByLabel(/Anomaly detection/).isChecked()).toBe(true);
    // A facet page from before keeps working, its value checked.
    await page.goto(`${hubUrl}/models/task/jet-tagging/`);
    expect(
      await page
        .getByRole('group', { name: 'Task' })
        .getByLabel(/Jet tagging/)
        .isChecked(),
    ).toBe(true);
  });

  it('shows the API reference as HTML first (tags, filter, examples) and Scalar with try-it when asked, nothing beyond the hub', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    const scripts: string[] = [];
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (route.request().resourceType() === 'script') scripts.push(url);
      if (loopback(url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(`${hubUrl}/docs/api/`, { waitUntil: 'networkidle' });
    // The first view: tags in a sidebar, every operation with its examples, and no Scalar loaded.
    const tags = page.getByRole('navigation', { name: 'API tags' });
    for (const tag of ['Tools', 'Search', 'Datasets', 'Benchmarks', 'Model versions'])
      expect(await tags.getByRole('link', { name: new RegExp(`^${tag} \\(\\d+\\)$`) }).count()).toBe(1);
    expect(await page.locator('.scalar-app').count()).toBe(0);
    expect(scripts.filter((url) => /\/api-reference\.[\w-]+\.js$/.test(url))).toEqual([]);
    await tags.getByRole('link', { name: /^Search \(/ }).click();
    expect(new URL(page.url()).hash).toBe('#tag-search');
    const suggest = page.locator('#op-get-api-search-suggest');
    await suggest.getByText('Example response (200)').click();
    expect(await suggest.innerText()).toContain('"name": "L1 anomaly detector"');
    // The filter keeps the operations whose method, path or summary hold every word.
    await page.getByRole('searchbox', { name: /^Filter the \d+ endpoints$/ }).fill('suggestions as you');
    await expect
      .poll(() => page.locator('[data-api-filter-status]').innerText())
      .toMatch(/^1 of \d+ endpoints match\.$/);
    expect(await suggest.isVisible()).toBe(true);
    expect(await page.locator('#op-get-api-tools').isVisible()).toBe(false);
    // The button states what it downloads (measured at build), then loads Scalar.
    expect(await page.locator('[data-api-opener]').innerText()).toMatch(/downloads \d+(\.\d)? (KB|MB)\./);
    await page.getByRole('button', { name: 'Open the interactive reference (try it)' }).click();
    const reference = page.locator('[data-api-reference]');
    const sidebar = reference.getByRole('navigation').first();
    await expect.poll(() => sidebar.innerText(), { timeout: 30_000 }).toContain('Model versions');
    for (const tag of ['Tools', 'Search', 'Datasets', 'Benchmarks']) expect(await sidebar.innerText()).toContain(tag);
    expect(new URL(page.url()).searchParams.get('interactive')).toBe('1');
    expect(await page.locator('[data-api-static]').isVisible()).toBe(false);

    await reference.getByRole('search', { name: 'Search the API reference' }).getByRole('button').click();
    await page.keyboard.type('suggestions as you');
    const result = page.getByRole('dialog').getByRole('option').first();
    await expect.poll(() => result.innerText()).toContain('/api/search/suggest');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/docs/api/?interactive=1#tag/search/GET/api/search/suggest');
    const operation = page.locator('[id="api-1/tag/search/GET/api/search/suggest"]');
    await expect.poll(() => operation.innerText()).toContain('"name": "L1 anomaly detector"');

    const sent = page.waitForRequest((r) => r.url().includes('/api/search/suggest'), { timeout: 30_000 });
    await operation.getByRole('button', { name: /Test Request/ }).click();
    await page.getByRole('button', { name: /^Send/ }).first().click();
    expect(new URL((await sent).url()).origin).toBe(new URL(hubUrl).origin);

    expect(outside).toEqual([]);
    expect(page.errors).toEqual([]);
  }, 90_000);

  it('opens the interactive reference directly from ?interactive=1 and from a Scalar deep link', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/docs/api/?interactive=1`);
    const sidebar = page.locator('[data-api-reference]').getByRole('navigation').first();
    await expect.poll(() => sidebar.innerText(), { timeout: 30_000 }).toContain('Model versions');
    await page.goto(`${hubUrl}/docs/api/#tag/search/GET/api/search/suggest`);
    const operation = page.locator('[id="api-1/tag/search/GET/api/search/suggest"]');
    await expect.poll(() => operation.innerText(), { timeout: 30_000 }).toContain('"name": "L1 anomaly detector"');
  }, 90_000);

  it('says so when the interactive reference cannot be loaded, keeps the plain reference and lets the visitor retry', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/docs/api/`);
    await page.locator('[data-api-filter-form]').waitFor();
    // From here on no script arrives (offline, or a deploy replaced the chunk).
    await page.route('**/_astro/**/*.js', (route) => route.abort());
    const open = page.getByRole('button', { name: 'Open the interactive reference (try it)' });
    await open.click();
    await page.locator('[data-api-open-failed]').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('[data-api-open-failed]').innerText()).toMatch(/could not be loaded/);
    expect(await open.isEnabled()).toBe(true);
    expect(await page.locator('[data-api-static]').isVisible()).toBe(true);
    await page.unroute('**/_astro/**/*.js');
  }, 60_000);

  it('lists the endpoints by tag without JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/docs/api/`);
    const reference = page.locator('[data-api-static]');
    expect(await reference.isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'API tags' }).getByRole('link').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Search \(\d+\)$/)]),
    );
    // textContent: operations off screen are not laid out (content-visibility), so they have no innerText yet.
    expect(await reference.locator('#op-get-api-search-suggest h3').textContent()).toBe('GET /api/search/suggest');
    // The filter needs JavaScript and stays hidden without it; the direct link to the interactive reference is there.
    expect(await page.locator('[data-api-filter-form]').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: '/docs/api/?interactive=1' }).getAttribute('href')).toBe(
      '/docs/api/?interactive=1',
    );
    expect(await page.getByRole('link', { name: '/api/openapi.json' }).first().getAttribute('href')).toBe(
      '/api/openapi.json',
    );
  });
});
