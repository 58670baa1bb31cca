import { describe, expect, it } from 'vitest';
import { comparisonSummary } from './comparison-summary';

describe('comparisonSummary (the precision comparison’s status line, from its rows)', () => {
  it('says "all" only when every row ran on the chosen provider', () => {
    const rows = ['a', 'b', 'c'].map((slug) => ({ slug, provider: 'webgpu' as const }));
    expect(comparisonSummary(rows, 'webgpu')).toBe('All 3 variants ran on WebGPU with the inputs above.');
  });

  it('names the rows that fell back to WASM while WebGPU was chosen', () => {
    const text = comparisonSummary(
      [
        { slug: 'jet-btag', provider: 'webgpu' },
        { slug: 'jet-btag-fp16', provider: 'wasm' },
        { slug: 'jet-btag-int8', provider: 'wasm' },
        { slug: 'jet-btag-pruned50', provider: 'webgpu' },
      ],
      'webgpu',
    );
    expect(text).toBe(
      '2 of 4 variants ran on WebGPU; jet-btag-fp16 and jet-btag-int8 ran on WASM (CPU) instead (see their rows); same inputs above.',
    );
    expect(text).not.toContain('All');
  });

  it('lists rows that did not run, and says when none ran on the chosen provider', () => {
    expect(
      comparisonSummary(
        [
          { slug: 'a', provider: 'wasm' },
          { slug: 'b', error: 'HTTP 404' },
          { slug: 'c', provider: 'wasm', error: 'stale' },
        ],
        'webgpu',
      ),
    ).toBe(
      'No variant ran on WebGPU; a ran on WASM (CPU) instead (see its row); b and c did not run; same inputs above.',
    );
  });
});
