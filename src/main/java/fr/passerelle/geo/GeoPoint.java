package fr.passerelle.geo;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;

/** A point on the WGS84 ellipsoid, in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Not a WGS84 point: " + latitude + ", " + longitude);
        }
    }

    /** Geodesic distance on the WGS84 ellipsoid (GeographicLib), in kilometres. */
    public double distanceKm(GeoPoint other) {
        return Geodesic.WGS84.Inverse(latitude, longitude, other.latitude, other.longitude,
                GeodesicMask.DISTANCE).s12 / 1000.0;
    }
}
