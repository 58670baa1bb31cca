import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM_VALUES, EXAMPLE_FORM_VALUES } from '../lib/cost-report/form-choices';
import { renderCostForm } from './cost-form';

const choices = {
  gpuTypes: ['A100-80GB', 'L4'],
  storageClasses: ['standard'],
  versions: [
    { id: 'prices-2026-12-01', effectiveDate: '2026-12-01' },
    { id: 'prices-2026-11', effectiveDate: '2026-11-01' },
  ],
  currentVersionId: 'prices-2026-12-01',
  onPrem: { usdPerGpuHour: 1, usdPerTbMonth: 5, source: 'illustrative assumption' },
};

describe('renderCostForm', () => {
  it('is a GET form on /costs/ whose field names are the URL parameters', () => {
    const html = renderCostForm({ ...DEFAULT_FORM_VALUES, ...EXAMPLE_FORM_VALUES }, choices);
    expect(html).toMatch(/^<form action="\/costs\/" method="get"/);
    const names = [...html.matchAll(/name="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(names)).toEqual(
      new Set([
        'datasetTb',
        'gpu',
        'gpus',
        'hours',
        'jobs',
        'spot',
        'egress',
        'egressMonths',
        'ingress',
        'storageMonths',
        'storageClass',
        'providers',
        'onPremGpuHour',
        'onPremTbMonth',
        'version',
        'spotPrice',
        'placement',
        'network',
      ]),
    );
    expect(html).toContain('id="cost-datasetTb" name="datasetTb" type="number"');
    expect(html).toMatch(/name="datasetTb"[^>]*value="20"/);
    expect(html).toContain('<option value="A100-80GB" selected>A100-80GB</option>');
    expect(html.match(/type="checkbox" name="providers" value="[^"]+" checked/g)).toHaveLength(4);
    expect(html).toContain('<option value="" selected>current (prices-2026-12-01)</option>');
    expect(html).toContain('placeholder="hub default: 1"');
  });

  it('shows the values of a shared URL, keeping a GPU or version the lists lack and only the ticked providers', () => {
    const html = renderCostForm(
      {
        ...DEFAULT_FORM_VALUES,
        gpu: 'B200',
        providers: ['aws', 'on-prem'],
        version: 'prices-2026-11',
        from: 'top-tagger:v3',
        datasetTb: '"><script>',
      },
      choices,
    );
    expect(html).toContain('<option value="B200" selected>B200</option>');
    expect(html).toContain('value="aws" checked');
    expect(html).toContain('value="gcp" />');
    expect(html).toContain('<option value="prices-2026-11" selected>');
    expect(html).toContain('<input type="hidden" name="from" value="top-tagger:v3" />');
    expect(html).not.toContain('"><script>');
  });

  it('asks for the site’s figures when the hub only has a placeholder on-prem rate', () => {
    const html = renderCostForm(DEFAULT_FORM_VALUES, { ...choices, onPrem: { ...choices.onPrem, placeholder: true } });
    expect(html).toContain('placeholder="placeholder: 1"');
    expect(html).toContain(
      'Enter your site&#39;s cost per GPU-hour. Empty: a placeholder of $1, shown but not ranked.',
    );
    expect(html).toContain('Enter your site&#39;s storage cost per TB-month. Empty: a placeholder of $5.');
  });
});
