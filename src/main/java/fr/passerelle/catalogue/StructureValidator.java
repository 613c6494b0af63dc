package fr.passerelle.catalogue;

import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.TokenMgrError;
import fr.passerelle.geo.Gazetteer;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.DomainException.FieldError;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The rules every stored structure obeys when Passerelle writes it (operators, API clients):
 * data·inclusion v1 constraints plus ours. Field names are the API's, messages are French.
 * Twin of {@link OfferValidator} for the fields both have.
 */
@Singleton
public class StructureValidator {

    /**
     * The parser allocates large buffers per text and imports validate tens of thousands of
     * structures sharing a few hundred texts: remember the verdicts (bounded).
     */
    private static final Map<String, Boolean> VALID_HOURS = new ConcurrentHashMap<>();
    private static final Pattern SIRET = Pattern.compile("^\\d{14}$");
    private static final Pattern POSTCODE = Pattern.compile("^\\d{5}$");
    private static final Pattern INSEE = Pattern.compile("^[0-9AB]{5}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ().-]{6,25}$");
    private static final String URL_MESSAGE = "Le lien doit commencer par http:// ou https://.";

    private final Vocabularies vocabularies;
    private final Gazetteer gazetteer;

    public StructureValidator(Vocabularies vocabularies, Gazetteer gazetteer) {
        this.vocabularies = vocabularies;
        this.gazetteer = gazetteer;
    }

    /** Throws a 422 listing every problem at once, so a form can show them all. */
    public void requireValid(Structure structure) {
        List<FieldError> errors = problemsOf(structure);
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    "La structure n'a pas été enregistrée : " + errors.size() + " champ(s) à corriger.", errors);
        }
    }

    public List<FieldError> problemsOf(Structure s) {
        List<FieldError> errors = new ArrayList<>();
        int length = s.nom() == null ? 0 : s.nom().strip().length();
        if (length < 3 || length > 150) {
            errors.add(new FieldError("nom", "Le nom doit contenir entre 3 et 150 caractères."));
        }
        if (s.description() != null && s.description().length() > 10_000) {
            errors.add(new FieldError("description", "La description ne doit pas dépasser 10 000 caractères."));
        }
        format(errors, SIRET, s.siret(), "siret", "Le SIRET doit comporter 14 chiffres, sans espace.");
        Address a = s.address();
        format(errors, POSTCODE, a.codePostal(), "code_postal", "Le code postal doit comporter 5 chiffres.");
        if (a.codeInsee() != null) {
            if (!INSEE.matcher(a.codeInsee()).matches()) {
                errors.add(new FieldError("code_insee", "Le code INSEE doit comporter 5 caractères."));
            } else if (gazetteer.commune(a.codeInsee()).isEmpty()) {
                errors.add(new FieldError("code_insee", "Ce code commune (INSEE) est inconnu."));
            }
        }
        if ((a.latitude() == null) != (a.longitude() == null)) {
            errors.add(new FieldError("latitude", "Latitude et longitude vont ensemble."));
        }
        if (a.latitude() != null && (a.latitude() < -90 || a.latitude() > 90)) {
            errors.add(new FieldError("latitude", "La latitude doit être comprise entre -90 et 90."));
        }
        if (a.longitude() != null && (a.longitude() < -180 || a.longitude() > 180)) {
            errors.add(new FieldError("longitude", "La longitude doit être comprise entre -180 et 180."));
        }
        format(errors, PHONE, s.telephone(), "telephone", "Le numéro de téléphone n'est pas valide.");
        format(errors, EMAIL, s.courriel(), "courriel", "L'adresse e-mail n'est pas valide.");
        format(errors, URL, s.siteWeb(), "site_web", URL_MESSAGE);
        format(errors, URL, s.lienSource(), "lien_source", URL_MESSAGE);
        format(errors, URL, s.accessibiliteLieu(), "accessibilite_lieu", URL_MESSAGE);
        openingHours(errors, s.horairesAccueil());
        for (String reseau : s.reseauxPorteurs()) {
            if (!vocabularies.contains(VocabularyKind.RESEAU_PORTEUR, reseau)) {
                errors.add(new FieldError("reseaux_porteurs", "Valeur inconnue : « " + reseau + " »."));
            }
        }
        return errors;
    }

    /** OSM opening_hours syntax, as data·inclusion asks (e.g. « Mo-Fr 09:00-12:00,14:00-17:00 »). */
    private static void openingHours(List<FieldError> errors, @Nullable String hours) {
        if (hours == null || hours.isBlank()) {
            return;
        }
        if (VALID_HOURS.size() > 10_000) {
            VALID_HOURS.clear();
        }
        if (!VALID_HOURS.computeIfAbsent(hours, StructureValidator::parses)) {
            errors.add(new FieldError("horaires_accueil", "Les horaires ne suivent pas le format OpenStreetMap "
                    + "(exemple : « Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00 »)."));
        }
    }

    private static boolean parses(String hours) {
        try {
            new OpeningHoursParser(new StringReader(hours)).rules(false);
            return true;
        } catch (OpeningHoursParseException | TokenMgrError | RuntimeException e) {
            return false;
        }
    }

    private static void format(List<FieldError> errors, Pattern pattern, @Nullable String value, String field,
                               String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, message));
        }
    }
}
