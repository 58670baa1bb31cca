/**
 * Makes the headings of `table[data-sortable]` sort its rows (progressive enhancement: without
 * JavaScript the server order stays). Cells carry their sort key in `data-value`.
 */
export function compareCells(a: string, b: string, kind: 'number' | 'text'): number {
  return kind === 'number' ? Number(a) - Number(b) : a.localeCompare(b, 'en', { sensitivity: 'base' });
}

export function makeSortable(table: HTMLTableElement): void {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      const kind = th.dataset['sort'] === 'number' ? 'number' : 'text';
      const body = table.tBodies[0];
      if (!body) return;
      const key = (row: HTMLTableRowElement) => row.cells[column]?.dataset['value'] ?? '';
      const rows = [...body.rows].sort((a, b) => compareCells(key(a), key(b), kind) * (ascending ? 1 : -1));
      body.append(...rows);
      for (const other of headers) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    });
  });
}
