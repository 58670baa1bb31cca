import { describe, expect, it } from 'vitest';
import { datasetBytes } from './dataset';
import { generateJetBtag } from './jet-btag';
import { generateL1Background, generateL1Signal } from './l1-events';
import { generatePidDedx, pidPosterior } from './pid-dedx';

function columnMean(features: Float64Array, width: number, j: number, rows: (r: number) => boolean): number {
  let sum = 0;
  let count = 0;
  for (let r = 0; r < features.length / width; r++) {
    if (!rows(r)) continue;
    sum += features[r * width + j]!;
    count++;
  }
  return sum / count;
}

describe('synthetic generators', () => {
  it('regenerate the same bytes from the same seed and different bytes from another', () => {
    expect(datasetBytes(generatePidDedx(500, 1))).toEqual(datasetBytes(generatePidDedx(500, 1)));
    expect(datasetBytes(generatePidDedx(500, 1))).not.toEqual(datasetBytes(generatePidDedx(500, 2)));
    expect(datasetBytes(generateJetBtag(300, 5))).toEqual(datasetBytes(generateJetBtag(300, 5)));
    expect(datasetBytes(generateL1Background(300, 5))).toEqual(datasetBytes(generateL1Background(300, 5)));
  });

  it('draws the four PID species in roughly equal numbers inside the momentum range', () => {
    const data = generatePidDedx(20_000, 3);
    const counts = [0, 0, 0, 0];
    data.labels.forEach((l) => counts[l]!++);
    for (const c of counts) expect(c / data.n).toBeCloseTo(0.25, 1);
    for (let r = 0; r < data.n; r++) {
      expect(data.features[r * 2]).toBeGreaterThanOrEqual(0.15);
      expect(data.features[r * 2]).toBeLessThanOrEqual(5);
    }
  });

  it('gives b jets larger impact parameters and heavier secondary vertices than light jets', () => {
    const data = generateJetBtag(10_000, 4);
    const isB = (r: number) => data.labels[r] === 1;
    const isLight = (r: number) => data.labels[r] === 0;
    expect(columnMean(data.features, 6, 1, isB)).toBeGreaterThan(2 * columnMean(data.features, 6, 1, isLight));
    expect(columnMean(data.features, 6, 4, isB)).toBeGreaterThan(2 * columnMean(data.features, 6, 4, isLight));
    expect(columnMean(data.features, 6, 0, isB)).toBeCloseTo(columnMean(data.features, 6, 0, isLight), -1);
  });

  it('makes the monojet signal far richer in missing energy than the standard-model background', () => {
    const background = generateL1Background(5_000, 6);
    const monojet = generateL1Signal('monojet-dark-matter', 2_000, 7);
    const all = () => true;
    expect(columnMean(monojet.features, 10, 0, all)).toBeGreaterThan(4 * columnMean(background.features, 10, 0, all));
    expect(monojet.labels.every((l) => l === 1)).toBe(true);
  });

  it('computes a posterior that sums to one and favours the nearest band', () => {
    const post = pidPosterior(0.5, 167);
    expect(post.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(post[3]).toBeGreaterThan(0.99);
  });
});
