package fr.passerelle.catalogue.ui.workspace;

import fr.passerelle.geo.Commune;
import fr.passerelle.geo.Departement;
import fr.passerelle.geo.Epci;
import fr.passerelle.geo.Gazetteer;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Names eligibility-zone codes, and offers the zones matching what an operator types. */
@Singleton
public class ZoneChoices {

    private final Gazetteer gazetteer;

    public ZoneChoices(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The zone of a stored code; an unknown code keeps its code as its name. */
    public Zone of(String code) {
        if (Gazetteer.FRANCE.equalsIgnoreCase(code)) {
            return france();
        }
        if (code.length() == 9) {
            return gazetteer.epci(code).map(ZoneChoices::zone).orElse(new Zone(code, code));
        }
        if (code.length() <= 3) {
            return gazetteer.departement(code).map(ZoneChoices::zone).orElse(new Zone(code, code));
        }
        return gazetteer.commune(code).map(ZoneChoices::zone).orElse(new Zone(code, code));
    }

    /**
     * Zones for a typed text: départements and EPCI (of the home département) whose name or code
     * matches, then communes; with no text, the home département and its EPCI.
     */
    public Stream<Zone> matching(@Nullable String text, @Nullable String homeDepartement, int offset, int limit) {
        String key = key(text);
        List<Zone> found = new ArrayList<>();
        if ("france".startsWith(key) || key.startsWith("toute")) {
            found.add(france());
        }
        for (Departement departement : gazetteer.departements()) {
            boolean home = departement.code().equals(homeDepartement);
            if (key.isEmpty() ? home : key(departement.nom()).contains(key) || departement.code().equalsIgnoreCase(key)) {
                found.add(zone(departement));
            }
        }
        if (homeDepartement != null) {
            for (Epci epci : gazetteer.epcisOfDepartement(homeDepartement)) {
                if (key.isEmpty() || key(epci.nom()).contains(key)) {
                    found.add(zone(epci));
                }
            }
        }
        if (!key.isEmpty()) {
            gazetteer.search(text, offset + limit).forEach(commune -> found.add(zone(commune)));
        }
        return found.stream().distinct().skip(offset).limit(limit);
    }

    static Zone zone(Commune commune) {
        return new Zone(commune.code(), commune.nom() + " (" + commune.departementCode() + ")");
    }

    static Zone zone(Epci epci) {
        return new Zone(epci.code(), epci.nom());
    }

    static Zone zone(Departement departement) {
        return new Zone(departement.code(), departement.nom() + " (" + departement.code() + ")");
    }

    static Zone france() {
        return new Zone(Gazetteer.FRANCE, "Toute la France");
    }

    private static String key(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
