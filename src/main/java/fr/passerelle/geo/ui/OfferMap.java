package fr.passerelle.geo.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * A Leaflet map of offers ({@code frontend/map/passerelle-offer-map.js}): one marker per offer,
 * clustered when close, on the offline outline of the départements (and tiles when configured,
 * {@link MapConfiguration}). Each marker carries {@code data-offer-id}, as the result cards do.
 * The map shows what the page gives it and reports clicks and moves; it runs no search.
 */
@Tag("passerelle-offer-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@JsModule("./map/passerelle-offer-map.js")
public class OfferMap extends Component implements HasSize, HasStyle {

    public static final String OUTLINES_URL = "api/v1/carte/departements.geojson";

    /** One offer on the map. */
    public record Marker(String id, double latitude, double longitude, String title) {
    }

    /** What the map shows: a circle around a point (the searched place and radius). */
    public record View(double latitude, double longitude, double radiusKm) {
    }

    /**
     * @param clustered group close markers (the search page); one offer's page shows its marker alone
     * @param label     what the map shows, read by screen readers
     */
    public OfferMap(MapConfiguration configuration, boolean clustered, String label) {
        getElement().setProperty("tileUrl", configuration.getTileUrl());
        getElement().setProperty("attribution", configuration.getAttribution());
        getElement().setProperty("outlineUrl", OUTLINES_URL);
        getElement().setProperty("outlineAttribution", getTranslation("map.outlines.attribution"));
        getElement().setProperty("clustered", clustered);
        getElement().setProperty("label", label);
        addClassName("offer-map");
    }

    /** Replaces the markers; fits the view to {@code view}, or to the markers when it is null. */
    public void show(List<Marker> markers, @Nullable View view) {
        StringBuilder json = new StringBuilder("[");
        for (Marker marker : markers) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"id\":").append(string(marker.id()))
                    .append(",\"lat\":").append(number(marker.latitude()))
                    .append(",\"lon\":").append(number(marker.longitude()))
                    .append(",\"title\":").append(string(marker.title())).append('}');
        }
        json.append(']');
        String viewJson = view == null ? "null" : "{\"lat\":" + number(view.latitude()) + ",\"lon\":"
                + number(view.longitude()) + ",\"radiusKm\":" + number(view.radiusKm()) + "}";
        getElement().callJsFunction("setMarkers", json.toString(), viewJson);
    }

    /** Marks one offer's marker (opening its cluster) after its card was chosen. */
    public void highlight(String offerId) {
        getElement().callJsFunction("highlight", offerId);
    }

    public Registration addMarkerSelectListener(ComponentEventListener<MarkerSelectEvent> listener) {
        return addListener(MarkerSelectEvent.class, listener);
    }

    public Registration addViewChangeListener(ComponentEventListener<ViewChangeEvent> listener) {
        return addListener(ViewChangeEvent.class, listener);
    }

    /** A marker was clicked (or chosen with the keyboard). */
    @DomEvent("marker-select")
    public static class MarkerSelectEvent extends ComponentEvent<OfferMap> {
        private final String offerId;

        public MarkerSelectEvent(OfferMap source, boolean fromClient, @EventData("event.detail.id") String offerId) {
            super(source, fromClient);
            this.offerId = offerId;
        }

        public String offerId() {
            return offerId;
        }
    }

    /** The person moved or zoomed the map: its centre and a radius that covers what it shows. */
    @DomEvent("view-change")
    public static class ViewChangeEvent extends ComponentEvent<OfferMap> {
        private final View view;

        public ViewChangeEvent(OfferMap source, boolean fromClient, @EventData("event.detail.lat") double latitude,
                               @EventData("event.detail.lon") double longitude,
                               @EventData("event.detail.radiusKm") double radiusKm) {
            super(source, fromClient);
            this.view = new View(latitude, longitude, radiusKm);
        }

        public View view() {
            return view;
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
