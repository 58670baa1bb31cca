import { describe, expect, it } from 'vitest';
import { remainingBudget } from './study-budget';

describe('remainingBudget', () => {
  it('takes hours per trial from the mean GPU-hours of completed trials that recorded them', () => {
    const r = remainingBudget({
      maxTrials: 10,
      gpuHours: null,
      trialsUsed: 4,
      gpuHoursUsed: 7,
      completedGpuHours: [2, 4, null],
    });
    expect(r).toEqual({
      trialsLeft: 6,
      gpuHoursLeft: null,
      hoursPerTrial: 3,
      hoursBasis: 'measured',
      measuredTrials: 2,
      cappedByGpuHours: false,
    });
  });

  it('falls back to the budget GPU-hours per budgeted trial when no trial recorded its hours', () => {
    const r = remainingBudget({
      maxTrials: 20,
      gpuHours: 100,
      trialsUsed: 2,
      gpuHoursUsed: 0,
      completedGpuHours: [null],
    });
    expect(r.hoursPerTrial).toBe(5);
    expect(r.hoursBasis).toBe('budget');
    expect(r.trialsLeft).toBe(18);
    expect(r.cappedByGpuHours).toBe(false);
  });

  it('caps the trials left by the GPU-hours left when those run out first', () => {
    const r = remainingBudget({
      maxTrials: 50,
      gpuHours: 40,
      trialsUsed: 5,
      gpuHoursUsed: 30,
      completedGpuHours: [6, 6],
    });
    expect(r.gpuHoursLeft).toBe(10);
    expect(r.trialsLeft).toBe(1);
    expect(r.cappedByGpuHours).toBe(true);
  });

  it('bounds trials by GPU-hours alone when there is no trial budget, and knows nothing without either', () => {
    expect(
      remainingBudget({ maxTrials: null, gpuHours: 30, trialsUsed: 3, gpuHoursUsed: 6, completedGpuHours: [2, 2, 2] })
        .trialsLeft,
    ).toBe(12);
    const none = remainingBudget({
      maxTrials: null,
      gpuHours: null,
      trialsUsed: 3,
      gpuHoursUsed: 0,
      completedGpuHours: [],
    });
    expect(none.trialsLeft).toBeNull();
    expect(none.hoursPerTrial).toBeNull();
  });

  it('never goes below zero once a budget is overspent', () => {
    const r = remainingBudget({ maxTrials: 3, gpuHours: 10, trialsUsed: 4, gpuHoursUsed: 12, completedGpuHours: [3] });
    expect(r.trialsLeft).toBe(0);
    expect(r.gpuHoursLeft).toBe(0);
  });
});
