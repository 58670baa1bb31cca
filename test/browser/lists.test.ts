import { expect, it } from 'vitest';
import { api, describeBrowser, hubUrl, useBrowser } from './context';

/**
 * The tools and hardware lists without JavaScript: checkbox GET forms with several values per
 * facet, numbered pages; the search results page grouped by kind. Other browser suites add
 * entries to the shared hub, so expectations come from what the API answers for the same filter.
 */
const slugsOf = (page: import('playwright-core').Page, attribute: string) =>
  page.locator(`[${attribute}]`).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)!), attribute);

const apiSlugs = async (path: string) =>
  ((await api('GET', path)).json.items as { slug: string }[]).map((i) => i.slug).sort();

describeBrowser('tools and hardware lists, and grouped search, without JavaScript', () => {
  const browser = useBrowser();

  it('filters tools by several categories at once through the GET form, and keeps facet pages', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/tools/`);
    const category = page.getByRole('group', { name: 'Category' });
    await category.getByLabel(/Batch \/ HPC/).check();
    await category.getByLabel(/Compiler \/ conversion/).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.pathname === '/tools/' && url.searchParams.getAll('category').length === 2);
    const expected = await apiSlugs('/api/tools?category=batch-hpc&category=compiler-conversion&limit=100');
    expect(expected).toEqual(expect.arrayContaining(['htcondor-gpu', 'hls4ml']));
    expect((await slugsOf(page, 'data-tool')).sort()).toEqual(expected);
    expect(await page.locator('[data-catalog-count]').innerText()).toMatch(
      /Category: Batch \/ HPC or Compiler \/ conversion/,
    );
    expect(await category.getByLabel(/Batch \/ HPC/).isChecked()).toBe(true);
    expect(await category.getByLabel(/Compiler \/ conversion/).isChecked()).toBe(true);
    // AND across facets: an experiment narrows the two categories.
    await page.getByRole('group', { name: 'Experiment' }).getByLabel(/LHCb/).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('experiment') === 'lhcb');
    expect((await slugsOf(page, 'data-tool')).sort()).toEqual(
      await apiSlugs('/api/tools?category=batch-hpc&category=compiler-conversion&experiment=lhcb&limit=100'),
    );
    await page.getByRole('link', { name: 'clear filters' }).click();
    await page.waitForURL(`${hubUrl}/tools/`);
    expect(await page.locator('input[type=checkbox]:checked').count()).toBe(0);

    // A facet page keeps working, its value checked; nothing matching says what to do.
    await page.goto(`${hubUrl}/tools/category/compiler-conversion/`);
    expect(
      await page
        .getByRole('group', { name: 'Category' })
        .getByLabel(/Compiler \/ conversion/)
        .isChecked(),
    ).toBe(true);
    expect((await slugsOf(page, 'data-tool')).sort()).toEqual(
      await apiSlugs('/api/tools?category=compiler-conversion&limit=100'),
    );
    expect((await api('GET', '/api/tools?category=batch-hpc&experiment=lhcb')).json.total).toBe(0);
    await page.goto(`${hubUrl}/tools/?category=batch-hpc&experiment=lhcb`);
    expect(await page.locator('[data-tool-empty]').innerText()).toMatch(
      /No tools match these filters\.\s+Untick a value/,
    );
    await page.goto(`${hubUrl}/tools/?category=teleportation`);
    expect(await page.locator('[data-catalog-invalid]').innerText()).toMatch(/Ignored filter .*category=teleportation/);
    expect((await fetch(`${hubUrl}/tools/category/teleportation/`)).status).toBe(404);
  });

  it('pages the tools directory (?page=N, 50 a page; a page past the last is a 404)', async () => {
    const total = async () => (await api('GET', '/api/tools?limit=1')).json.total as number;
    for (let i = await total(); i <= 50; i++) {
      const slug = `zz-paging-tool-${i}`;
      const created = await api('POST', '/api/tools', {
        slug,
        name: `Zz paging tool ${String(i).padStart(3, '0')}`,
        summary: 'Made by the lists browser test to fill a second page.',
        categories: ['community'],
        accessSteps: [{ text: 'Nothing to do.' }],
      });
      expect(created.status, JSON.stringify(created.json)).toBe(201);
    }
    const count = await total();
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/tools/`);
    expect(await page.locator('[data-tool]').count()).toBe(50);
    await page.getByRole('navigation', { name: /pages/i }).getByRole('link', { name: '2', exact: true }).click();
    await page.waitForURL('**/tools/?page=2');
    expect(await page.locator('[data-tool]').count()).toBe(count - 50);
    expect((await fetch(`${hubUrl}/tools/?page=${Math.ceil(count / 50) + 1}`)).status).toBe(404);
  });

  it('filters hardware pools by several zones at once through the GET form, and pages them', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/hardware/`);
    const zone = page.getByRole('group', { name: 'Network zone' });
    await zone.getByLabel(/Online \/ UCAP/).check();
    await zone.getByLabel(/Technical network/).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.pathname === '/hardware/' && url.searchParams.getAll('zone').length === 2);
    const expected = await apiSlugs('/api/hardware?zone=online&zone=technical&limit=100');
    expect(expected).toEqual(expect.arrayContaining(['alice-epn', 'ucap']));
    expect((await slugsOf(page, 'data-pool')).sort()).toEqual(expected);
    expect(await page.locator('[data-catalog-count]').innerText()).toMatch(
      /Network zone: Technical network or Online \/ UCAP/,
    );
    expect(await zone.getByLabel(/Online \/ UCAP/).isChecked()).toBe(true);
    await page.getByRole('group', { name: 'Accelerator' }).getByLabel(/GPU/).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('accelerator') === 'gpu');
    const both = await apiSlugs('/api/hardware?zone=online&zone=technical&accelerator=gpu&limit=100');
    if (both.length === 0) {
      expect(await page.locator('[data-pool-empty]').innerText()).toMatch(/No pools match these filters\.\s+Untick/);
    } else expect((await slugsOf(page, 'data-pool')).sort()).toEqual(both);

    const total = async () => (await api('GET', '/api/hardware?limit=1')).json.total as number;
    for (let i = await total(); i <= 50; i++) {
      const created = await api('POST', '/api/hardware', {
        slug: `zz-paging-pool-${i}`,
        name: `Zz paging pool ${String(i).padStart(3, '0')}`,
        summary: 'Made by the lists browser test to fill a second page.',
        site: 'Nowhere',
        zone: 'general-purpose',
        availability: 'shared',
        access: 'Nobody: a test entry.',
        ownerGroup: 'cms',
      });
      expect(created.status, JSON.stringify(created.json)).toBe(201);
    }
    const count = await total();
    await page.goto(`${hubUrl}/hardware/?page=2`);
    expect(await page.locator('[data-pool]').count()).toBe(count - 50);
    expect(await page.locator('[data-capacity-row]').count()).toBe(count - 50);
    expect((await fetch(`${hubUrl}/hardware/?page=${Math.ceil(count / 50) + 1}`)).status).toBe(404);
  });

  it('groups search results by kind with a count each, and shows one kind alone from "Show all"', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/tools/`);
    await page.locator('#site-search').fill('jet');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL('**/search/?q=jet');
    const groups = await page
      .locator('[data-search-group]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-search-group')));
    const totals: Record<string, number> = {};
    for (const kind of ['model', 'dataset', 'tool']) {
      totals[kind] = (await api('GET', `/api/search?q=jet&kind=${kind}&limit=1`)).json.total;
    }
    expect(groups).toEqual(['model', 'dataset', 'tool'].filter((k) => totals[k]! > 0));
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const kind of groups) {
      const section = page.locator(`[data-search-group="${kind}"]`);
      expect(await section.locator('[data-search-group-count]').innerText()).toBe(String(totals[kind!]));
      expect(await section.locator('.result-list > li').count()).toBe(Math.min(5, totals[kind!]!));
    }
    expect(await page.locator('h2#results-model').innerText()).toMatch(/^Models/);
    // "Show all": the earlier test made more than 50 tools that say "paging"; their kind alone, page by page.
    const paging = (await api('GET', '/api/search?q=paging&kind=tool&limit=1')).json.total as number;
    expect(paging).toBeGreaterThan(30);
    await page.goto(`${hubUrl}/search/?q=paging`);
    expect(await page.locator('[data-search-group="tool"] .result-list > li').count()).toBe(5);
    await page.getByRole('link', { name: `Show all ${paging} tools` }).click();
    await page.waitForURL('**/search/?q=paging&kind=tool');
    expect(await page.locator('[data-search-group]').count()).toBe(0);
    expect(await page.locator('.result-list > li').count()).toBe(30);
    await page.locator('a[data-search-next]').click();
    await page.waitForURL('**/search/?q=paging&kind=tool&cursor=*');
    expect(await page.locator('.result-list > li').count()).toBe(Math.min(30, paging - 30));
    // Typo tolerance still groups: "anomally" finds the anomaly model under Models.
    await page.goto(`${hubUrl}/search/?q=anomally`);
    expect(await page.locator('[data-search-group="model"]').innerText()).toContain(
      'L1-trigger anomaly-detection autoencoder',
    );
  });
});
