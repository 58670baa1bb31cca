/**
 * What is left of a study's budget and how long a trial takes, for the remaining-budget cost
 * estimate. Hours per trial is the mean GPU-hours of the COMPLETE trials that recorded them,
 * else the budget's GPU-hours divided by its trials; a GPU-hour budget that runs out before the
 * trial budget caps the trials left.
 */
export interface BudgetInput {
  maxTrials: number | null;
  gpuHours: number | null;
  /** Trials started so far (every state). */
  trialsUsed: number;
  gpuHoursUsed: number;
  /** GPU-hours of each COMPLETE trial (null where not recorded). */
  completedGpuHours: readonly (number | null)[];
}

export type HoursBasis = 'measured' | 'budget';

export interface RemainingBudget {
  /** Trials that can still run, or null when neither budget bounds them. */
  trialsLeft: number | null;
  gpuHoursLeft: number | null;
  /** GPU-hours one trial takes, or null when nothing says. */
  hoursPerTrial: number | null;
  hoursBasis: HoursBasis | null;
  /** COMPLETE trials whose GPU-hours the mean is taken over. */
  measuredTrials: number;
  /** true when the GPU-hour budget, not the trial budget, bounds the trials left. */
  cappedByGpuHours: boolean;
}

const sig = (x: number) => Number(x.toPrecision(6));

export function remainingBudget(input: BudgetInput): RemainingBudget {
  const measured = input.completedGpuHours.filter((h): h is number => h !== null && Number.isFinite(h) && h > 0);
  let hoursPerTrial: number | null = null;
  let hoursBasis: HoursBasis | null = null;
  if (measured.length > 0) {
    hoursPerTrial = sig(measured.reduce((a, b) => a + b, 0) / measured.length);
    hoursBasis = 'measured';
  } else if (input.gpuHours !== null && input.maxTrials !== null && input.maxTrials > 0) {
    hoursPerTrial = sig(input.gpuHours / input.maxTrials);
    hoursBasis = 'budget';
  }
  const gpuHoursLeft = input.gpuHours === null ? null : sig(Math.max(0, input.gpuHours - input.gpuHoursUsed));
  const byTrials = input.maxTrials === null ? null : Math.max(0, input.maxTrials - input.trialsUsed);
  const byHours =
    gpuHoursLeft === null || hoursPerTrial === null ? null : Math.floor(gpuHoursLeft / hoursPerTrial + 1e-9);
  let trialsLeft = byTrials;
  let cappedByGpuHours = false;
  if (byHours !== null && (byTrials === null || byHours < byTrials)) {
    trialsLeft = byHours;
    cappedByGpuHours = true;
  }
  return { trialsLeft, gpuHoursLeft, hoursPerTrial, hoursBasis, measuredTrials: measured.length, cappedByGpuHours };
}
