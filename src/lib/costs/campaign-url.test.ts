import { describe, expect, it } from 'vitest';
import { campaignInputSchema } from './campaign-input';
import { costPageUrl, paramOfPath, parseOrigin, readCostQuery, retrainingEstimateUrl } from './campaign-url';
import { applyOnPremOverride } from './on-prem-override';

describe('cost page URL parameters', () => {
  it('reads the shared-link parameters into a campaign the schema accepts', () => {
    const q = readCostQuery(
      new URLSearchParams(
        'datasetTb=20&gpu=A100-80GB&gpus=4&hours=36&jobs=50&egress=2&spot=0.5&providers=aws,gcp&providers=on-prem&version=prices-2026-11&from=top-tagger:v3',
      ),
    );
    expect(q.hasCampaign).toBe(true);
    expect(q.priceVersion).toBe('prices-2026-11');
    expect(q.from).toEqual({ model: 'top-tagger', version: 3 });
    expect(q.request).toEqual({
      datasetTb: 20,
      gpuType: 'A100-80GB',
      gpusPerJob: 4,
      hoursPerJob: 36,
      jobs: 50,
      egressCount: 2,
      spotShare: 0.5,
      options: [{ provider: 'aws' }, { provider: 'gcp' }, { provider: 'on-prem' }],
      priceVersion: 'prices-2026-11',
    });
    expect(campaignInputSchema.safeParse(q.request).success).toBe(true);
  });

  it('leaves empty parameters out and keeps unreadable numbers as text so validation names them', () => {
    const q = readCostQuery(new URLSearchParams('datasetTb=abc&gpu=&hours=2&spot='));
    expect(q.request).toEqual({ datasetTb: 'abc', hoursPerJob: 2 });
    const issues = campaignInputSchema.safeParse(q.request).error?.issues.map((i) => paramOfPath(i.path.join('.')));
    expect(issues).toEqual(['datasetTb', 'gpu']);
    expect(readCostQuery(new URLSearchParams('')).hasCampaign).toBe(false);
  });

  it('labels an on-prem rate typed into the page as an assumption and maps its errors to its parameter', () => {
    const q = readCostQuery(new URLSearchParams('onPremGpuHour=1.2'));
    expect(q.request['onPrem']).toEqual({ usdPerGpuHour: 1.2, source: 'entered on the cost page: an assumption' });
    expect(paramOfPath('onPrem.usdPerTbMonth')).toBe('onPremTbMonth');
    expect(paramOfPath('options.1.provider')).toBe('providers');
  });

  it('accepts provider:region targets and ignores malformed origins', () => {
    expect(readCostQuery(new URLSearchParams('providers=gcp:us-central1,aws,aws')).request['options']).toEqual([
      { provider: 'gcp', region: 'us-central1' },
      { provider: 'aws' },
    ]);
    expect(parseOrigin('Top Tagger:v3')).toBeNull();
    expect(parseOrigin('top-tagger:3')).toBeNull();
  });

  it('writes a request back into the same parameters', () => {
    const url = costPageUrl(
      {
        datasetTb: 20,
        gpuType: 'A100-80GB',
        gpusPerJob: 4,
        hoursPerJob: 36,
        jobs: 50,
        egressCount: 2,
        options: [{ provider: 'aws', region: 'us-east-1' }],
        priceVersion: 'v1',
      },
      { baseUrl: 'https://hub.example.org' },
    );
    expect(url).toBe(
      'https://hub.example.org/costs/?datasetTb=20&gpu=A100-80GB&gpus=4&hours=36&jobs=50&egress=2&providers=aws%3Aus-east-1&version=v1',
    );
    expect(readCostQuery(new URL(url).searchParams).request).toMatchObject({
      datasetTb: 20,
      options: [{ provider: 'aws', region: 'us-east-1' }],
    });
  });
});

describe('retrainingEstimateUrl', () => {
  it('prefills dataset TB from bytes and hours per job from the job GPU-hours', () => {
    const url = retrainingEstimateUrl({
      datasetBytes: [15 * 2 ** 40, 5 * 2 ** 40],
      gpuHours: 144,
      gpuType: 'A100-80GB',
      gpusPerJob: 4,
      model: { slug: 'top-tagger', version: 3 },
    });
    expect(url).toBe('/costs/?datasetTb=20&gpu=A100-80GB&gpus=4&hours=36&jobs=1&from=top-tagger%3Av3');
    expect(readCostQuery(new URL(url, 'http://x').searchParams).from).toEqual({ model: 'top-tagger', version: 3 });
  });

  it('converts decimal byte counts to billing TB and leaves out what the catalog does not know', () => {
    const url = retrainingEstimateUrl({ datasetBytes: [20e12], gpuHours: null, baseUrl: 'https://hub.example.org' });
    expect(url).toBe('https://hub.example.org/costs/?datasetTb=18.1899&gpus=1&jobs=1');
  });
});

describe('applyOnPremOverride', () => {
  const configured = { usdPerGpuHour: 1, usdPerTbMonth: 5, source: 'lab accounting 2026', asOf: '2026-10' };

  it('keeps the configured figure the override does not change and says so', () => {
    expect(applyOnPremOverride(configured, { usdPerGpuHour: 1.2 }, 'given on the command line')).toEqual({
      usdPerGpuHour: 1.2,
      usdPerTbMonth: 5,
      source: 'given on the command line; TB-month rate from the hub configuration (lab accounting 2026)',
    });
  });

  it('is a no-op without figures', () => {
    expect(applyOnPremOverride(configured, { source: 'x' }, 'y')).toBeUndefined();
    expect(applyOnPremOverride(configured, undefined, 'y')).toBeUndefined();
  });
});
