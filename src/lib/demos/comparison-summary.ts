/** What one row of the precision comparison reports after a run. */
export interface ComparisonRowResult {
  slug: string;
  /** the execution provider the row's session actually used; undefined when it did not run */
  provider?: 'webgpu' | 'wasm';
  /** why it did not run, when it did not */
  error?: string;
}

const LABELS: Record<'webgpu' | 'wasm', string> = { webgpu: 'WebGPU', wasm: 'WASM (CPU)' };

const list = (slugs: string[]) =>
  slugs.length <= 2 ? slugs.join(' and ') : `${slugs.slice(0, -1).join(', ')} and ${slugs.at(-1)}`;

/**
 * The comparison's summary line, computed from its rows: "All variants ran on WebGPU" only when
 * every row's own session ran on WebGPU; otherwise which rows fell back, and which did not run.
 */
export function comparisonSummary(rows: ComparisonRowResult[], wanted: 'webgpu' | 'wasm'): string {
  const ran = rows.filter((r) => r.provider && !r.error);
  const failed = rows.filter((r) => !r.provider || r.error);
  const onWanted = ran.filter((r) => r.provider === wanted);
  const elsewhere = ran.filter((r) => r.provider !== wanted);
  if (rows.length > 0 && onWanted.length === rows.length) {
    return `All ${rows.length} variants ran on ${LABELS[wanted]} with the inputs above.`;
  }
  const parts: string[] = [];
  if (onWanted.length > 0) parts.push(`${onWanted.length} of ${rows.length} variants ran on ${LABELS[wanted]}`);
  else parts.push(`No variant ran on ${LABELS[wanted]}`);
  for (const provider of ['webgpu', 'wasm'] as const) {
    const here = elsewhere.filter((r) => r.provider === provider).map((r) => r.slug);
    if (here.length > 0)
      parts.push(
        `${list(here)} ran on ${LABELS[provider]} instead (see ${here.length === 1 ? 'its row' : 'their rows'})`,
      );
  }
  if (failed.length > 0) parts.push(`${list(failed.map((r) => r.slug))} did not run`);
  return `${parts.join('; ')}; same inputs above.`;
}
