import type { WebhookSource } from '../../../db/schema';
import type { HeadersLike, WebhookScheme } from '../../../src/lib/webhooks';

/**
 * What a verified body means once read in its sender's own dialect. GitHub and GitLab send
 * their native payloads (`workflow_run`, `Pipeline Hook` …); each scheme's translator turns them
 * into hub events, or says why nothing is recorded. The hub's own envelope is understood under
 * every scheme.
 */
export type Translation =
  /** The hub's own envelope: parsed and validated as `{type, timestamp?, data}`. */
  | { kind: 'envelope' }
  /** A native body read as a hub event: planned exactly like an envelope event of that type. */
  | { kind: 'event'; type: string; version?: number; data: unknown; occurredAt?: Date }
  /** Understood but not recorded (another event, another action, no model mapped): 202, logged as ignored. */
  | { kind: 'ignored'; eventType: string | null; reason: string }
  /** The sender checking the hook (GitHub's `ping`): 200, only the delivery is logged. */
  | { kind: 'ping'; eventType: string };

export interface NativeInput {
  headers: HeadersLike;
  /** The body, already parsed as JSON (undefined when it is not JSON). */
  payload: unknown;
  source: WebhookSource;
  scheme: WebhookScheme;
}

export type NativeTranslator = (input: NativeInput) => Translation;
