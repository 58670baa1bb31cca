/**
 * Facets of the hardware directory: the page filters on the server from GET parameters
 * (`/hardware/?zone=technical&scheduler=kubernetes`), so links and the form work without JavaScript.
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
  type Accelerator,
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

export type HardwareFilter = Partial<Record<HardwareFacet, string>>;

export interface FacetPool {
  accelerators: readonly Pick<Accelerator, 'kind'>[];
  zone: string;
  scheduler: string | null;
  availability: string;
}

/** The filter a URL asks for; unknown facet values are dropped (`invalid` names them). */
export function readHardwareFilter(params: URLSearchParams): { filter: HardwareFilter; invalid: string[] } {
  const filter: HardwareFilter = {};
  const invalid: string[] = [];
  for (const facet of HARDWARE_FACETS) {
    const value = params.get(facet);
    if (!value) continue;
    if (VALUES[facet].includes(value)) filter[facet] = value;
    else invalid.push(`${facet}=${value}`);
  }
  return { filter, invalid };
}

function valuesOf(pool: FacetPool, facet: HardwareFacet): string[] {
  if (facet === 'accelerator') return [...new Set(pool.accelerators.map((a) => a.kind))];
  const value = pool[facet];
  return value ? [value] : [];
}

export function matchesHardwareFilter(pool: FacetPool, filter: HardwareFilter, except?: HardwareFacet): boolean {
  return HARDWARE_FACETS.every((f) => f === except || !filter[f] || valuesOf(pool, f).includes(filter[f]!));
}

export interface HardwareFacetValue {
  value: string;
  label: string;
  /** Pools with this value among those the other chosen facets leave. */
  count: number;
  active: boolean;
  /** The URL that picks this value (or drops it, when it is the chosen one). */
  href: string;
}

export function hardwareFilterHref(filter: HardwareFilter): string {
  const params = new URLSearchParams();
  for (const f of HARDWARE_FACETS) if (filter[f]) params.set(f, filter[f]!);
  const query = params.toString();
  return query ? `/hardware/?${query}` : '/hardware/';
}

/** Every facet's values in vocabulary order, with counts; values no pool has are left out unless chosen. */
export function hardwareFacets(
  pools: readonly FacetPool[],
  filter: HardwareFilter,
): Record<HardwareFacet, HardwareFacetValue[]> {
  const out = {} as Record<HardwareFacet, HardwareFacetValue[]>;
  for (const facet of HARDWARE_FACETS) {
    const rest = pools.filter((p) => matchesHardwareFilter(p, filter, facet));
    out[facet] = VALUES[facet]
      .map((value) => {
        const active = filter[facet] === value;
        return {
          value,
          label: LABELS[facet][value] ?? value,
          count: rest.filter((p) => valuesOf(p, facet).includes(value)).length,
          active,
          href: hardwareFilterHref({ ...filter, [facet]: active ? undefined : value }),
        };
      })
      .filter((v) => v.count > 0 || v.active);
  }
  return out;
}
