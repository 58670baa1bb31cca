import { expect, it } from 'vitest';
import { api, describeBrowser, hubUrl, useBrowser } from './context';

describeBrowser('tools directory in Chromium', () => {
  const browser = useBrowser();

  it('lists the seeded tools; with JavaScript a ticked box applies the filter at once, kept in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/tools/`);
    expect(await page.locator('[data-tool]').count()).toBeGreaterThanOrEqual(15);
    await page
      .getByRole('group', { name: 'Category' })
      .getByLabel(/Batch \/ HPC/)
      .check();
    await page.waitForURL('**/tools/?category=batch-hpc');
    const slugs = await page.locator('[data-tool]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tool')));
    expect(slugs).toEqual(['htcondor-gpu']);
    expect(await page.locator('[data-catalog-count]').textContent()).toMatch(/1 tool · Category: Batch \/ HPC/);
    expect(page.errors).toEqual([]);
  });

  it('filters by facet without JavaScript on server-rendered facet pages (an unknown value is a 404)', async () => {
    expect((await fetch(`${hubUrl}/tools/category/no-such-category/`)).status).toBe(404);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/tools/category/compiler-conversion/`);
    const visible = await page.locator('[data-tool]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tool')));
    expect(visible.sort()).toEqual(['hls4ml', 'lwtnn', 'tmva-sofie']);
    await page.goto(`${hubUrl}/tools/experiment/lhcb/`);
    expect(await page.locator('[data-tool]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tool')))).toEqual(
      ['allen'],
    );
    await page.goto(`${hubUrl}/tools/?category=batch-hpc`);
    expect(await page.locator('[data-tool]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tool')))).toEqual(
      ['htcondor-gpu'],
    );
  });

  it('text filter without JavaScript goes to the server-rendered search', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/tools/`);
    await page.fill('#catalog-filter', 'kubeflow');
    await page.press('#catalog-filter', 'Enter');
    await page.waitForURL('**/search/?q=kubeflow*');
    const results = await page.locator('.result-list h3 a').allTextContents();
    expect(results).toEqual(expect.arrayContaining(['ml.cern.ch', 'Katib']));
  });

  it('opens a tool page with the access steps first', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/tools/`);
    await page.getByRole('link', { name: 'lxplus-gpu' }).click();
    await page.waitForURL('**/tools/lxplus-gpu/');
    const headings = await page.locator('main h2').allTextContents();
    expect(headings[0]).toBe('How to get access');
    expect(await page.locator('.command code').first().textContent()).toBe('ssh lxplus-gpu.cern.ch');
    expect(await page.locator('.callout.warn').textContent()).toContain('not confirmed');
    const listed = await page.locator('section[aria-labelledby="details"] dd').last().textContent();
    expect(listed?.trim()).toMatch(/^\d{4}-\d\d-\d\d · updated \d{4}-\d\d-\d\d$/);
  });

  it("without JavaScript, a refused suggestion comes back as the site's form with what was typed and the errors beside the fields", async () => {
    const name = `No-JS Suggested Tool ${Date.now()}`;
    const pendingNamed = async () =>
      ((await api('GET', '/api/tools?status=pending&limit=100')).json.items as { name: string }[]).filter(
        (t) => t.name === name,
      ).length;
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/tools/suggest/`);
    await page.fill('#name', name);
    await page.check('input[name=categories][value=library]');
    await page.fill('#accessSteps', 'Ask the owners\n$ echo access');
    await page.getByRole('button', { name: 'Send suggestion' }).click();
    await page.waitForLoadState('load');

    expect(await page.title()).toBe('Please fix your suggestion · Suggest a tool · HEP ML Hub');
    // The site's own page: its navigation and the form, filled in again.
    expect(await page.getByRole('navigation').first().getByRole('link', { name: 'Models' }).isVisible()).toBe(true);
    expect(await page.inputValue('#name')).toBe(name);
    expect(await page.isChecked('input[name=categories][value=library]')).toBe(true);
    expect(await page.inputValue('#accessSteps')).toBe('Ask the owners\n$ echo access');
    expect(await page.locator('[data-error-for=summary]').isVisible()).toBe(true);
    expect(await page.locator('#summary').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-suggest-error]').textContent()).toContain('please fix the fields marked below');
    expect(await page.locator('[data-suggest-error] li').allTextContents()).toEqual([
      expect.stringMatching(/^One-line summary: /),
      expect.stringMatching(/^Your name and e-mail: /),
    ]);
    expect(await pendingNamed()).toBe(0);

    // Fixing the fields and sending again stores it.
    await page.fill('#summary', 'Suggested from a browser without JavaScript.');
    await page.fill('#suggestedBy', 'Browser test');
    await page.getByRole('button', { name: 'Send suggestion' }).click();
    await page.waitForURL('**/tools/suggest/thanks/');
    expect(await page.locator('h1').textContent()).toBe('Thank you for your suggestion');
    expect(await pendingNamed()).toBe(1);
  });

  it('submits a suggestion, whose page appears as soon as an admin approves it', async () => {
    const page = await browser.newPage();
    const name = `Browser Suggested Tool ${Date.now()}`;
    await page.goto(`${hubUrl}/tools/suggest/`);
    await page.getByRole('button', { name: 'Send suggestion' }).click();
    await expect.poll(() => page.locator('[data-error-for="name"]').isVisible()).toBe(true);

    await page.fill('#name', name);
    await page.fill('#summary', 'A tool suggested from the browser test.');
    await page.getByLabel('Community').check();
    await page.fill('#accessSteps', 'Join the list\n$ echo hello');
    await page.fill('#suggestedBy', 'Browser Test <test@example.org>');
    await page.getByRole('button', { name: 'Send suggestion' }).click();
    await expect.poll(() => page.locator('[data-suggest-success]').textContent()).toContain('waiting for a curator');

    const slug = name.toLowerCase().replace(/ /g, '-');
    expect((await fetch(`${hubUrl}/tools/${slug}/`)).status).toBe(404);
    // The directory is cached by the host; approving drops it with the tool's tags.
    await page.goto(`${hubUrl}/tools/`);
    expect(await page.locator(`[data-tool="${slug}"]`).count()).toBe(0);
    const approved = await api('POST', `/api/tools/${slug}/approve`);
    expect(approved.status).toBe(200);

    // Pages render on demand: no republish to wait for.
    expect((await fetch(`${hubUrl}/tools/${slug}/`)).status).toBe(200);
    await page.goto(`${hubUrl}/tools/${slug}/`);
    expect(await page.locator('h1').textContent()).toBe(name);
    expect(await page.locator('.command code').textContent()).toBe('echo hello');
    await page.goto(`${hubUrl}/tools/`);
    expect(await page.locator(`[data-tool="${slug}"]`).count()).toBe(1);
  });
});
