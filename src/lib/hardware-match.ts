/**
 * Whether a benchmark result's hardware label names one of a pool's accelerators. Results
 * do not name a pool, so this matches by accelerator model only: every word of the model
 * ("A100", "MI50", "T4") must appear as a whole word in the label, and a vendor word is not
 * required (labels write "Tesla T4" as often as "NVIDIA T4"). Models too vague to match on
 * (no digit, e.g. "AMD (model not recorded)") match nothing.
 */
import type { Accelerator } from './hardware-vocabulary';

const VENDOR_WORDS = new Set([
  'nvidia',
  'amd',
  'intel',
  'xilinx',
  'amd/xilinx',
  'tesla',
  'geforce',
  'radeon',
  'instinct',
]);

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The words of a model that identify it, or null when the model is too vague to match. */
export function modelKey(model: string | null): string[] | null {
  if (!model || /not recorded|unknown/i.test(model)) return null;
  const key = words(model).filter((w) => !VENDOR_WORDS.has(w));
  return key.length > 0 && key.some((w) => /\d/.test(w)) ? key : null;
}

export function labelMatchesModel(label: string, model: string | null): boolean {
  const key = modelKey(model);
  if (!key) return false;
  const have = new Set(words(label));
  return key.every((w) => have.has(w));
}

/** The accelerator models of a pool that benchmark labels can be matched against. */
export function matchableModels(accelerators: readonly Accelerator[]): string[] {
  const models = accelerators
    .filter((a) => a.kind === 'gpu' || a.kind === 'fpga')
    .map((a) => a.model)
    .filter((m): m is string => modelKey(m) !== null);
  return [...new Set(models)];
}
