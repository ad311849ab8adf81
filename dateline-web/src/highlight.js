// Renders text with overlapping highlighted spans: the text is cut at every span boundary and each piece gets the
// classes of all spans covering it. Evidence pieces become <mark>, so the evidence reads as a highlighter stroke.

/** spans: [{start, end, cls, title}]; returns a DocumentFragment. */
export function highlighted(text, spans) {
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }));
  const cuts = new Set([0, text.length]);
  for (const s of valid) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = valid.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) {
      fragment.append(piece);
      continue;
    }
    const evidence = covering.some((s) => s.cls.split(' ').includes('evidence'));
    const element = document.createElement(evidence ? 'mark' : 'span');
    element.className = ['hl', ...covering.map((s) => s.cls)].join(' ');
    const titles = covering.map((s) => s.title).filter(Boolean);
    if (titles.length) element.title = titles.join('\n');
    element.textContent = piece;
    fragment.append(element);
  }
  return fragment;
}

/** A small legend of highlight classes. */
export function legend(entries) {
  const list = document.createElement('ul');
  list.className = 'hl-legend';
  for (const [cls, label] of entries) {
    const item = document.createElement('li');
    const sample = document.createElement(cls === 'evidence' ? 'mark' : 'span');
    sample.className = `hl ${cls}`;
    sample.textContent = label;
    item.append(sample);
    list.append(item);
  }
  return list;
}
