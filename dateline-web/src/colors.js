// One colour per ACLED event type, readable on the pale map and distinguishable side by side.
const TYPE_COLORS = {
  'Battles': '#c0392b',
  'Explosions/Remote violence': '#e67e22',
  'Violence against civilians': '#8e44ad',
  'Protests': '#2980b9',
  'Riots': '#16a085',
  'Strategic developments': '#7f8c8d',
};
const OTHER = '#34495e';

export function typeColor(type) {
  return TYPE_COLORS[type] ?? OTHER;
}

export function knownTypes() {
  return Object.keys(TYPE_COLORS);
}
