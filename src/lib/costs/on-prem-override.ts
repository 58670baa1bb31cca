import type { OnPremRate } from './campaign-input';
import type { OnPremOverride } from './campaign-url';

/**
 * Fills an on-prem override from the configured rate: a request may change only the GPU-hour
 * figure, say. The result names where the figures come from, so the estimate can show it.
 * Returns undefined when nothing is overridden (the configured rate then applies as it is).
 */
export function applyOnPremOverride(
  configured: OnPremRate | null,
  override: OnPremOverride | undefined,
  defaultSource: string,
): Partial<OnPremRate> | undefined {
  if (!override || (override.usdPerGpuHour === undefined && override.usdPerTbMonth === undefined)) return undefined;
  const source = override.source ?? defaultSource;
  const kept = [
    override.usdPerGpuHour === undefined && 'GPU-hour',
    override.usdPerTbMonth === undefined && 'TB-month',
  ].filter(Boolean);
  return {
    usdPerGpuHour: override.usdPerGpuHour ?? configured?.usdPerGpuHour,
    usdPerTbMonth: override.usdPerTbMonth ?? configured?.usdPerTbMonth,
    source:
      kept.length > 0 && configured
        ? `${source}; ${kept.join(' and ')} rate from the hub configuration (${configured.source})`
        : source,
    ...(override.asOf ? { asOf: override.asOf } : {}),
    ...placeholdersKept(configured, override),
  };
}

/** A figure taken from a configured placeholder stays a placeholder. */
function placeholdersKept(
  configured: OnPremRate | null,
  override: OnPremOverride,
): Pick<OnPremRate, 'placeholderFields'> {
  const kept = (configured?.placeholderFields ?? []).filter((f) => override[f] === undefined);
  return kept.length > 0 ? { placeholderFields: kept } : {};
}
