import { expect, it } from 'vitest';
import { describeBrowser, hubUrl, useBrowser } from './context';

const EXAMPLE = '?datasetTb=20&gpu=A100-80GB&gpus=4&hours=36&jobs=50&egress=2';
const totalOf = (id: string) => `[data-option-row="${id}"] [data-total]`;

describeBrowser('cost estimator in Chromium', () => {
  const browser = useBrowser();

  it('shows the server-rendered breakdown without JavaScript and recomputes on submit', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/costs/${EXAMPLE}`);
    expect(await page.locator(totalOf('aws:us-east-1')).textContent()).toBe('$53,399.53');
    expect(await page.locator(totalOf('gcp:us-central1')).textContent()).toBe('$25,213.74');
    expect(await page.locator('[data-cheapest-line]').textContent()).toContain(
      'Cheapest: Google Cloud us-central1 $25,213.74',
    );
    const rows = page.locator('[data-option="aws:us-east-1"] tr[data-component]');
    expect(await rows.count()).toBe(6);
    for (const source of await page.locator('[data-option="aws:us-east-1"] [data-source]').allTextContents()) {
      expect(source).toMatch(/^\[\d+\] .+ · retrieved 2026-11/);
    }
    expect(await page.locator('[data-price-version-note]').textContent()).toContain('List prices change.');

    await page.fill('#cost-datasetTb', '60');
    await page.getByRole('button', { name: 'Estimate' }).click();
    await page.waitForURL(/datasetTb=60/);
    expect(await page.locator(totalOf('aws:us-east-1')).textContent()).toBe('$60,229.61');
    expect(await page.locator('#cost-datasetTb').inputValue()).toBe('60');
  });

  it('updates totals and the chart as you type, keeping the inputs in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/costs/`);
    await expect.poll(() => page.locator('[data-cost-chart-figure]').isVisible()).toBe(true);
    expect(await page.locator('canvas[data-cost-chart]').count()).toBe(1);
    expect(await page.locator(totalOf('aws:us-east-1')).textContent()).toBe('$53,399.53');

    await page.fill('#cost-datasetTb', '60');
    await expect.poll(() => page.locator(totalOf('aws:us-east-1')).textContent()).toBe('$60,229.61');
    await page.selectOption('#cost-gpu', 'H100-80GB');
    await page.fill('#cost-spot', '0.5');
    await expect.poll(() => page.url()).toContain('gpu=H100-80GB');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      datasetTb: '60',
      gpu: 'H100-80GB',
      gpus: '4',
      hours: '36',
      jobs: '50',
      egress: '2',
      spot: '0.5',
    });
    await expect
      .poll(() => page.locator('[data-cost-result]').getAttribute('data-price-version'))
      .toBe('prices-2026-11');
    await expect
      .poll(() => page.locator('[data-option="gcp:us-central1"] [data-component]').first().textContent())
      .toContain('H100-80GB');
    expect(await page.locator('canvas[data-cost-chart]').getAttribute('aria-label')).toMatch(
      /^Stacked bar chart of cost per option: AWS us-east-1 \$/,
    );
    expect(page.errors).toEqual([]);
  });

  it('reproduces the estimate from a shared URL, with and without JavaScript', async () => {
    const author = await browser.newPage();
    await author.goto(`${hubUrl}/costs/`);
    await author.fill('#cost-hours', '12');
    await author.getByLabel('Azure', { exact: true }).uncheck();
    await expect.poll(() => author.url()).toContain('hours=12');
    await expect.poll(() => author.locator('[data-option-row]').count()).toBe(3);
    const shared = author.url();
    const totals = await author.locator('[data-option-row] [data-total]').allTextContents();

    for (const javaScriptEnabled of [true, false]) {
      const reader = await browser.newPage({ javaScriptEnabled });
      await reader.goto(shared);
      expect(await reader.locator('#cost-hours').inputValue()).toBe('12');
      expect(await reader.getByLabel('Azure', { exact: true }).isChecked()).toBe(false);
      expect(await reader.locator('[data-option-row] [data-total]').allTextContents()).toEqual(totals);
    }
  });

  it('sorts a breakdown by cost when its heading is selected', async () => {
    const page = await browser.newPage();
    await page.goto(`${hubUrl}/costs/${EXAMPLE}`);
    const gcp = page.locator('[data-option="gcp:us-central1"]');
    await gcp.getByRole('button', { name: 'Cost' }).click();
    const costs = async () =>
      await gcp.locator('td[data-cost]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
    const ascending = await costs();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await gcp.locator('th[aria-sort="ascending"]').textContent()).toBe('Cost');
    await gcp.getByRole('button', { name: 'Cost' }).click();
    expect(await costs()).toEqual([...ascending].reverse());
  });

  it('opens a shared URL with the server-rendered estimate, which the script charts without asking the API again', async () => {
    const page = await browser.newPage();
    const estimates: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/costs/estimate')) estimates.push(request.url());
    });
    await page.goto(`${hubUrl}/costs/?datasetTb=5&gpu=L4&gpus=1&hours=10&jobs=3&providers=aws&providers=on-prem`);
    await expect.poll(() => page.locator('[data-cost-chart-figure]').isVisible()).toBe(true);
    expect(await page.locator('[data-option-row]').count()).toBe(2);
    expect(await page.locator('#cost-datasetTb').inputValue()).toBe('5');
    expect(await page.locator('#cost-gpu').inputValue()).toBe('L4');
    expect(await page.getByLabel('Google Cloud', { exact: true }).isChecked()).toBe(false);
    expect(await page.locator(totalOf('on-prem')).textContent()).toBe('$55.00');
    expect(estimates).toEqual([]);
    expect(page.errors).toEqual([]);
  });

  it('shows the on-prem placeholder without ranking it, says what to fill in, and ranks it once filled in', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${hubUrl}/costs/${EXAMPLE}`);
    const onPremRow = page.locator('[data-option-row="on-prem"]');
    expect(await onPremRow.textContent()).toContain('placeholder rate');
    expect(await onPremRow.getAttribute('data-cheapest')).toBeNull();
    expect(await page.locator('[data-option="on-prem"] [data-placeholder-note]').textContent()).toContain(
      "Enter your site's cost per GPU-hour (the $1 per GPU-hour used here is a placeholder)",
    );
    expect(await page.locator('#cost-onPremGpuHour-hint').textContent()).toContain(
      "Enter your site's cost per GPU-hour",
    );
    const allowance = page.locator('[data-assumptions] li', { hasText: 'Free egress allowance' });
    expect(await allowance.textContent()).toContain('AWS us-east-1: $3,523.80 → $3,524.30 (+$0.50)');
    expect(await page.locator('[data-cost-chart-figure] figcaption').textContent()).toContain('linear axis from $0');

    await page.goto(
      `${hubUrl}/costs/?datasetTb=60&gpu=A100-80GB&gpus=4&hours=36&jobs=50&egress=1&onPremGpuHour=0.5&onPremTbMonth=3`,
    );
    expect(await page.locator('[data-option-row="on-prem"]').getAttribute('data-cheapest')).toBe('');
    expect(await page.locator('[data-cheapest-line]').textContent()).toContain('Cheapest: On-premises (assumed rate)');
    expect(await allowance.textContent()).toContain('AWS us-east-1: $5,111.00 → $5,113.00 (+$2.00)');
    expect(await allowance.textContent()).toContain('the two readings differ by $1.75–$2.00 for this campaign');
  });
});
