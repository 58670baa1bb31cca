/** Ordering of table rows by a column, for sortable catalog tables (numbers numerically, text naturally). */

export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares two cell sort keys: both numeric → by value; empty keys always last. */
export function compareSortKeys(a: string, b: string, direction: SortDirection): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const na = Number(a);
  const nb = Number(b);
  const order = !Number.isNaN(na) && !Number.isNaN(nb) ? na - nb : collator.compare(a, b);
  return direction === 'ascending' ? order : -order;
}

/** Row indices in sorted order (stable: equal keys keep their order). */
export function sortedOrder(keys: readonly string[], direction: SortDirection): number[] {
  return keys
    .map((key, index) => ({ key, index }))
    .sort((x, y) => compareSortKeys(x.key, y.key, direction) || x.index - y.index)
    .map((x) => x.index);
}
