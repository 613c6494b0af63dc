package fr.passerelle.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GeoPointTest {

    @Test
    void theDistanceBetweenTwoPointsIsTheWgs84GeodesicInKilometres() {
        GeoPoint notreDame = new GeoPoint(48.8530, 2.3499);
        GeoPoint melunCathedral = new GeoPoint(48.5397, 2.6560);
        assertThat(notreDame.distanceKm(melunCathedral)).isCloseTo(41.8, within(0.5));
        assertThat(notreDame.distanceKm(notreDame)).isZero();
        // One degree of latitude at the equator on the WGS84 ellipsoid: 110.574 km.
        assertThat(new GeoPoint(0, 0).distanceKm(new GeoPoint(1, 0))).isCloseTo(110.574, within(0.001));
    }

    @Test
    void aPointOutsideTheGlobeIsRefused() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
