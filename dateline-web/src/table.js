// The sortable, paged event table. Rows are focusable; Enter or a click opens the event.
const COLUMNS = [
  { key: 'event_date', label: 'Date', sort: 'event_date' },
  { key: 'event_type', label: 'Type', sort: 'event_type' },
  { key: 'sub_event_type', label: 'Sub-type' },
  { key: 'actor1', label: 'Actor 1' },
  { key: 'actor2', label: 'Actor 2' },
  { key: 'location', label: 'Location' },
  { key: 'country', label: 'Country', sort: 'country' },
  { key: 'fatalities', label: 'Fatalities', sort: 'fatalities', numeric: true },
  { key: 'source_count', label: 'Sources', sort: 'source_count', numeric: true },
  { key: 'confidence', label: 'Confidence', sort: 'confidence', numeric: true },
];

export function createTable(table, { onSort, onOpen }) {
  const head = table.querySelector('thead tr');
  const body = table.querySelector('tbody');
  let sort = '-event_date';

  function renderHead() {
    head.replaceChildren(...COLUMNS.map((c) => {
      const th = document.createElement('th');
      th.scope = 'col';
      if (c.numeric) th.className = 'num';
      if (!c.sort) {
        th.textContent = c.label;
        return th;
      }
      const active = sort === c.sort || sort === `-${c.sort}`;
      const descending = sort.startsWith('-');
      th.setAttribute('aria-sort', active ? (descending ? 'descending' : 'ascending') : 'none');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.sort = c.sort;
      button.textContent = `${c.label}${active ? (descending ? ' ▼' : ' ▲') : ''}`;
      button.addEventListener('click', () => {
        sort = active && descending ? c.sort : `-${c.sort}`;
        renderHead();
        onSort(sort);
      });
      th.append(button);
      return th;
    }));
  }

  function render(items) {
    body.replaceChildren(...items.map((item) => {
      const row = document.createElement('tr');
      row.tabIndex = 0;
      row.dataset.id = item.merged_id;
      row.setAttribute('aria-label', `Open event ${item.merged_id}`);
      for (const c of COLUMNS) {
        const td = document.createElement('td');
        const value = item[c.key];
        td.textContent = value === null || value === undefined ? '' : c.key === 'confidence'
          ? Number(value).toFixed(2) : String(value);
        if (c.numeric) td.className = 'num';
        row.append(td);
      }
      row.addEventListener('click', () => onOpen(item.merged_id));
      row.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen(item.merged_id);
        }
      });
      return row;
    }));
  }

  renderHead();
  return { render, sort: () => sort };
}
