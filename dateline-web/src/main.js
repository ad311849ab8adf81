// The workbench: one filter state drives the map, the timeline, the table and the export links.
import { getJson, queryString } from './api.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { createTable } from './table.js';
import { createEventView } from './event-view.js';
import { createAnnotate } from './annotate.js';
import { knownTypes, typeColor } from './colors.js';

const PAGE = 50;
const form = document.getElementById('filters');
const status = document.getElementById('status');
const tokenInput = document.getElementById('token');
tokenInput.value = localStorage.getItem('dateline.token') ?? '';
tokenInput.addEventListener('change', () => localStorage.setItem('dateline.token', tokenInput.value.trim()));

let offset = 0;
let total = 0;

/** The API filters from the panel (without the map-view switch). */
function filters() {
  const values = {};
  for (const element of form.elements) {
    if (element.name && element.name !== 'in_view' && element.value) values[element.name] = element.value.trim();
  }
  return values;
}

function tableFilters() {
  return form.elements.in_view.checked ? { ...filters(), bbox: map.bbox() } : filters();
}

const eventView = createEventView(document.getElementById('event-dialog'), {
  token: () => tokenInput.value.trim(),
  onChanged: () => refresh(),
});
const map = createMap(document.getElementById('map'), {
  onOpen: (id) => eventView.open(id),
  onMoved: () => {
    map.load(filters()).catch(showError);
    if (form.elements.in_view.checked) loadTable().catch(showError);
  },
});
const timeline = createTimeline(document.getElementById('timeline'), {
  onBrush: (from, to) => {
    form.elements.date_from.value = from;
    form.elements.date_to.value = to;
    changed();
  },
});
const table = createTable(document.getElementById('events'), {
  onSort: () => { offset = 0; loadTable().catch(showError); },
  onOpen: (id) => eventView.open(id).catch(showError),
});
createAnnotate(document.getElementById('annotate-form'), document.getElementById('annotate-result'));

function showError(error) {
  status.textContent = `Error: ${error.message}`;
}

async function loadTable() {
  const page = await getJson(`/api/events${queryString({ ...tableFilters(), sort: table.sort(), limit: PAGE, offset })}`);
  total = page.total;
  table.render(page.items);
  const last = Math.min(offset + page.items.length, total);
  document.getElementById('page-info').textContent = total
    ? `${(offset + 1).toLocaleString()}–${last.toLocaleString()} of ${total.toLocaleString()}` : 'No events';
  document.getElementById('events-caption').textContent = `${total.toLocaleString()} events`;
  document.getElementById('prev').disabled = offset === 0;
  document.getElementById('next').disabled = offset + PAGE >= total;
}

async function loadTimeline() {
  const { date_from: from, date_to: to, ...rest } = filters();
  const weeks = await getJson(`/api/aggregates${queryString({ ...rest, by: 'week' })}`);
  timeline.render(weeks.groups, from, to);
}

function updateExports() {
  const query = queryString(tableFilters());
  for (const format of ['csv', 'json', 'geojson', 'parquet']) {
    document.getElementById(`export-${format}`).href = `/api/export.${format}${query}`;
  }
}

/** Reloads every view; resolves when all have drawn (the e2e test waits on this). */
async function refresh() {
  const started = performance.now();
  status.textContent = 'Loading…';
  updateExports();
  try {
    const [points] = await Promise.all([map.load(filters()), loadTable(), loadTimeline()]);
    status.textContent = `${total.toLocaleString()} events · ${points.total.toLocaleString()} on the map · `
      + `${Math.round(performance.now() - started)} ms`;
  } catch (error) {
    showError(error);
  }
  document.body.dataset.ready = 'true';
  // Time from navigation start to the first complete view, for the load test.
  if (!document.body.dataset.firstViewMs) document.body.dataset.firstViewMs = String(Math.round(performance.now()));
}

let debounce = 0;
function changed() {
  offset = 0;
  document.body.dataset.ready = 'false';
  clearTimeout(debounce);
  debounce = setTimeout(refresh, 150);
}
form.addEventListener('input', changed);
form.addEventListener('change', changed);
form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('reset', () => setTimeout(changed, 0));
document.getElementById('timeline-clear').addEventListener('click', () => {
  form.elements.date_from.value = '';
  form.elements.date_to.value = '';
  changed();
});
document.getElementById('prev').addEventListener('click', () => {
  offset = Math.max(0, offset - PAGE);
  loadTable().catch(showError);
});
document.getElementById('next').addEventListener('click', () => {
  offset += PAGE;
  loadTable().catch(showError);
});

/** Fills a select with the values the store has, most frequent first, with counts. */
async function fillOptions(name) {
  const select = form.elements[name];
  const { groups } = await getJson(`/api/aggregates?by=${name}`);
  const options = groups.filter((g) => g.key).sort((a, b) => b.events - a.events).map((g) => {
    const option = document.createElement('option');
    option.value = g.key;
    option.textContent = `${g.key} (${g.events.toLocaleString()})`;
    return option;
  });
  select.append(...options);
}

function drawLegend() {
  document.getElementById('legend').replaceChildren(...[...knownTypes(), 'other'].map((type) => {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = typeColor(type);
    item.append(swatch, type);
    return item;
  }));
}

for (const tab of document.querySelectorAll('[role=tab]')) {
  tab.addEventListener('click', () => {
    for (const other of document.querySelectorAll('[role=tab]')) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    }
    if (tab.id === 'tab-workbench') map.map.invalidateSize();
  });
}

// "/" jumps to the text filter, as in most search UIs; Escape in a filter field returns to the table.
document.addEventListener('keydown', (e) => {
  const typing = ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName);
  if (e.key === '/' && !typing && !document.querySelector('dialog[open]')) {
    e.preventDefault();
    form.elements.q.focus();
  } else if (e.key === 'Escape' && typing && form.contains(document.activeElement)) {
    e.preventDefault(); // a search field would clear itself
    document.querySelector('#events tbody tr')?.focus();
  }
});

drawLegend();
Promise.all(['country', 'event_type', 'sub_event_type', 'plover', 'status'].map(fillOptions)).catch(showError);
refresh();
