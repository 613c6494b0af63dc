/*
 * <passerelle-offer-map>: the Leaflet map of the search page and of the offer page, driven by
 * fr.passerelle.geo.ui.OfferMap. Renders in the light DOM so that Leaflet's global CSS applies.
 *
 * From the server: setMarkers(json, viewJson), highlight(id), and the properties tileUrl,
 * attribution, outlineUrl, clustered, label. To the server: `marker-select` {id} when a marker is
 * clicked (or Enter on it), `view-change` {lat, lon, radiusKm} after the user moved the map.
 */
import L from './leaflet-global.js';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';

const FRANCE = { lat: 46.6, lon: 2.4, radiusKm: 520 };

class PasserelleOfferMap extends HTMLElement {
  constructor() {
    super();
    this.tileUrl = '';
    this.attribution = '';
    this.outlineUrl = '';
    this.outlineAttribution = '';
    this.clustered = true;
    this.label = '';
    this._markers = new Map();
    this._selected = null;
    this._userMoving = false;
    this._pending = null;
  }

  connectedCallback() {
    if (this._map) {
      this._map.invalidateSize();
      return;
    }
    const canvas = document.createElement('div');
    canvas.className = 'offer-map-canvas';
    this.appendChild(canvas);
    // markercluster needs a maxZoom when no tile layer sets one.
    // Leaflet focuses the map on mousedown (for arrow keys) and restores the window's scroll only;
    // the page scrolls inside Vaadin's layout, which jumped and made clicks on markers miss.
    const focus = canvas.focus.bind(canvas);
    canvas.focus = () => focus({ preventScroll: true });
    this._map = L.map(canvas, { maxZoom: 18, minZoom: 4, zoomSnap: 0.5, keyboard: true });
    this._map.attributionControl.setPrefix(false);
    if (this.label) {
      canvas.setAttribute('aria-label', this.label);
      canvas.setAttribute('role', 'region');
    }
    if (this.tileUrl) {
      L.tileLayer(this.tileUrl, { maxZoom: 18, attribution: this.attribution }).addTo(this._map);
    } else if (this.attribution) {
      this._map.attributionControl.addAttribution(this.attribution);
    }
    if (this.outlineUrl) {
      fetch(this.outlineUrl)
        .then((response) => (response.ok ? response.json() : null))
        .then((outlines) => {
          if (outlines) {
            const layer = L.geoJSON(outlines, {
              interactive: false,
              attribution: this.outlineAttribution,
              style: { color: '#5b6676', weight: 1, fillColor: '#ffffff', fillOpacity: 0.7 },
            }).addTo(this._map);
            layer.bringToBack();
          }
        })
        .catch(() => {});
    }
    this._layer = this.clustered
      ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, spiderfyOnMaxZoom: true })
      : L.featureGroup();
    this._layer.addTo(this._map);
    // Only moves the person made are reported: fitting the results must not offer "search here".
    ['mousedown', 'touchstart', 'wheel', 'keydown'].forEach((type) =>
      canvas.addEventListener(type, () => { this._userMoving = true; }, { passive: true }));
    this._map.on('moveend', () => this._moved());
    // A map laid out while hidden or not yet sized (the phone's list view, a page still laying
    // out) fitted nothing: fit it again whenever its size changes, unless the person moved it.
    this._resize = new ResizeObserver(() => {
      if (!this._map || canvas.clientWidth === 0 || canvas.clientHeight === 0) {
        return;
      }
      this._map.invalidateSize();
      if (!this._userMoved) {
        this._refit();
      }
    });
    this._resize.observe(this);
    if (this._pending) {
      const [markers, view] = this._pending;
      this._pending = null;
      this.setMarkers(markers, view);
    } else {
      this._last = { view: FRANCE };
      this._refit();
    }
  }

  disconnectedCallback() {
    // Vaadin may move the element (phone/desktop layouts): keep the map, only stop observing.
    if (this._resize) {
      this._resize.disconnect();
      this._resize.observe(this);
    }
  }

  /** markers: [{id, lat, lon, title}], view: {lat, lon, radiusKm} or null to fit the markers. */
  setMarkers(markersJson, viewJson) {
    const markers = typeof markersJson === 'string' ? JSON.parse(markersJson) : markersJson;
    const view = typeof viewJson === 'string' ? JSON.parse(viewJson) : viewJson;
    if (!this._map) {
      this._pending = [markers, view];
      return;
    }
    this._layer.clearLayers();
    this._markers.clear();
    if (this._circle) {
      this._circle.remove();
      this._circle = null;
    }
    this._selected = null;
    const created = markers.map((m) => this._marker(m));
    if (this.clustered) {
      this._layer.addLayers(created);
    } else {
      created.forEach((marker) => this._layer.addLayer(marker));
    }
    if (view && this.clustered) {
      // The searched area, so that the view says where the results come from.
      this._circle = L.circle([view.lat, view.lon], {
        radius: view.radiusKm * 1000, interactive: false, color: '#1b4a8a', weight: 2, dashArray: '6 6',
        fill: true, fillColor: '#1b4a8a', fillOpacity: 0.04,
      }).addTo(this._map);
    }
    this._last = view ? { view } : created.length > 0
      ? { bounds: L.latLngBounds(markers.map((m) => [m.lat, m.lon])).pad(0.15) } : { view: FRANCE };
    this._refit();
  }

  _refit() {
    if (!this._last) {
      return;
    }
    this._userMoved = false;
    if (this._last.view) {
      this._fitView(this._last.view);
    } else {
      this._userMoving = false;
      this._map.fitBounds(this._last.bounds, { maxZoom: 14, animate: false });
    }
  }

  /** Every marker's offer id, clustered or not (tests compare them with the list). */
  markerIds() {
    return Array.from(this._markers.keys());
  }

  /** Centre and zoom now (tests check that a shared link gives the same view). */
  viewState() {
    const center = this._map.getCenter();
    return { lat: round(center.lat), lon: round(center.lng), zoom: this._map.getZoom() };
  }

  highlight(id) {
    this.querySelectorAll('.leaflet-marker-icon.is-selected').forEach((e) => e.classList.remove('is-selected'));
    this._selected = id;
    const marker = this._markers.get(id);
    if (!marker) {
      return;
    }
    const mark = () => {
      const element = marker.getElement();
      // markercluster may call back late, after another marker was chosen.
      if (element && this._selected === id) {
        element.classList.add('is-selected');
      }
    };
    this._userMoving = false;
    if (this.clustered && this._layer.zoomToShowLayer) {
      this._layer.zoomToShowLayer(marker, mark);
    } else {
      this._map.panTo(marker.getLatLng(), { animate: false });
      mark();
    }
  }

  _marker(m) {
    const icon = L.divIcon({
      className: 'offer-marker',
      html: '<span class="offer-marker-pin" data-offer-id="' + escapeAttribute(m.id) + '"></span>',
      iconSize: [28, 28],
      iconAnchor: [14, 28],
    });
    const marker = L.marker([m.lat, m.lon], { icon, title: m.title, alt: m.title, keyboard: true, riseOnHover: true });
    marker.on('add', () => {
      const element = marker.getElement();
      if (element) {
        element.dataset.offerId = m.id;
        element.setAttribute('aria-label', m.title);
        element.classList.toggle('is-selected', this._selected === m.id);
      }
    });
    marker.on('click', () => {
      this.highlight(m.id);
      this.dispatchEvent(new CustomEvent('marker-select', { detail: { id: m.id } }));
    });
    this._markers.set(m.id, marker);
    return marker;
  }

  _fitView(view) {
    this._userMoving = false;
    const bounds = L.latLng(view.lat, view.lon).toBounds(view.radiusKm * 2000);
    this._map.fitBounds(bounds, { animate: false });
  }

  _moved() {
    if (!this._userMoving) {
      return;
    }
    this._userMoved = true;
    const center = this._map.getCenter();
    const corner = this._map.getBounds().getNorthEast();
    const radiusKm = Math.ceil(center.distanceTo(corner) / 100) / 10;
    this.dispatchEvent(new CustomEvent('view-change', {
      detail: { lat: round(center.lat), lon: round(center.lng), radiusKm },
    }));
  }
}

function round(value) {
  return Math.round(value * 10000) / 10000;
}

function escapeAttribute(text) {
  return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

customElements.define('passerelle-offer-map', PasserelleOfferMap);
