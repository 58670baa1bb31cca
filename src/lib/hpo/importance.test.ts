import { describe, expect, it } from 'vitest';
import { correlationRatio, paramImportance } from './importance';
import { bestTrial, optimisationHistory } from './history';
import { checkParams } from './search-space';

describe('correlationRatio', () => {
  it('is 1 when the groups explain all variance, 0 when their means are equal, 0 for a constant objective', () => {
    expect(correlationRatio(['a', 'a', 'b', 'b'], [1, 1, 3, 3])).toBe(1);
    expect(correlationRatio(['a', 'b', 'a', 'b'], [1, 1, 3, 3])).toBe(0);
    expect(correlationRatio(['a', 'b'], [2, 2])).toBe(0);
  });

  it('is the between-group share of the sum of squares', () => {
    // mean 2.5; total SS = 2.25+0.25+0.25+2.25 = 5; group means 1.5 and 3.5 → between SS = 2·1 + 2·1 = 4.
    expect(correlationRatio(['a', 'a', 'b', 'b'], [1, 2, 3, 4])).toBeCloseTo(0.8, 12);
  });
});

describe('paramImportance', () => {
  const space = {
    lr: { type: 'float' as const, low: 1e-5, high: 1, log: true },
    optimizer: { type: 'categorical' as const, choices: ['adam', 'sgd'] },
  };

  it('ranks the parameter that drives the objective first and normalises to 1', () => {
    // The value follows lr; optimizer alternates independently of it.
    const trials = Array.from({ length: 20 }, (_, i) => ({
      params: { lr: 10 ** (-5 + (i * 5) / 19), optimizer: i % 2 === 0 ? 'adam' : 'sgd' },
      value: i,
    }));
    const result = paramImportance(space, trials);
    expect(result.map((r) => r.param)).toEqual(['lr', 'optimizer']);
    expect(result[0]!.bins).toBe(5);
    expect(result[0]!.eta2).toBeGreaterThan(0.9);
    expect(result[1]!.eta2).toBeLessThan(0.05);
    expect(result.reduce((a, r) => a + r.importance, 0)).toBeCloseTo(1, 12);
  });

  it('leaves out parameters set by fewer than 3 trials, and gives 0 everywhere for a constant objective', () => {
    const result = paramImportance(space, [
      { params: { lr: 0.1 }, value: 1 },
      { params: { lr: 0.2, optimizer: 'sgd' }, value: 1 },
      { params: { lr: 0.3 }, value: 1 },
    ]);
    expect(result).toEqual([{ param: 'lr', eta2: 0, importance: 0, trials: 3, bins: 3 }]);
  });
});

describe('optimisation history and best trial', () => {
  const trials = [
    { number: 2, state: 'COMPLETE' as const, value: 0.3 },
    { number: 0, state: 'COMPLETE' as const, value: 0.5 },
    { number: 1, state: 'PRUNED' as const, value: null },
    { number: 3, state: 'COMPLETE' as const, value: 0.4 },
    { number: 4, state: 'COMPLETE' as const, value: 0.3 },
  ];
  it('keeps the best so far by trial number, over COMPLETE trials only', () => {
    expect(optimisationHistory(trials, 'minimize').map((p) => [p.number, p.best])).toEqual([
      [0, 0.5],
      [2, 0.3],
      [3, 0.3],
      [4, 0.3],
    ]);
    expect(optimisationHistory(trials, 'maximize').at(-1)!.best).toBe(0.5);
  });
  it('picks the lowest number on a tie, as Optuna does', () => {
    expect(bestTrial(trials, 'minimize')!.number).toBe(2);
  });
});

describe('checkParams', () => {
  it("applies Optuna's containment rules: range, integer step, float step, choices", () => {
    const space = {
      a: { type: 'int' as const, low: 2, high: 8, step: 2 },
      b: { type: 'float' as const, low: 0, high: 1, step: 0.25 },
      c: { type: 'categorical' as const, choices: [true, null, 'x'] },
    };
    expect(checkParams(space, { a: 4, b: 0.75, c: null })).toEqual([]);
    expect(checkParams(space, { a: 3, b: 0.3, c: 'y', d: 1 }).map((i) => [i.path, i.code])).toEqual([
      ['a', 'out_of_space'],
      ['b', 'out_of_space'],
      ['c', 'out_of_space'],
      ['d', 'unknown_param'],
    ]);
  });
});
