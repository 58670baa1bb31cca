import type { WebhookScheme } from '../../../src/lib/webhooks';
import { translateGithub } from './github';
import { translateGitlab } from './gitlab';
import { translateMlflow } from './mlflow';
import type { NativeInput, NativeTranslator, Translation } from './types';

export type { NativeInput, NativeTranslator, Translation } from './types';

/** One translator per scheme; a scheme without one takes the hub's envelope only. */
const TRANSLATORS: Partial<Record<WebhookScheme, NativeTranslator>> = {
  github: translateGithub,
  gitlab: translateGitlab,
  mlflow: translateMlflow,
};

/** Whether bodies signed under this scheme may be native (else they are read as envelopes only). */
export const hasTranslator = (scheme: WebhookScheme): boolean => TRANSLATORS[scheme] !== undefined;

/** `{"type": "…", "data": {…}}`: the hub's own envelope, which no native payload looks like. */
export function isEnvelope(payload: unknown): boolean {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return false;
  const { type, data } = payload as Record<string, unknown>;
  return typeof type === 'string' && !!data && typeof data === 'object' && !Array.isArray(data);
}

/**
 * Reads a verified body under the scheme it was signed with. The envelope is understood under
 * every scheme (CI may sign envelopes the GitHub or GitLab way); so is a body that is not JSON
 * (`payload` undefined), which the envelope parser then refuses with its own message.
 */
export function translateNative(input: NativeInput): Translation {
  if (input.payload === undefined || isEnvelope(input.payload)) return { kind: 'envelope' };
  const translator = TRANSLATORS[input.scheme];
  return translator ? translator(input) : { kind: 'envelope' };
}
