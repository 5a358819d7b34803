// Enhances ReportTable.astro's sortable tables: each header with data-sort becomes a button
// that sorts the rows by that column (numbers: most first, text: A–Z, in the page's language;
// a second press reverses), sets aria-sort, and says the new order in a polite live region.
// Without this script the table is complete, in the order the page was built with.

function sortKey(row: HTMLTableRowElement, column: number): string {
  const cell = row.cells[column];
  return cell?.dataset.sortValue ?? cell?.textContent?.trim() ?? '';
}

function enhance(table: HTMLTableElement): void {
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  const body = table.tBodies[0];
  const status = table.parentElement?.querySelector<HTMLElement>('[data-sort-status]');
  if (!body) return;
  const collator = new Intl.Collator(document.documentElement.lang || undefined);
  headers.forEach((th, column) => {
    const type = th.dataset.sort;
    if (type !== 'number' && type !== 'text') return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const current = th.getAttribute('aria-sort');
      const direction =
        current === 'descending'
          ? 'ascending'
          : current === 'ascending'
            ? 'descending'
            : type === 'number'
              ? 'descending'
              : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', direction);
      const sign = direction === 'ascending' ? 1 : -1;
      // Array sort is stable, so rows that tie keep their current relative order.
      const rows = [...body.rows].sort((a, b) => {
        const x = sortKey(a, column);
        const y = sortKey(b, column);
        return sign * (type === 'number' ? Number(x) - Number(y) : collator.compare(x, y));
      });
      body.append(...rows);
      if (status) {
        const template = table.dataset.sortedTemplate ?? '';
        status.textContent = template
          .replace('{{column}}', button.textContent?.trim() ?? '')
          .replace(
            '{{direction}}',
            (direction === 'ascending' ? table.dataset.ascending : table.dataset.descending) ?? direction,
          );
      }
    });
  });
  table.querySelector<HTMLElement>('.sort-hint')?.removeAttribute('hidden');
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) enhance(table);

// A module, so its names do not collide with other plain scripts in the type check.
export {};
