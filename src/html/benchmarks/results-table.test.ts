import { describe, expect, it } from 'vitest';
import { benchmarkCsv, csvCell } from '../../lib/benchmarks/csv';
import type { BenchmarkResultJson } from '../../lib/benchmarks/result-json';
import { ALL_COLUMNS, resultsTableHtml } from './results-table';

const record: BenchmarkResultJson = {
  id: 'bm_abcdefgh1234',
  model: { slug: 'jet-btag', name: 'Jet', task: 'jet-tagging' },
  version: 1,
  artifact: { precision: 'fp32', sha256: 'ab'.repeat(32) },
  engine: { name: 'onnxruntime-web', version: '1.30.0', executionProvider: 'webgpu' },
  engineLabel: 'onnxruntime-web 1.30.0 · webgpu',
  hardware: { browser: { name: 'Chrome', version: '140', userAgent: '<script>alert(1)</script>' } },
  hardwareLabel: 'Chrome 140 <b>',
  software: { os: '=cmd|calc' },
  settings: { scenario: 'single-stream', batchSize: 8, warmupRuns: 5 },
  results: {
    iterations: 1000,
    durationMs: 900,
    latencyMs: { min: 0.1, mean: 0.2, p50: 0.15, p90: 0.3, p99: 0.5, p999: 0.9 },
    throughputPerSec: 40000,
  },
  validity: {
    valid: false,
    flags: [{ code: 'too_short', severity: 'invalid', message: 'ran for 0.9 s, "too" short' }],
  },
  provenance: {
    source: 'community',
    submitter: 'anonymous visitor',
    measuredAt: '2026-11-26T10:00:00.000Z',
    recordedAt: '2026-11-26T10:00:01.000Z',
    eventRef: null,
  },
  supersedes: null,
  supersededBy: null,
  hardwarePool: null,
  links: {
    self: '/api/benchmarks/bm_abcdefgh1234',
    page: '/benchmarks/result/?id=bm_abcdefgh1234',
    version: '/models/jet-btag/v/1/',
    versionBenchmarks: '/models/jet-btag/v/1/benchmarks/',
  },
};

describe('resultsTableHtml', () => {
  it('greys out invalid rows with the reason, marks community rows and links the full record', () => {
    const html = resultsTableHtml([record]);
    expect(html).toContain('class="bm-invalid bm-community"');
    expect(html).toContain('title="Invalid: ran for 0.9 s, &#34;too&#34; short"');
    expect(html).toContain('<span class="badge warn">community</span>');
    expect(html).toContain('href="/benchmarks/result/?id=bm_abcdefgh1234"');
    expect(html).toContain('data-sort="number" class="num">p50 (ms)');
  });

  it('escapes what visitors send', () => {
    const html = resultsTableHtml([record], ALL_COLUMNS);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('Chrome 140 &#60;b&#62;');
  });
});

describe('benchmarkCsv', () => {
  it('writes a header and one row per result, quoting and defusing formulas', () => {
    const csv = benchmarkCsv([record]);
    const [header, row] = csv.trim().split('\r\n');
    expect(header!.startsWith('id,model,version,task,precision')).toBe(true);
    expect(row).toContain(`'=cmd|calc`);
    expect(row).toContain('"INVALID too_short: ran for 0.9 s, ""too"" short"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('-3 apples')).toBe(`'-3 apples`);
  });
});

describe('recordHtml', () => {
  it('shows every group of the record with the invalid reason, and escapes visitor text', async () => {
    const { recordHtml } = await import('./record');
    const html = recordHtml(record);
    for (const heading of ['Validity', 'Model', 'Engine', 'Hardware', 'Software', 'Settings', 'Results', 'Provenance'])
      expect(html).toContain(`>${heading}</h2>`);
    expect(html).toContain('<strong>Invalid</strong> (<code>too_short</code>): ran for 0.9 s, &#34;too&#34; short');
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<span class="badge warn">community</span>');
  });
});
