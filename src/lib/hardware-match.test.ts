import { describe, expect, it } from 'vitest';
import { labelMatchesModel, matchableModels, modelKey } from './hardware-match';

describe('benchmark labels matched to pool accelerators', () => {
  it('matches a model by its words, whatever vendor prefix the label uses', () => {
    expect(labelMatchesModel('Tesla T4 · AMD EPYC 7B12, 8 cores', 'NVIDIA T4')).toBe(true);
    expect(labelMatchesModel('2× NVIDIA A100-SXM4-40GB', 'NVIDIA A100')).toBe(true);
  });

  it('does not match a word inside another word or a different model', () => {
    expect(labelMatchesModel('NVIDIA RTX A4000', 'NVIDIA T4')).toBe(false);
    expect(labelMatchesModel('NVIDIA A100', 'NVIDIA A10')).toBe(false);
    expect(labelMatchesModel('Chromium 130 · swiftshader', 'NVIDIA T4')).toBe(false);
  });

  it('refuses models too vague to match on', () => {
    expect(modelKey('AMD (model not recorded)')).toBeNull();
    expect(modelKey('NVIDIA')).toBeNull();
    expect(modelKey(null)).toBeNull();
    expect(labelMatchesModel('AMD Instinct MI50', 'AMD (model not recorded)')).toBe(false);
  });

  it('lists the distinct matchable GPU and FPGA models of a pool', () => {
    const a = { vendor: null, memoryGb: null, count: null, perNode: null };
    expect(
      matchableModels([
        { ...a, kind: 'gpu', model: 'NVIDIA T4' },
        { ...a, kind: 'gpu', model: 'NVIDIA T4' },
        { ...a, kind: 'cpu', model: 'AMD EPYC 7742' },
        { ...a, kind: 'gpu', model: null },
      ]),
    ).toEqual(['NVIDIA T4']);
  });
});
