// The event view: fields, the article text with the evidence and each field's span highlighted, the sources,
// the merge log and the correction history, and the corrections themselves.
import { getJson, postJson } from './api.js';
import { highlighted, legend } from './highlight.js';

const FIELDS = [
  ['event_date', 'Date'], ['event_type', 'Type'], ['sub_event_type', 'Sub-type'], ['status', 'Status'],
  ['actor1', 'Actor 1'], ['actor2', 'Actor 2'], ['location', 'Location'], ['admin1', 'Admin 1'],
  ['country', 'Country'], ['latitude', 'Latitude'], ['longitude', 'Longitude'], ['fatalities', 'Fatalities'],
  ['injured', 'Injured'],
];
const SPAN_LABELS = { event_date: 'date', location: 'place', actor1: 'actor 1', actor2: 'actor 2' };

function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/** Source links only for http(s) addresses: stored URLs come from crawled input. */
function link(url) {
  return /^https?:\/\//i.test(url) ? h('a', { href: url, rel: 'noreferrer noopener', target: '_blank' }, url)
    : document.createTextNode(url);
}

export function createEventView(dialog, { token, onChanged }) {
  const body = dialog.querySelector('#event-body');
  let current = null;

  async function open(id, reportIndex = 0) {
    const event = await getJson(`/api/events/${encodeURIComponent(id)}`);
    current = event;
    const report = event.reports[Math.min(reportIndex, Math.max(0, event.reports.length - 1))];
    const article = report ? await getJson(`/api/articles/${encodeURIComponent(report.article_id)}`) : null;
    render(event, report, article);
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('h2').focus();
  }

  function render(event, report, article) {
    const title = h('h2', { id: 'event-title', tabindex: '-1' },
      `${event.event_type ?? 'Event'} · ${event.event_date ?? 'undated'} · ${event.location ?? 'no place'}`);
    const close = h('button', { type: 'button', class: 'close', onclick: () => dialog.close() }, 'Close (Esc)');
    const fields = h('dl', { class: 'fields' }, ...FIELDS.flatMap(([key, label]) => [
      h('dt', {}, label), h('dd', { 'data-field': key }, event[key] === null ? '—' : String(event[key]))]));
    body.replaceChildren(h('div', { class: 'dialog-head' }, title, close),
      h('p', { class: 'muted' }, `${event.merged_id} · ${event.source_count} source(s) · updated ${event.updated_at}`
        + (event.deleted ? ' · marked not an event' : '')),
      h('div', { class: 'event-grid' },
        h('section', { 'aria-label': 'Article text' }, h('h3', {}, 'Article'),
          article ? articleText(article, report) : h('p', {}, 'No source text.')),
        h('section', { 'aria-label': 'Fields and sources' }, h('h3', {}, 'Fields'), fields,
          h('h3', {}, 'Sources'), sources(event, report), correctionForm(event),
          h('h3', {}, 'History'), history(event))));
  }

  function articleText(article, report) {
    const event = article.events.find((e) => e.event_id === report.event_id);
    const spans = [];
    for (const m of article.mentions) {
      spans.push({ start: m.start, end: m.end, cls: `m-${m.layer}`, title: `${m.layer}: ${m.value ?? m.text}` });
    }
    if (event) {
      spans.push({ start: event.evidence_start, end: event.evidence_end, cls: 'evidence', title: 'evidence' });
      for (const [field, span] of Object.entries(event.spans ?? {})) {
        spans.push({ start: span.start, end: span.end, cls: `f-${field}`, title: `${SPAN_LABELS[field]}: ${event[field]}` });
      }
    }
    return h('div', {},
      h('p', { class: 'muted' }, article.title ?? '', article.url ? ' · ' : '',
        article.url ? link(article.url) : null,
        article.published ? ` · ${article.published}` : ''),
      legend([['evidence', 'evidence'], ['f-event_date', 'date'], ['f-location', 'place'],
        ['f-actor1', 'actor 1'], ['f-actor2', 'actor 2'], ['m-place', 'other mention']]),
      h('div', { class: 'article-text' }, highlighted(article.text, spans)));
  }

  function sources(event, shown) {
    return h('ol', { class: 'sources' }, ...event.reports.map((r, i) => h('li', {},
      h('button', { type: 'button', 'aria-pressed': String(r === shown), onclick: () => open(event.merged_id, i) },
        r.title ?? r.article_id),
      ` ${r.published ?? ''} · ${r.event_type ?? ''} · fatalities ${r.fatalities ?? '—'} `,
      event.reports.length > 1 ? h('button', { type: 'button', class: 'split', onclick: () => split(r.event_id) },
        'Split off (undo merge)') : null)));
  }

  function correctionForm(event) {
    const field = h('select', { name: 'field' }, ...FIELDS.map(([key, label]) => h('option', { value: key }, label)));
    const value = h('input', { name: 'value', type: 'text', list: 'correction-values' });
    const choices = h('datalist', { id: 'correction-values' });
    const suggest = () => {
      // Known values of the field, from the filter panel's lists, so types are picked rather than typed.
      const select = document.querySelector(`#filters select[name="${field.value}"]`);
      choices.replaceChildren(...(select ? [...select.options].filter((o) => o.value)
        .map((o) => h('option', { value: o.value })) : []));
    };
    const analyst = h('input', { name: 'analyst', type: 'text', value: localStorage.getItem('dateline.analyst') ?? '' });
    const message = h('p', { role: 'status', class: 'message' });
    field.addEventListener('change', () => { value.value = event[field.value] ?? ''; suggest(); });
    value.value = event[field.value] ?? '';
    suggest();
    const form = h('form', { class: 'correct', 'aria-label': 'Correct a field' },
      h('h3', {}, 'Correct'), h('label', {}, 'Field ', field), h('label', {}, 'Value ', value),
      h('label', {}, 'Analyst ', analyst), choices, h('button', { type: 'submit' }, 'Save correction'),
      h('button', { type: 'button', class: 'danger', onclick: () => save('deleted', 'true', analyst.value, message) },
        'Not an event'), message);
    const other = h('input', { name: 'merge-with', type: 'text', placeholder: 'id of the same event, e.g. M…' });
    const mergeForm = h('form', { class: 'merge', 'aria-label': 'Merge with another event' },
      h('label', {}, 'Same event as ', other), h('button', { type: 'submit' }, 'Merge into this one'));
    mergeForm.addEventListener('submit', (e) => {
      e.preventDefault();
      merge(other.value.trim(), message);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      localStorage.setItem('dateline.analyst', analyst.value);
      save(field.value, value.value, analyst.value, message);
    });
    return h('div', {}, form, mergeForm);
  }

  async function save(field, value, analyst, message) {
    try {
      await postJson(`/api/events/${encodeURIComponent(current.merged_id)}/corrections`,
        { field, value: value === '' ? null : value, analyst: analyst || null }, token());
      await open(current.merged_id);
      onChanged();
    } catch (error) {
      message.textContent = `Not saved: ${error.message}`;
    }
  }

  async function merge(otherId, message) {
    if (!otherId) {
      message.textContent = 'Give the id of the event to merge into this one.';
      return;
    }
    try {
      await postJson(`/api/events/${encodeURIComponent(current.merged_id)}/merge`, { with: otherId }, token());
      await open(current.merged_id);
      onChanged();
    } catch (error) {
      message.textContent = `Not merged: ${error.message}`;
    }
  }

  async function split(eventId) {
    try {
      const answer = await postJson(`/api/events/${encodeURIComponent(eventId)}/split`, undefined, token());
      await open(answer.merged_id);
      onChanged();
    } catch (error) {
      body.querySelector('.message').textContent = `Not split: ${error.message}`;
    }
  }

  function history(event) {
    const corrections = event.corrections.map((c) => h('li', {},
      `${c.corrected_at}: ${c.field} ${c.old_value ?? '—'} → ${c.new_value ?? '—'}${c.analyst ? ` (${c.analyst})` : ''}`));
    const merges = event.merge_log.map((m) => h('li', { class: m.undone ? 'undone' : '' },
      `${m.logged_at}: ${m.event_id} — ${m.reason}${m.undone ? ' (undone)' : ''}`));
    return h('div', {}, h('h4', {}, 'Corrections'),
      corrections.length ? h('ul', { class: 'corrections' }, ...corrections) : h('p', { class: 'muted' }, 'None yet.'),
      h('h4', {}, 'Merge log'), h('ul', {}, ...merges));
  }

  return { open };
}
