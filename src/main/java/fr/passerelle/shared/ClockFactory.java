package fr.passerelle.shared;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock: French local time, replaceable in tests. */
@Factory
class ClockFactory {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Singleton
    Clock clock() {
        return Clock.system(PARIS);
    }
}
