import { describe, expect, it } from 'vitest';
import { initialPriceVersion } from '../../db/seed/prices/initial';
import { ILLUSTRATIVE_ON_PREM_RATE, estimateCampaign } from '../lib/costs';
import { costChartData } from '../lib/cost-report/chart-data';
import { problemOfApiError } from '../lib/cost-report/estimate-problem';
import { renderEstimate, renderEstimateProblem } from './cost-estimate';

const estimate = estimateCampaign(
  { datasetTb: 20, gpuType: 'A100-80GB', gpusPerJob: 4, hoursPerJob: 36, jobs: 50, egressCount: 2, spotShare: 0.5 },
  initialPriceVersion,
  ILLUSTRATIVE_ON_PREM_RATE,
);
const html = renderEstimate(estimate, { from: { model: 'top-tagger', version: 3 } });
const count = (pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('renderEstimate', () => {
  it('puts a source, a retrieval date and a cost on every breakdown row', () => {
    const components = estimate.options.flatMap((o) => o.components);
    expect(count(/<tr data-component/g)).toBe(components.length);
    expect(count(/data-source>\s*<a href="#cost-src-\d+"/g)).toBe(components.length);
    expect(count(/<span data-retrieved>[^<]+<\/span>/g)).toBe(components.length);
    expect(html).toContain(
      'skypilot-catalog v8 aws/vms.csv (commit 00148f2a)<span class="muted"> · retrieved <span data-retrieved>2026-11</span>',
    );
  });

  it('lists every source once, numbered as the rows cite them, and marks flagged rows and assumptions', () => {
    const ids = new Set(estimate.options.flatMap((o) => o.components.map((c) => c.priceRow.id)));
    expect(count(/<li id="cost-src-\d+" data-source-row=/g)).toBe(ids.size);
    expect(html).toMatch(
      /<li id="cost-src-7" data-source-row="gcp:us-central1:gpu_only:nvidia-a100-80gb">.*?flagged: spot_above_on_demand, host_spot_missing/,
    );
    expect(html).toMatch(/data-source-row="on-prem:gpu-hour">.*?assumption/);
  });

  it('highlights the cheapest priced option and calls out flagged price rows and incomplete options', () => {
    expect(html).toContain('<tr data-option-row="gcp:us-central1" class="cost-cheapest" data-cheapest>');
    expect(html).toContain('<section class="card cost-option cost-cheapest" data-option="gcp:us-central1"');
    expect(html).toMatch(
      /data-warning="flagged_price_row" data-price-row="gcp:us-central1:gpu_only:nvidia-a100-80gb"><strong>Flagged price:<\/strong>/,
    );
    expect(html).toMatch(/data-option-row="azure:eastus">.*?incomplete/);
    expect(html).toContain('Cheapest: <strong>Google Cloud us-central1 $25,213.74</strong>.');
  });

  it('never marks the on-prem placeholder cheapest ($7,300 < $25,213.74) and says what to fill in', () => {
    expect(html).toMatch(/<tr data-option-row="on-prem"><th scope="row">.*?placeholder rate<\/span><\/th>/);
    expect(html).not.toMatch(/data-option-row="on-prem"[^>]*data-cheapest/);
    const section = /<section[^>]*data-option="on-prem".*?<\/section>/.exec(html)?.[0] ?? '';
    expect(section).not.toContain('cost-cheapest');
    expect(section).toContain('<strong>Not ranked:</strong> this option uses placeholder figures, not prices.');
    expect(section).toContain(
      '<li><a href="#cost-onPremGpuHour">Enter your site&#39;s cost per GPU-hour</a> (the $1 per GPU-hour used here is a placeholder).</li>',
    );
    expect(section).toContain('<a href="#cost-onPremTbMonth">Enter your site&#39;s storage cost per TB-month</a>');
  });

  it('ranks on-prem like any option once its rate is a site’s figure, not a placeholder', () => {
    const priced = estimateCampaign(
      { datasetTb: 20, gpuType: 'A100-80GB', gpusPerJob: 4, hoursPerJob: 36, jobs: 50, egressCount: 2 },
      initialPriceVersion,
      { usdPerGpuHour: 0.5, usdPerTbMonth: 3, source: 'lab accounting 2026' },
    );
    const out = renderEstimate(priced);
    expect(out).toContain('<tr data-option-row="on-prem" class="cost-cheapest" data-cheapest>');
    expect(out).toContain('Cheapest: <strong>On-premises (assumed rate) $3,660.00</strong>');
    expect(out).not.toContain('data-placeholder-note');
  });

  it('states the price version with its note, the assumptions and where the inputs came from', () => {
    expect(html).toContain(
      'Prices: version <strong>prices-2026-11</strong>, effective 2026-11-01. List prices change.',
    );
    expect(count(/<li>/g)).toBeGreaterThanOrEqual(estimate.assumptions.length);
    expect(html).toContain('Prefilled from <a href="/models/top-tagger/">top-tagger</a> version 3');
  });

  it('embeds the estimate for the island without breaking out of the script element', () => {
    const evil = { ...estimate, assumptions: ['</script><script>alert(1)</script>'] };
    const out = renderEstimate(evil);
    expect(out).not.toContain('</script><script>alert(1)');
    const json = /<script type="application\/json" data-cost-estimate-json>(.*?)<\/script>/.exec(out)?.[1];
    expect(JSON.parse(json ?? 'null').assumptions).toEqual(evil.assumptions);
  });
});

describe('problems and chart data', () => {
  it('shows an unknown GPU with the known ones, and field problems by URL parameter', () => {
    const gpu = renderEstimateProblem(
      problemOfApiError({ message: 'x', details: { gpuType: 'V100', knownGpuTypes: ['A100-80GB', 'L4'] } }, 400),
    );
    expect(gpu).toContain('the price table has no GPU type &#34;V100&#34;.');
    expect(gpu).toContain('Known GPU types: <code>A100-80GB</code>, <code>L4</code>.');
    const fields = renderEstimateProblem(
      problemOfApiError(
        { message: 'Invalid body', details: { issues: [{ path: 'spotShare', message: 'Too big' }] } },
        400,
      ),
    );
    expect(fields).toContain('<li><code>spot</code>: Too big</li>');
  });

  it('stacks compute, storage and transfer per option on a linear axis, marking the cheapest priced one', () => {
    const d = costChartData(estimate);
    expect(d.labels).toEqual([
      'AWS us-east-1',
      'Google Cloud us-central1 (cheapest)',
      'Azure eastus (incomplete)',
      'On-premises (placeholder rate)',
    ]);
    expect(d.datasets.map((s) => s.category)).toEqual(['compute', 'storage', 'transfer']);
    expect(d.datasets[0]?.data).toEqual(estimate.options.map((o) => o.subtotals.compute));
    expect(d.cheapestIndex).toBe(1);
    expect(d.yAxis).toEqual({ type: 'linear', beginAtZero: true, title: 'Cost (USD, linear axis from $0)' });
  });
});
