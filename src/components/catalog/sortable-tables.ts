import { sortedOrder, type SortDirection } from '../../lib/catalog/table-sort';

/**
 * Makes `table[data-sortable]` sortable from its header: columns whose <th> has `data-sort-key`
 * get a button; cells may carry `data-sort` (the key), else their text is used. Without
 * JavaScript the table stays in its server order.
 */
export function enhanceSortableTables(root: ParentNode = document) {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]:not([data-sort-ready])')) {
    table.dataset.sortReady = '';
    const headers = [...table.tHead!.rows[0]!.cells];
    for (const [column, th] of headers.entries()) {
      if (!th.hasAttribute('data-sort-key')) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = th.textContent;
      th.textContent = '';
      th.append(button);
      button.addEventListener('click', () => {
        const direction: SortDirection = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', direction);
        const body = table.tBodies[0]!;
        const rows = [...body.rows];
        const keys = rows.map((row) => {
          const cell = row.cells[column];
          return cell?.dataset.sort ?? cell?.textContent?.trim() ?? '';
        });
        for (const index of sortedOrder(keys, direction)) body.append(rows[index]!);
      });
    }
  }
}
