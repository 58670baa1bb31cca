import { describe, expect, it } from 'vitest';
import { axisPosition, intermediateCurves, parallelCoordinates, type ChartTrial } from './study-charts';
import type { SearchSpace } from './search-space';

const space: SearchSpace = {
  lr: { type: 'float', low: 1e-4, high: 1e-2, log: true },
  layers: { type: 'int', low: 2, high: 8 },
  optimizer: { type: 'categorical', choices: ['adam', 'sgd'] },
};
const trial = (
  number: number,
  state: ChartTrial['state'],
  value: number | null,
  params = {},
  iv: ChartTrial['intermediateValues'] = [],
): ChartTrial => ({
  number,
  state,
  value,
  params,
  intermediateValues: iv,
});

describe('parallelCoordinates', () => {
  const data = parallelCoordinates(
    space,
    [
      trial(0, 'COMPLETE', 0.5, { lr: 1e-3, layers: 2, optimizer: 'sgd' }),
      trial(1, 'PRUNED', null, { lr: 1e-2, layers: 8, optimizer: 'adam' }),
      trial(2, 'COMPLETE', 0.3, { lr: 1e-2, layers: 8 }),
    ],
    'val_loss',
    2,
  );

  it('has one axis per parameter plus the objective, typed by the distribution', () => {
    expect(data.axes.map((a) => [a.name, a.kind, a.title])).toEqual([
      ['lr', 'log', 'lr (log scale)'],
      ['layers', 'linear', 'layers'],
      ['optimizer', 'category', 'optimizer'],
      ['val_loss', 'linear', 'val_loss (objective)'],
    ]);
    expect(data.axes[2]!.labels).toEqual(['adam', 'sgd']);
    expect(data.axes[3]).toMatchObject({ min: 0.3, max: 0.5 });
  });

  it('draws only COMPLETE trials, placing log values by decade and categories at band centres', () => {
    expect(data.lines.map((l) => l.number)).toEqual([0, 2]);
    expect(data.lines[0]!.y).toEqual([0.5, 0, 0.75, 1]);
    expect(data.lines[1]).toEqual({ number: 2, best: true, y: [1, 1, null, 0] });
  });

  it('gives a one-point range a height and refuses values outside a log axis', () => {
    const flat = parallelCoordinates(
      { x: { type: 'int', low: 3, high: 3 } },
      [trial(0, 'COMPLETE', 1, { x: 3 })],
      'v',
      0,
    );
    expect(flat.axes[0]).toMatchObject({ min: 2, max: 4 });
    expect(flat.lines[0]!.y).toEqual([0.5, 0.5]);
    expect(axisPosition({ name: 'lr', kind: 'log', title: '', min: 1e-4, max: 1 }, 0)).toBeNull();
  });
});

describe('intermediateCurves', () => {
  it('keeps the trials that reported values, in number order, with their state', () => {
    const curves = intermediateCurves([
      trial(3, 'PRUNED', null, {}, [{ step: 0, value: 0.9 }]),
      trial(1, 'COMPLETE', 0.4, {}, [
        { step: 0, value: 0.8 },
        { step: 1, value: 0.5 },
      ]),
      trial(2, 'FAIL', null),
    ]);
    expect(curves.map((c) => [c.number, c.state, c.points.length])).toEqual([
      [1, 'COMPLETE', 2],
      [3, 'PRUNED', 1],
    ]);
  });
});
