/** Capacity figures of pools, for the directory's summary chart and table. */
import type { Accelerator } from './hardware-vocabulary';

/** GPUs in a pool by its record: null when any GPU entry has no count (the total is unknown). */
export function recordedGpuCount(accelerators: readonly Accelerator[]): number | null {
  const gpus = accelerators.filter((a) => a.kind === 'gpu');
  if (gpus.length === 0) return 0;
  if (gpus.some((a) => a.count === null)) return null;
  return gpus.reduce((sum, a) => sum + (a.count ?? 0), 0);
}

export interface CapacityRow {
  slug: string;
  name: string;
  /** GPUs the pool has: the latest report's total, else the record's count (null: unknown). */
  totalGpus: number | null;
  freeGpus: number | null;
  queueLength: number | null;
  status: string | null;
  updatedAt: string | null;
}

interface PoolCapacityInput {
  slug: string;
  name: string;
  accelerators: readonly Accelerator[];
  capacity: {
    totalGpus: number | null;
    freeGpus: number | null;
    queueLength: number | null;
    status: string;
    observedAt: string;
  } | null;
}

export function capacityRows(pools: readonly PoolCapacityInput[]): CapacityRow[] {
  return pools.map((p) => ({
    slug: p.slug,
    name: p.name,
    totalGpus: p.capacity?.totalGpus ?? recordedGpuCount(p.accelerators),
    freeGpus: p.capacity?.freeGpus ?? null,
    queueLength: p.capacity?.queueLength ?? null,
    status: p.capacity?.status ?? null,
    updatedAt: p.capacity?.observedAt ?? null,
  }));
}

/** Rows worth a bar: pools with GPUs recorded or reported. */
export const chartableRows = (rows: readonly CapacityRow[]) =>
  rows.filter((r) => (r.totalGpus ?? 0) > 0 || r.freeGpus !== null);
