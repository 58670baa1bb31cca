import { describeRun, findMapping, type RunFacts, type SourceMapping } from '../../../src/lib/webhooks/source-mappings';
import type { Translation } from './types';
import { dateOf, defined } from './read';

/** Where a native run is in its life, in the hub's words. */
export type JobPhase =
  | { type: 'job.queued' | 'job.started' | 'job.succeeded' }
  | { type: 'job.failed'; conclusion: string; detail?: string }
  | { ignore: string };

/** What a native run says about its job, already read and bounded (see read.ts). */
export interface NativeJob {
  id: string;
  name?: string | undefined;
  workflow?: string | undefined;
  ciUrl?: string | undefined;
  commit?: string | undefined;
  ref?: string | undefined;
  actor?: string | undefined;
  startedAt?: string | undefined;
  finishedAt?: string | undefined;
  conclusion?: string | undefined;
  retrainRequest?: string | undefined;
}

/** No model rule matched: logged as ignored, saying what was seen so the rule can be fixed. */
export const unmapped = (eventType: string, run: RunFacts): Translation => ({
  kind: 'ignored',
  eventType,
  reason: `no model matches ${describeRun(run)}; add a mapping rule to the webhook source`,
});

/**
 * A native run as a hub job event, planned like an envelope one: the first matching rule names
 * the model and the job kind.
 */
export function jobTranslation(input: {
  eventType: string;
  mappings: readonly SourceMapping[];
  run: RunFacts;
  phase: JobPhase;
  job: NativeJob;
  /** Who is speaking, for the failure message: "GitHub Actions", "GitLab CI". */
  system: string;
  occurredAt?: string | undefined;
}): Translation {
  const { phase, job } = input;
  if ('ignore' in phase) return { kind: 'ignored', eventType: input.eventType, reason: phase.ignore };
  const rule = findMapping(input.mappings, input.run);
  if (!rule) return unmapped(input.eventType, input.run);
  const occurredAt = dateOf(input.occurredAt);
  return {
    kind: 'event',
    type: phase.type,
    version: 1,
    data: defined({
      job: defined({ ...job, kind: rule.kind, model: rule.model }),
      error:
        phase.type === 'job.failed'
          ? `${input.system} concluded "${phase.conclusion}"${phase.detail ? ` (${phase.detail})` : ''}`
          : undefined,
    }),
    ...(occurredAt ? { occurredAt } : {}),
  };
}
