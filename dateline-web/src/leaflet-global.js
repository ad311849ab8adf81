// leaflet.markercluster extends the global L, so Leaflet must be global before the plugin module runs.
import L from 'leaflet';

window.L = L;
export default L;
