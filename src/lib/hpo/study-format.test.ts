import { describe, expect, it } from 'vitest';
import { describeDistribution, formatNumber, formatParam, formatUsd } from './study-format';

describe('study formatting', () => {
  it('formats numbers with six significant digits, exponents for tiny and huge ones', () => {
    expect(formatNumber(0.123456789)).toBe('0.123457');
    expect(formatNumber(1e-5)).toBe('1e-5');
    expect(formatNumber(3.5e9)).toBe('3.5e+9');
    expect(formatNumber(null)).toBe('—');
    expect(formatParam('adam')).toBe('adam');
    expect(formatParam(true)).toBe('true');
  });

  it('describes distributions as Optuna defines them', () => {
    expect(describeDistribution({ type: 'float', low: 1e-5, high: 0.1, log: true })).toBe(
      'float in [1e-5, 0.1], log scale',
    );
    expect(describeDistribution({ type: 'int', low: 2, high: 8, step: 2 })).toBe('int in [2, 8], step 2');
    expect(describeDistribution({ type: 'int', low: 2, high: 8, step: 1 })).toBe('int in [2, 8]');
    expect(describeDistribution({ type: 'categorical', choices: ['adam', 'sgd'] })).toBe('one of adam, sgd');
  });

  it('formats dollars with cents below $100', () => {
    expect(formatUsd(12.5)).toBe('$12.50');
    expect(formatUsd(1234.4)).toBe('$1,234');
  });
});
