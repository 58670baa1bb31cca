import type { OnPremRate, PriceVersion } from '../costs';
import { CAMPAIGN_PARAMS as P } from '../costs/campaign-url';

/**
 * The /costs/ form. Field names are the URL parameters, so submitting it without JavaScript
 * (GET) produces the shareable URL, and the island reads the same fields as you type.
 */
export type CostFormValues = Record<string, string | string[] | undefined>;

/** The worked example: what the page shows before anyone types. */
export const EXAMPLE_FORM_VALUES: CostFormValues = {
  [P.datasetTb]: '20',
  [P.gpuType]: 'A100-80GB',
  [P.gpusPerJob]: '4',
  [P.hoursPerJob]: '36',
  [P.jobs]: '50',
  [P.egressCount]: '2',
};

/** Values the campaign schema uses when a field is left out, shown so the form says what is assumed. */
export const DEFAULT_FORM_VALUES: CostFormValues = {
  [P.gpusPerJob]: '1',
  [P.jobs]: '1',
  [P.spotShare]: '0',
  [P.spotPrice]: 'max',
  [P.placement]: 'single-node',
  [P.egressCount]: '1',
  [P.egressMonths]: '1',
  [P.ingressCount]: '1',
  [P.storageMonths]: '1',
  [P.storageClass]: 'standard',
  [P.networkTier]: 'premium',
};

export interface CostFormChoices {
  gpuTypes: string[];
  storageClasses: string[];
  versions: { id: string; effectiveDate: string }[];
  currentVersionId: string | null;
  /** the hub's configured on-prem rate, shown as the placeholder of the override fields */
  onPrem?: { usdPerGpuHour: number; usdPerTbMonth: number; source: string; placeholder?: boolean };
}

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
      ? {
          onPrem: {
            usdPerGpuHour: onPrem.usdPerGpuHour,
            usdPerTbMonth: onPrem.usdPerTbMonth,
            source: onPrem.source,
            placeholder: (onPrem.placeholderFields?.length ?? 0) > 0,
          },
        }
      : {}),
  };
}
