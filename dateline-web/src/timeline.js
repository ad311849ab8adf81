// Weekly timeline: bars from /api/aggregates?by=week; dragging across it selects a date range (the brush).
const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86400000;

function el(name, attrs) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

export function createTimeline(svg, { onBrush }) {
  let weeks = [];
  let selection = null;

  function render(groups, from, to) {
    const known = groups.filter((g) => g.key);
    weeks = [];
    if (known.length) {
      const counts = new Map(known.map((g) => [g.key, g.events]));
      const first = Date.parse(known[0].key);
      const last = Date.parse(known[known.length - 1].key);
      for (let t = first; t <= last; t += 7 * DAY) weeks.push({ key: iso(t), events: counts.get(iso(t)) ?? 0 });
    }
    selection = from || to ? [from, to] : null;
    draw();
  }

  function draw() {
    svg.replaceChildren();
    const width = svg.clientWidth || 800;
    const height = svg.clientHeight || 110;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    if (!weeks.length) {
      svg.append(Object.assign(el('text', { x: 8, y: 20 }), { textContent: 'No dated events' }));
      return;
    }
    const max = Math.max(...weeks.map((w) => w.events), 1);
    const step = width / weeks.length;
    const plot = height - 18;
    let lastLabel = -Infinity;
    weeks.forEach((w, i) => {
      const h = (w.events / max) * (plot - 4);
      const bar = el('rect', { x: i * step, y: plot - h, width: Math.max(1, step - 1), height: h, class: 'bar' });
      const title = el('title', {});
      title.textContent = `week of ${w.key}: ${w.events} events`;
      bar.append(title);
      svg.append(bar);
      const previous = weeks[i - 1];
      const boundary = !previous || previous.key.slice(0, 4) !== w.key.slice(0, 4) || (weeks.length < 80
          && previous.key.slice(5, 7) !== w.key.slice(5, 7));
      if (boundary && i * step - lastLabel > 44) {
        lastLabel = i * step;
        const label = el('text', { x: i * step + 2, y: height - 4, class: 'tick' });
        label.textContent = weeks.length < 80 ? w.key.slice(0, 7) : w.key.slice(0, 4);
        svg.append(label);
      }
    });
    if (selection) {
      const [from, to] = selection;
      const a = from ? indexOf(from) : 0;
      const b = to ? indexOf(to) : weeks.length - 1;
      svg.append(el('rect', { x: a * step, y: 0, width: Math.max(2, (b - a + 1) * step), height: plot,
        class: 'brush' }));
    }
  }

  function indexOf(date) {
    const t = Date.parse(date);
    const first = Date.parse(weeks[0].key);
    return Math.max(0, Math.min(weeks.length - 1, Math.floor((t - first) / (7 * DAY))));
  }

  function weekAt(x) {
    const width = svg.clientWidth || 800;
    return Math.max(0, Math.min(weeks.length - 1, Math.floor((x / width) * weeks.length)));
  }

  let start = null;
  svg.addEventListener('pointerdown', (e) => {
    if (!weeks.length) return;
    start = weekAt(e.offsetX);
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener('pointermove', (e) => {
    if (start === null) return;
    const end = weekAt(e.offsetX);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    selection = [weeks[a].key, iso(Date.parse(weeks[b].key) + 6 * DAY)];
    draw();
  });
  svg.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const end = weekAt(e.offsetX);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    onBrush(weeks[a].key, iso(Date.parse(weeks[b].key) + 6 * DAY));
  });
  // Keyboard brush: arrows move the selected weeks, Shift+arrows widen or narrow it, Escape clears it.
  svg.addEventListener('keydown', (e) => {
    if (!weeks.length || !['ArrowLeft', 'ArrowRight', 'Escape'].includes(e.key)) return;
    e.preventDefault();
    if (e.key === 'Escape') {
      onBrush('', '');
      return;
    }
    const delta = e.key === 'ArrowLeft' ? -1 : 1;
    let a = selection?.[0] ? indexOf(selection[0]) : Math.max(0, weeks.length - 4);
    let b = selection?.[1] ? indexOf(selection[1]) : weeks.length - 1;
    if (selection && e.shiftKey) b = Math.max(a, Math.min(weeks.length - 1, b + delta));
    else if (selection && a + delta >= 0 && b + delta < weeks.length) { a += delta; b += delta; }
    onBrush(weeks[a].key, iso(Date.parse(weeks[b].key) + 6 * DAY));
  });
  window.addEventListener('resize', draw);
  return { render };
}
