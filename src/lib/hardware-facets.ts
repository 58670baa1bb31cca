/**
 * Facets of the hardware directory: the page filters on the server from GET parameters
 * (`/hardware/?zone=technical&zone=online&scheduler=kubernetes`), so the checkbox form works without JavaScript.
 */
import {
  ACCELERATOR_KIND_LABELS,
  ACCELERATOR_KINDS,
  AVAILABILITIES,
  AVAILABILITY_LABELS,
  POOL_ZONE_LABELS,
  POOL_ZONES,
  SCHEDULER_LABELS,
  SCHEDULERS,
} from './hardware-vocabulary';

export const HARDWARE_FACETS = ['accelerator', 'zone', 'scheduler', 'availability'] as const;
export type HardwareFacet = (typeof HARDWARE_FACETS)[number];

export const HARDWARE_FACET_LABELS: Record<HardwareFacet, string> = {
  accelerator: 'Accelerator',
  zone: 'Network zone',
  scheduler: 'Scheduler',
  availability: 'Availability',
};

const VALUES: Record<HardwareFacet, readonly string[]> = {
  accelerator: ACCELERATOR_KINDS,
  zone: POOL_ZONES,
  scheduler: SCHEDULERS,
  availability: AVAILABILITIES,
};

const LABELS: Record<HardwareFacet, Record<string, string>> = {
  accelerator: ACCELERATOR_KIND_LABELS,
  zone: POOL_ZONE_LABELS,
  scheduler: SCHEDULER_LABELS,
  availability: AVAILABILITY_LABELS,
};

/** The chosen values of each facet (any of a facet's values matches; facets combine). */
export type HardwareFilter = Partial<Record<HardwareFacet, string[]>>;

/** The filter a URL asks for (`?zone=online&zone=technical`); unknown values are dropped (`invalid` names them). */
export function readHardwareFilter(params: URLSearchParams): { filter: HardwareFilter; invalid: string[] } {
  const filter: HardwareFilter = {};
  const invalid: string[] = [];
  for (const facet of HARDWARE_FACETS) {
    const values = new Set(params.getAll(facet).filter(Boolean));
    // Vocabulary order, whatever the URL's: the same choice reads the same.
    const known = VALUES[facet].filter((v) => values.has(v));
    if (known.length > 0) filter[facet] = known;
    for (const value of values) if (!VALUES[facet].includes(value)) invalid.push(`${facet}=${value}`);
  }
  return { filter, invalid };
}

/** The filter without one facet: what that facet's counts are taken over. */
export function withoutFacet(filter: HardwareFilter, facet: HardwareFacet): HardwareFilter {
  const { [facet]: _dropped, ...rest } = filter;
  return rest;
}

/** A facet value with how many pools have it, as the sidebar's checkbox shows it. */
export interface HardwareFacetValue {
  value: string;
  slug: string;
  label: string;
  count: number;
}

export interface HardwareFacetGroup {
  name: HardwareFacet;
  title: string;
  values: HardwareFacetValue[];
}

/** Every facet's values in vocabulary order, with counts; values no pool has are left out unless chosen. */
export function hardwareFacetGroups(
  counts: Record<HardwareFacet, readonly { value: string; count: number }[]>,
  filter: HardwareFilter,
): HardwareFacetGroup[] {
  return HARDWARE_FACETS.map((facet) => {
    const byValue = new Map(counts[facet].map((c) => [c.value, Number(c.count)]));
    const values = VALUES[facet]
      .map((value) => ({ value, slug: value, label: LABELS[facet][value] ?? value, count: byValue.get(value) ?? 0 }))
      .filter((v) => v.count > 0 || filter[facet]?.includes(v.value));
    return { name: facet, title: HARDWARE_FACET_LABELS[facet], values };
  });
}

/** The chosen values in words: "Network zone: Online / UCAP or Technical network · Scheduler: Slurm". */
export function hardwareFilterLabel(filter: HardwareFilter): string {
  return HARDWARE_FACETS.filter((f) => filter[f]?.length)
    .map((f) => `${HARDWARE_FACET_LABELS[f]}: ${filter[f]!.map((v) => LABELS[f][v] ?? v).join(' or ')}`)
    .join(' · ');
}

/** The directory URL that picks these values (one value per facet here: a pool page's badges). */
export function hardwareFilterHref(filter: Partial<Record<HardwareFacet, string>>): string {
  const params = new URLSearchParams();
  for (const f of HARDWARE_FACETS) if (filter[f]) params.set(f, filter[f]!);
  const query = params.toString();
  return query ? `/hardware/?${query}` : '/hardware/';
}
