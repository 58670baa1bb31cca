import type { OperatorCount, OpsetImport } from './report-types';

/** '' and 'ai.onnx' both name the default domain. */
export function normaliseDomain(domain: string | null | undefined): string {
  return !domain || domain === 'ai.onnx' ? '' : domain;
}

/** `Relu`, `ai.onnx.ml:Scaler`: the naming used by the engine operator lists. */
export function qualifiedOp(domain: string, opType: string): string {
  return domain === '' ? opType : `${domain}:${opType}`;
}

export function displayDomain(domain: string): string {
  return domain === '' ? 'ai.onnx' : domain;
}

/** Counts op types; sorted by count (descending), then name. */
export class OperatorHistogram {
  private readonly counts = new Map<string, { domain: string; opType: string; count: number }>();

  add(domain: string | null | undefined, opType: string | null | undefined): void {
    const d = normaliseDomain(domain);
    const op = opType ?? '';
    const key = qualifiedOp(d, op);
    const row = this.counts.get(key);
    if (row) row.count += 1;
    else this.counts.set(key, { domain: d, opType: op, count: 1 });
  }

  rows(opsets: readonly OpsetImport[]): OperatorCount[] {
    const versions = new Map(opsets.map((o) => [o.domain, o.version]));
    return [...this.counts.entries()]
      .map(([op, r]) => ({
        op,
        domain: r.domain,
        opType: r.opType,
        count: r.count,
        opset: versions.get(r.domain) ?? null,
      }))
      .sort((a, b) => b.count - a.count || a.op.localeCompare(b.op));
  }
}
