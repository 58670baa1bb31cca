import type { OnPremRate, PriceVersion } from '../costs';
import type { CostFormChoices } from './render-form';

/** The form's choices from a price version: its GPUs and storage classes, plus the versions to pick from. */
export function costFormChoices(
  version: PriceVersion | undefined,
  versions: { id: string; effectiveDate: string }[],
  currentVersionId: string | null,
  onPrem?: OnPremRate,
): CostFormChoices {
  const rows = version?.rows ?? [];
  const unique = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();
  return {
    gpuTypes: unique(rows.map((r) => r.accelerator)),
    storageClasses: unique(rows.map((r) => r.storageClass)),
    versions,
    currentVersionId,
    ...(onPrem
      ? { onPrem: { usdPerGpuHour: onPrem.usdPerGpuHour, usdPerTbMonth: onPrem.usdPerTbMonth, source: onPrem.source } }
      : {}),
  };
}
