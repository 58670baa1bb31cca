import { describe, expect, it } from 'vitest';
import { judgeValidity } from './validity';

const ok = { iterations: 2000, durationMs: 12_000, cv: 0.04, minIterations: 1000, minDurationMs: 10_000 };

describe('judgeValidity', () => {
  it('a long, stable run with enough iterations is valid and unflagged', () => {
    expect(judgeValidity(ok)).toEqual({ valid: true, flags: [] });
  });

  it('too few iterations', () => {
    const r = judgeValidity({ ...ok, iterations: 999 });
    expect(r.valid).toBe(false);
    expect(r.flags.map((f) => f.code)).toEqual(['too_few_iterations', 'tail_percentiles_thin']);
    expect(r.flags[0]?.message).toBe(
      'ran 999 iterations, fewer than the 1000 required: percentiles rest on too few samples',
    );
  });

  it('too short', () => {
    const r = judgeValidity({ ...ok, durationMs: 850 });
    expect(r.flags).toEqual([
      {
        code: 'too_short',
        severity: 'invalid',
        message: 'ran for 0.85 s, shorter than the 10 s minimum: warm-up, caches and clock boost may dominate',
      },
    ]);
  });

  it('CV above 10% by default; exactly 10% passes', () => {
    expect(judgeValidity({ ...ok, cv: 0.1 }).valid).toBe(true);
    const r = judgeValidity({ ...ok, cv: 0.142 });
    expect(r.valid).toBe(false);
    expect(r.flags[0]).toMatchObject({
      code: 'cv_above_10_percent',
      message: expect.stringContaining('coefficient of variation 14.2% is above the 10% limit'),
    });
  });

  it('a custom CV limit gets its own code', () => {
    expect(judgeValidity({ ...ok, cv: 0.06, maxCv: 0.05 }).flags[0]?.code).toBe('cv_above_limit');
    expect(judgeValidity({ ...ok, cv: 0.12, maxCv: 0.2 }).valid).toBe(true);
  });

  it('an unknown CV makes the run invalid', () => {
    expect(judgeValidity({ ...ok, cv: null }).flags.map((f) => f.code)).toEqual(['cv_unknown']);
  });

  it('thin tails are a note, not a reason to reject a run that met its own minimums', () => {
    const r = judgeValidity({ ...ok, iterations: 200, minIterations: 100 });
    expect(r.valid).toBe(true);
    expect(r.flags).toEqual([expect.objectContaining({ code: 'tail_percentiles_thin', severity: 'note' })]);
  });

  it('reports every failed condition at once', () => {
    expect(
      judgeValidity({ iterations: 10, durationMs: 100, cv: 0.5, minIterations: 100, minDurationMs: 1000 }).flags.map(
        (f) => f.code,
      ),
    ).toEqual(['too_few_iterations', 'too_short', 'cv_above_10_percent', 'tail_percentiles_thin']);
  });
});
