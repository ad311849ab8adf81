// Paste or upload an article and see it annotated at once (POST /api/annotate; nothing is stored).
import { postJson } from './api.js';
import { highlighted, legend } from './highlight.js';

export function createAnnotate(form, result) {
  form.elements.file.addEventListener('change', async () => {
    const file = form.elements.file.files[0];
    if (!file) return;
    form.elements.text.value = await file.text();
    if (!form.elements.title.value) form.elements.title.value = file.name.replace(/\.[^.]*$/, '');
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    result.textContent = 'Annotating…';
    try {
      const a = await postJson('/api/annotate', {
        text: form.elements.text.value, title: form.elements.title.value, published: form.elements.published.value,
      });
      render(a);
    } catch (error) {
      result.textContent = `Could not annotate: ${error.message}`;
    }
  });

  function render(a) {
    const spans = [
      ...a.places.map((p) => ({ start: p.start, end: p.end, cls: 'm-place', title: `place: ${p.name ?? p.text}` })),
      ...a.dates.map((d) => ({ start: d.start, end: d.end, cls: 'm-date', title: `date: ${d.value ?? d.text}` })),
      ...a.actors.map((m) => ({ start: m.start, end: m.end, cls: 'm-actor', title: `actor: ${m.name ?? m.text}` })),
      ...a.events.map((ev) => ({ start: ev.evidence.start, end: ev.evidence.end, cls: 'evidence',
        title: `event: ${ev.event_type ?? ''}` })),
    ];
    const list = (title, items) => {
      const section = document.createElement('section');
      const heading = document.createElement('h3');
      heading.textContent = `${title} (${items.length})`;
      const ul = document.createElement('ul');
      ul.append(...items.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
      section.append(heading, ul);
      return section;
    };
    const text = document.createElement('div');
    text.className = 'article-text';
    text.append(highlighted(a.text, spans));
    const lists = document.createElement('div');
    lists.className = 'annotate-lists';
    lists.append(
      list('Places', a.places.map((p) => `${p.text} → ${p.name ?? '?'} ${p.country ?? ''}`)),
      list('Dates', a.dates.map((d) => `${d.text} → ${d.value ?? '?'}`)),
      list('Actors', a.actors.map((m) => `${m.text} → ${m.name ?? '?'} (${m.kind ?? ''})`)),
      list('Events', a.events.map((ev) => `${ev.event_date ?? '?'} ${ev.event_type ?? ''} · ${ev.location?.name ?? ''}`)),
    );
    result.scrollIntoView({ block: 'start' });
    result.replaceChildren(legend([['evidence', 'event evidence'], ['m-place', 'place'], ['m-date', 'date'],
      ['m-actor', 'actor']]), text, lists);
  }
}
