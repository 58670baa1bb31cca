import { expect, it } from 'vitest';
import { adminToken, api, describeBrowser, hubUrl, useBrowser } from './context';

const STUDY = '/models/jet-btag/studies/lr-width-scan/';

const space = {
  lr: { type: 'float', low: 1e-5, high: 0.1, log: true },
  optimizer: { type: 'categorical', choices: ['adam', 'sgd'] },
};

async function createStudy(slug: string, trials: unknown[], model = 'jet-btag') {
  const created = await api('POST', `/api/models/${model}/studies`, {
    slug,
    name: `Browser ${slug}`,
    objective: { metric: 'val_loss', direction: 'minimize' },
    searchSpace: space,
    budget: { maxTrials: 10 },
  });
  expect(created.status).toBe(201);
  for (const t of trials)
    expect((await api('POST', `/api/models/${model}/studies/${slug}/trials`, t)).status).toBe(201);
}

describeBrowser('HPO study pages in Chromium', () => {
  const browser = useBrowser();

  it('reads without JavaScript: list, facts, best trial, fallback tables for every plot, cost and pools', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/models/jet-btag/studies/`);
    await page.locator('[data-study="lr-width-scan"] a').click();
    await page.waitForURL(`**${STUDY}`);
    expect(await page.locator('h1').textContent()).toBe('Learning rate and width scan');
    expect(await page.locator('.prose').first().textContent()).toMatch(/Demonstration data/);
    expect(await page.locator('[data-study-facts]').textContent()).toMatch(/minimize\s*val_loss[\s\S]*TPESampler/);
    expect(await page.locator('[data-best-trial]').getAttribute('data-best-trial')).toMatch(/^\d+$/);
    expect(await page.locator('[data-history-table] tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-parallel-text]').textContent()).toMatch(/learning_rate \(log scale\)/);
    expect(await page.locator('[data-importance-table] tbody tr').count()).toBe(4);
    expect(await page.locator('[data-importance-method]').textContent()).toMatch(/correlation ratio η²/);
    expect(await page.locator('[data-intermediate-table]').textContent()).toMatch(/pruned at step 4/);
    expect(await page.locator('[data-cost-assumptions]').textContent()).toMatch(
      /trials left × [\d.]+ GPU-hours per trial/,
    );
    expect(await page.locator('[data-cost-table] tbody tr').count()).toBeGreaterThan(1);
    const costHref = await page.locator('[data-cost-link]').getAttribute('href');
    expect(costHref).toMatch(/^\/costs\/\?.*gpu=A100-80GB/);
    await page.goto(`${hubUrl}${costHref}`);
    expect(await page.locator('h1').textContent()).toBe('Cloud cost estimator');
    await page.goto(`${hubUrl}${STUDY}`);
    expect(await page.locator('[data-study-pool] a[href$="#access"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-trial-table] tbody tr').count()).toBe(36);
    // A model without studies has an empty state; unknown studies and pages are 404s.
    await page.goto(`${hubUrl}/models/pid-dedx/studies/`);
    expect(await page.locator('[data-studies-empty]').textContent()).toMatch(/No HPO studies/);
    expect((await fetch(`${hubUrl}/models/jet-btag/studies/nope/`)).status).toBe(404);
    expect((await fetch(`${hubUrl}${STUDY}?page=2`)).status).toBe(404);
    expect((await fetch(`${hubUrl}/models/nope/studies/`)).status).toBe(404);
  });

  it('draws the four plots with labelled axes: log and category axes in the parallel coordinates', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${hubUrl}${STUDY}`);
    // Plots far below the screen are drawn (and Chart.js loaded) only when scrolled near.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('canvas[data-chart="intermediate"]').getAttribute('data-axes')).toBeNull();
    const axes = async (kind: string) => {
      const canvas = page.locator(`canvas[data-chart="${kind}"]`);
      await canvas.scrollIntoViewIfNeeded();
      await expect.poll(() => canvas.getAttribute('data-axes')).not.toBeNull();
      return JSON.parse((await canvas.getAttribute('data-axes'))!) as { id: string; type: string; title: string }[];
    };
    expect((await axes('history')).map((a) => a.title)).toEqual([
      'Trial number',
      'val_loss (objective value, lower is better)',
    ]);
    const parallel = await axes('parallel');
    expect(parallel.map((a) => [a.type, a.title])).toEqual([
      ['linear', 'Parameter axes (each line: one completed trial)'],
      ['logarithmic', 'learning_rate (log scale)'],
      ['linear', 'hidden_units'],
      ['linear', 'dropout'],
      ['category', 'optimizer'],
      ['linear', 'val_loss (objective)'],
    ]);
    expect((await axes('importance'))[0]!.title).toBe('Share of val_loss variance explained (%)');
    expect((await axes('intermediate')).map((a) => a.title)).toEqual([
      'Step (as the trial reports it, e.g. epoch)',
      'val_loss (intermediate value)',
    ]);
    const painted = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].map((canvas) => {
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) n++;
        return n;
      }),
    );
    for (const n of painted) expect(n).toBeGreaterThan(1000);
    expect(page.errors).toEqual([]);
  });

  it('promotes the best trial with a write token, shows the new version, then disables the button with the reason', async () => {
    // A model of its own: promoting registers a version, which must not change the seeded models other suites read.
    const model = 'hpo-promote-browser';
    expect(
      (
        await api('POST', '/api/models', {
          slug: model,
          name: 'HPO promote browser',
          summary: 'Promoted to.',
          ownerGroup: 'it',
          task: 'jet-tagging',
        })
      ).status,
    ).toBe(201);
    await createStudy(
      'browser-promote',
      [
        { params: { lr: 0.001, optimizer: 'adam' }, state: 'COMPLETE', value: 0.3 },
        { params: { lr: 0.01, optimizer: 'sgd' }, state: 'COMPLETE', value: 0.5 },
      ],
      model,
    );
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/models/${model}/studies/browser-promote/`);
    const button = page.getByRole('button', { name: 'Promote trial 0' });
    expect(await button.isEnabled()).toBe(true);
    // A token that is not one: the API's message is shown.
    await page.getByLabel('Write token').fill('hub_not_a_token');
    await button.click();
    await expect.poll(() => page.locator('[data-promote-error]').textContent()).toMatch(/token/i);
    await page.getByLabel('Write token').fill(adminToken);
    await button.click();
    const link = page.locator('[data-promote-result] a');
    await expect.poll(() => link.count()).toBe(1);
    const version = await link.getAttribute('data-promoted-version');
    expect(await link.getAttribute('href')).toBe(`/models/${model}/v/${version}/`);
    expect((await fetch(`${hubUrl}/models/${model}/v/${version}/`)).status).toBe(200);
    await page.reload();
    expect(await page.getByRole('button', { name: 'Promote trial 0' }).isDisabled()).toBe(true);
    expect((await page.locator('[data-promote-reason]').textContent())?.trim()).toBe(
      `Trial 0 was already promoted to v${version}.`,
    );
    expect(page.errors.filter((e) => !/401|403/.test(e))).toEqual([]);
  });

  it('disables promotion with a reason when no trial has completed, and keeps key trial columns on a phone', async () => {
    await createStudy('browser-pruned', [{ params: { lr: 0.05, optimizer: 'sgd' }, state: 'PRUNED' }]);
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${hubUrl}/models/jet-btag/studies/browser-pruned/`);
    expect(await page.getByRole('button', { name: /Promote trial/ }).isDisabled()).toBe(true);
    expect(await page.locator('[data-promote-reason]').textContent()).toMatch(/No trial has completed yet/);
    expect(await page.locator('[data-history-empty]').isVisible()).toBe(true);
    const visible = await page
      .locator('[data-trial-table] thead th')
      .evaluateAll((ths) => ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => th.textContent));
    expect(visible).toEqual(['Trial', 'State', 'val_loss', 'Job']);
  });
});
