import { ACCELERATOR_KIND_LABELS, type Accelerator } from './hardware-vocabulary';

/** "8 per node × AMD GPU", "500 × GPU", "NVIDIA T4 GPU, 16 GB": what the record says, nothing more. */
export function acceleratorText(a: Accelerator): string {
  const what = a.model ?? [a.vendor, ACCELERATOR_KIND_LABELS[a.kind]].filter(Boolean).join(' ');
  const kind = a.model && a.kind !== 'cpu' ? ` ${ACCELERATOR_KIND_LABELS[a.kind]}` : '';
  const counts = [a.count !== null ? `${a.count} ×` : '', a.perNode !== null ? `${a.perNode} per node ×` : '']
    .filter(Boolean)
    .join(' ');
  const memory = a.memoryGb !== null ? `, ${a.memoryGb} GB` : '';
  return `${counts ? `${counts} ` : ''}${what}${kind}${memory}`;
}
