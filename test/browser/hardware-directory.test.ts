import { expect, it } from 'vitest';
import { api, describeBrowser, hubUrl, useBrowser } from './context';

const visiblePools = (page: import('playwright-core').Page) =>
  page.locator('[data-pool]').evaluateAll((els) => els.map((e) => e.getAttribute('data-pool')));

describeBrowser('hardware directory in Chromium', () => {
  const browser = useBrowser();

  it('filters by facet without JavaScript through the GET form, combining facets and dropping a chosen one', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/hardware/`);
    expect((await visiblePools(page)).length).toBeGreaterThanOrEqual(8);
    await page
      .getByRole('group', { name: 'Network zone' })
      .getByLabel(/Online \/ UCAP/)
      .check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/hardware/?zone=online');
    expect((await visiblePools(page)).sort()).toEqual(['alice-epn', 'lhcb-hlt1-gpus', 'ucap']);
    await page
      .getByRole('group', { name: 'Availability' })
      .getByLabel(/Opportunistic/)
      .check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/hardware/?zone=online&availability=opportunistic');
    expect(await visiblePools(page)).toEqual(['alice-epn']);
    // Unticking a chosen value drops it again.
    await page
      .getByRole('group', { name: 'Network zone' })
      .getByLabel(/Online \/ UCAP/)
      .uncheck();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL('**/hardware/?availability=opportunistic');
    expect(await visiblePools(page)).toEqual(['alice-epn']);
    await page.goto(`${hubUrl}/hardware/?accelerator=fpga&zone=technical`);
    await expect.poll(() => page.locator('[data-pool-empty]').isVisible()).toBe(true);
  });

  it('draws the capacity chart with labelled axes, and shows a new report with its time on the next request', async () => {
    const reported = await api('POST', '/api/hardware/alice-epn/capacity', {
      freeGpus: 24,
      totalGpus: 64,
      queueLength: 5,
      observedAt: '2026-01-10T09:15:00Z',
    });
    expect(reported.status).toBe(201);
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/hardware/`);
    // Chart.js has drawn: the canvas has a size and painted pixels.
    const painted = await page.waitForFunction(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-capacity-chart]');
      if (!canvas || canvas.width === 0) return 0;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) n++;
      return n;
    });
    expect(await painted.jsonValue()).toBeGreaterThan(1000);
    const row = page.locator('[data-capacity-row="alice-epn"]');
    await expect.poll(() => row.textContent()).toMatch(/64\s*24\s*5\s*up\s*2026-01-10 09:15 UTC/);
    expect(page.errors).toEqual([]);
  });

  it('puts access first on a pool page and shows capacity with its time, tools and unverified facts', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/hardware/alice-epn/`);
    const headings = await page.locator('article h2').allTextContents();
    expect(headings[0]).toBe('Who may use it and how to get access');
    expect(headings.indexOf('Capacity')).toBe(1);
    await expect
      .poll(() => page.locator('[data-pool-capacity]').textContent())
      .toMatch(/Updated at\s*2026-01-10 09:15 UTC/);
    expect(await page.locator('[data-pool-tools] a').getAttribute('href')).toBe('/tools/alice-epn-farm/');
    expect(await page.getByRole('note').textContent()).toMatch(/Not yet verified/);
    expect((await fetch(`${hubUrl}/hardware/no-such-pool/`)).status).toBe(404);
  });
});
