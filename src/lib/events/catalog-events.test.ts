import { describe, expect, it } from 'vitest';
import { summarizeCatalogEvent } from './catalog-events';

describe('summarizeCatalogEvent', () => {
  it('says what changed through the API in one line', () => {
    expect(summarizeCatalogEvent('model.version.registered', { status: 'ready', artifacts: 1, metrics: 2 })).toBe(
      'Version registered through the API (ready, 1 artifact, 2 metrics)',
    );
    expect(
      summarizeCatalogEvent('model.alias.moved', { alias: 'production', version: 4, reason: 'passed validation' }),
    ).toBe('Alias "production" set to v4: passed validation');
    expect(summarizeCatalogEvent('model.alias.removed', { alias: 'staging', reason: null })).toBe(
      'Alias "staging" removed',
    );
    expect(
      summarizeCatalogEvent('model.deployed', {
        version: 2,
        kind: 'hlt',
        target: 'CMSSW_14_0_X',
        url: null,
        startedAt: '2026-03-02T09:14:07.000Z',
      }),
    ).toBe('Deployed v2 to CMSSW_14_0_X — High-level trigger');
    expect(
      summarizeCatalogEvent('model.undeployed', {
        deployment: 7,
        version: 2,
        kind: 'hlt',
        target: 'CMSSW_14_0_X',
        reason: 'replaced by v3',
        endedAt: '2026-03-02T09:14:07.000Z',
      }),
    ).toBe('Deployment 7 of v2 to CMSSW_14_0_X ended: replaced by v3');
  });

  it('cuts a long reason to 200 characters', () => {
    const summary = summarizeCatalogEvent('model.alias.removed', { alias: 'staging', reason: 'x'.repeat(500) });
    expect(summary).toBe(`Alias "staging" removed: ${'x'.repeat(200)}`);
  });
});
