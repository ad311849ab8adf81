// The offline map: country shapes from world-atlas (no tile server), events from /api/points for the viewport.
// Few events in view come as points, clustered in the browser and coloured by type; many come as grid cells
// counted by the database, so 100,000 events cost one small response.
import L from './leaflet-global.js';
import 'leaflet.markercluster';
import { feature } from 'topojson-client';
import { getJson, queryString } from './api.js';
import { typeColor } from './colors.js';

const CELL_PIXELS = 48;

export function createMap(element, { onOpen, onMoved }) {
  const map = L.map(element, { preferCanvas: true, minZoom: 1, maxZoom: 13, worldCopyJump: false, zoomSnap: 1 })
    .setView([22, 30], 2);
  map.attributionControl.setPrefix(false).addAttribution('Countries: Natural Earth (world-atlas)');
  const renderer = L.canvas({ padding: 0.2 });
  getJson('countries-110m.json').then((topology) => {
    L.geoJSON(acrossAntimeridian(feature(topology, topology.objects.countries)), {
      renderer, interactive: false,
      style: { color: '#9aa5b1', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 },
    }).addTo(map).bringToBack();
  });
  const clusters = L.markerClusterGroup({
    chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 40,
    iconCreateFunction: (cluster) => clusterIcon(cluster.getAllChildMarkers(), cluster.getChildCount()),
  }).addTo(map);
  const cells = L.layerGroup().addTo(map);
  let request = 0;

  async function load(filters) {
    const mine = ++request;
    const bounds = map.getBounds();
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    const bbox = [clamp(bounds.getWest(), -180, 180), clamp(bounds.getSouth(), -90, 90),
      clamp(bounds.getEast(), -180, 180), clamp(bounds.getNorth(), -90, 90)].map((v) => v.toFixed(4)).join(',');
    const cell = Math.max(0.001, (CELL_PIXELS * 360) / (256 * 2 ** map.getZoom()));
    const answer = await getJson(`/api/points${queryString({ ...filters, bbox, cell: cell.toFixed(4) })}`);
    if (mine !== request) return answer;
    clusters.clearLayers();
    cells.clearLayers();
    if (answer.mode === 'points') {
      clusters.addLayers(answer.points.map(([id, lat, lon, type]) => {
        const marker = L.circleMarker([lat, lon], {
          renderer, radius: 6, color: '#fff', weight: 1, fillColor: typeColor(type), fillOpacity: 0.9, eventType: type,
        });
        marker.bindTooltip(escapeHtml(`${type ?? 'event'} · ${id}`));
        marker.on('click', () => onOpen(id));
        return marker;
      }));
    } else {
      const max = Math.max(...answer.cells.map((c) => c[2]), 1);
      for (const [lat, lon, count, type] of answer.cells) {
        const circle = L.circleMarker([lat, lon], {
          renderer, radius: 5 + 17 * Math.sqrt(count / max), color: '#fff', weight: 1,
          fillColor: typeColor(type), fillOpacity: 0.75,
        });
        circle.bindTooltip(escapeHtml(`${count.toLocaleString()} events, mostly ${type ?? 'unknown type'}`));
        circle.on('click', () => map.setView([lat, lon], Math.min(map.getZoom() + 2, 13)));
        cells.addLayer(circle);
      }
    }
    return answer;
  }

  map.on('moveend', () => onMoved());
  return { map, load, bbox: () => {
    const b = map.getBounds();
    return [Math.max(-180, b.getWest()), Math.max(-90, b.getSouth()), Math.min(180, b.getEast()),
      Math.min(90, b.getNorth())].map((v) => v.toFixed(4)).join(',');
  } };
}

/** Leaflet tooltips take HTML; event data is text. */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Rings that cross the antimeridian (Fiji, Chukotka) would be drawn as a line across the whole map; their western
 * longitudes are shifted by 360 degrees so each ring stays in one piece. Antarctica (ISO 010), which wraps the
 * whole pole, is left out.
 */
function acrossAntimeridian(collection) {
  collection.features = collection.features.filter((f) => f.id !== '010');
  const fixRing = (ring) => {
    const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
    return crosses ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
  };
  for (const f of collection.features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') g.coordinates = g.coordinates.map(fixRing);
    if (g?.type === 'MultiPolygon') g.coordinates = g.coordinates.map((polygon) => polygon.map(fixRing));
  }
  return collection;
}

/** A cluster bubble in the colour of its most frequent event type. */
function clusterIcon(markers, count) {
  const byType = new Map();
  for (const m of markers) byType.set(m.options.eventType, (byType.get(m.options.eventType) ?? 0) + 1);
  let top = null;
  for (const [type, n] of byType) if (top === null || n > byType.get(top)) top = type;
  const size = count < 10 ? 28 : count < 100 ? 34 : 42;
  return L.divIcon({
    html: `<span style="background:${typeColor(top)}">${count}</span>`,
    className: 'cluster', iconSize: [size, size],
  });
}
