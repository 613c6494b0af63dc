// leaflet.markercluster 1.5.3 extends a global, mutable `L` (L.MarkerClusterGroup = …), while
// Leaflet's ES module namespace is frozen: give it a mutable copy before it is imported.
import * as Leaflet from 'leaflet';

const L = Object.assign({}, Leaflet);
window.L = L;
export default L;
