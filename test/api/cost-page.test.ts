import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { resolveConfig } from '../../functions/config';
import { costPage } from '../../functions/services/costs';
import { renderEstimate, renderEstimateProblem } from '../../src/html/cost-estimate';
import { renderCostForm } from '../../src/html/cost-form';
import { insertTestPriceVersion } from '../factories';
import { createTestDb } from '../helpers/db';

const config = resolveConfig({ onPrem: { usdPerGpuHour: 0.5, usdPerTbMonth: 3, source: 'lab accounting 2026' } });

describe('the /costs/ page for its URL (costs service, rendered as CostEstimator.astro does)', () => {
  let db: Db;
  const page = (query: string) => costPage({ db, config }, new URLSearchParams(query));
  /** The form and the estimate as the page renders them, with the same renderers. */
  const render = async (query: string) => {
    const data = await page(query);
    const result =
      'estimate' in data.result
        ? renderEstimate(data.result.estimate, { from: data.result.from })
        : renderEstimateProblem(data.result.problem);
    return renderCostForm(data.values, data.choices) + result;
  };

  beforeAll(async () => {
    db = await createTestDb();
    await insertTestPriceVersion(db);
  });

  it('shows the worked example when the URL has no campaign', async () => {
    const data = await page('');
    expect('estimate' in data.result).toBe(true);
    const html = await render('');
    expect(html).not.toContain('data-cost-placeholder');
    expect(html).toMatch(/name="datasetTb"[^>]*value="20"/);
    expect(html).toMatch(/data-option-row="gcp:us-central1">.*?\$25,213\.74/);
    expect(html).toMatch(/data-option-row="on-prem" class="cost-cheapest" data-cheapest>.*?\$3,660\.00/);
    expect(html).toContain('placeholder="hub default: 0.5"');
  });

  it('fills the form and the estimate from a shared URL', async () => {
    const html = await render(
      'datasetTb=5&gpu=L4&gpus=1&hours=10&jobs=3&providers=aws&providers=on-prem&onPremGpuHour=2&from=top-tagger:v3',
    );
    expect(html).toMatch(/name="datasetTb"[^>]*value="5"/);
    expect(html).toContain('<option value="L4" selected>L4</option>');
    expect(html).toContain('value="gcp" />');
    expect([...html.matchAll(/data-option-row="([^"]+)"/g)].map((m) => m[1])).toEqual(['aws:us-east-1', 'on-prem']);
    expect(html).toMatch(
      /entered on the cost page: an assumption; TB-month rate from the hub configuration \(lab accounting 2026\)/,
    );
    expect(html).toContain('Prefilled from <a href="/models/top-tagger/">top-tagger</a> version 3');
    expect(html).toContain('<input type="hidden" name="from" value="top-tagger:v3" />');
  });

  it('explains an unknown GPU and invalid fields instead of an estimate', async () => {
    const gpu = await render('datasetTb=1&gpu=V100&hours=1');
    expect(gpu).toContain('data-cost-error');
    expect(gpu).toContain('Known GPU types: <code>A100-40GB</code>, <code>A100-80GB</code>');
    expect(gpu).toContain('<option value="V100" selected>V100</option>');
    const invalid = await page('datasetTb=1&gpu=L4&hours=1&spot=3&gpus=abc');
    expect('problem' in invalid.result && invalid.result.problem.issues?.map((i) => i.param).sort()).toEqual([
      'gpus',
      'spot',
    ]);
    const invalidHtml = await render('datasetTb=1&gpu=L4&hours=1&spot=3&gpus=abc');
    expect(invalidHtml).toMatch(/<li><code>gpus<\/code>: .*?<\/li>/);
    expect(invalidHtml).toMatch(/<li><code>spot<\/code>: Too big/);
    const version = await render('datasetTb=1&gpu=L4&hours=1&version=nope');
    expect(version).toContain('Price version &#34;nope&#34; was not found.');
  });

  it('still renders the form, with the problem, when no price version is published', async () => {
    const empty = await createTestDb();
    const data = await costPage({ db: empty, config }, new URLSearchParams(''));
    expect(data.choices.gpuTypes).toEqual([]);
    expect('problem' in data.result && data.result.problem.message).toMatch(/No price version has been published yet/);
  });
});
