package fr.passerelle.geo.ui;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code passerelle.map.*}: the base layer of the maps. No tile server is reachable from every
 * deployment (nor from the test machines), so the default is the offline outline of the
 * départements only; a deployment sets {@code PASSERELLE_MAP_TILE_URL} (e.g. its own tile server
 * or IGN's Plan IGN WMTS in {x}/{y}/{z} form) and the matching attribution.
 */
@ConfigurationProperties("passerelle.map")
public class MapConfiguration {

    /** Leaflet tile URL template ({z}/{x}/{y}); empty: outlines only. */
    private String tileUrl = "";

    /** Credit shown in the map corner, for the tiles (HTML allowed, e.g. a link). */
    private String attribution = "";

    public String getTileUrl() {
        return tileUrl;
    }

    public void setTileUrl(String tileUrl) {
        this.tileUrl = tileUrl == null ? "" : tileUrl.strip();
    }

    public String getAttribution() {
        return attribution;
    }

    public void setAttribution(String attribution) {
        this.attribution = attribution == null ? "" : attribution.strip();
    }
}
