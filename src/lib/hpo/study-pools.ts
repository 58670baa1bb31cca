/**
 * Which hardware pools could run a study: pools with GPUs (of the study's GPU type when it names
 * one) whose latest capacity report does not say `down`. A pool whose GPU model is not recorded
 * cannot be matched to a GPU type and is listed apart; a pool without a report is listed as such.
 */
export interface PoolForStudy {
  slug: string;
  name: string;
  accelerators: { kind: string; model: string | null; vendor: string | null }[];
  capacity: { status: string; freeGpus: number | null } | null;
}

export type PoolMatch = 'gpu-type' | 'any-gpu' | 'model-unrecorded';

export interface StudyPoolCandidate<P extends PoolForStudy> {
  pool: P;
  match: PoolMatch;
  /** The latest reported status, or null before the first report. */
  status: string | null;
}

/** `A100-80GB` → `a100`; `H100` → `h100`; `RTX A6000` → `a6000`: the GPU's model name without memory. */
export function gpuFamily(gpuType: string): string {
  const words = gpuType
    .toLowerCase()
    .replace(/(nvidia|amd|geforce|instinct|tesla|rtx)/g, ' ')
    .split(/[\s_-]+/)
    .filter((w) => w && !/^\d+gb$/.test(w));
  return words[0] ?? '';
}

function modelMatches(model: string, family: string): boolean {
  if (!family) return false;
  return model
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((w) => w === family);
}

export function poolsForStudy<P extends PoolForStudy>(
  pools: readonly P[],
  gpuType: string | null,
): StudyPoolCandidate<P>[] {
  const family = gpuType ? gpuFamily(gpuType) : '';
  const out: StudyPoolCandidate<P>[] = [];
  for (const pool of pools) {
    const status = pool.capacity?.status ?? null;
    if (status === 'down') continue;
    const gpus = pool.accelerators.filter((a) => a.kind === 'gpu');
    if (gpus.length === 0) continue;
    let match: PoolMatch | null;
    if (!gpuType) match = 'any-gpu';
    else if (gpus.some((g) => g.model && modelMatches(g.model, family))) match = 'gpu-type';
    else if (gpus.some((g) => !g.model)) match = 'model-unrecorded';
    else match = null;
    if (match) out.push({ pool, match, status });
  }
  const rank = { 'gpu-type': 0, 'any-gpu': 0, 'model-unrecorded': 1 } as const;
  return out.sort((a, b) => rank[a.match] - rank[b.match] || a.pool.name.localeCompare(b.pool.name));
}
