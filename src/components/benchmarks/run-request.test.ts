import { describe, expect, it } from 'vitest';
import { requestFromQuery } from './run-request';

describe('requestFromQuery', () => {
  it('reads the model, provider, batch and durations, with the defaults the node harness uses', () => {
    expect(requestFromQuery('?model=pid-dedx&provider=webgpu&batch=8&minTime=400ms&minIterations=50')).toEqual({
      model: 'pid-dedx',
      version: undefined,
      provider: 'webgpu',
      batchSize: 8,
      minDurationMs: 400,
      minIterations: 50,
      threads: 1,
      warmupRuns: 20,
      seed: 2026,
    });
    expect(requestFromQuery('?model=jet-btag&version=2&minTime=2.5s')).toMatchObject({
      version: 2,
      provider: 'wasm',
      minDurationMs: 2500,
    });
  });

  it('says which parameter is wrong', () => {
    expect(() => requestFromQuery('?provider=wasm')).toThrow(/\?model=<slug>/);
    expect(() => requestFromQuery('?model=Bad_Slug')).toThrow(/\?model=<slug>/);
    expect(() => requestFromQuery('?model=m1&provider=cuda')).toThrow(/provider= is wasm or webgpu/);
    expect(() => requestFromQuery('?model=m1&batch=0')).toThrow(/\?batch=0 must be a positive number/);
    expect(() => requestFromQuery('?model=m1&minTime=soon')).toThrow(/minTime= is a duration/);
  });
});
