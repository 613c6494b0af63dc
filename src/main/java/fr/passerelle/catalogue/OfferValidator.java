package fr.passerelle.catalogue;

import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.DomainException.FieldError;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules every stored offer obeys, whoever writes it (operators, API clients, imports):
 * data·inclusion v1 constraints plus ours. Field names are the API's, messages are French.
 */
@Singleton
public class OfferValidator {

    private static final Pattern POSTCODE = Pattern.compile("^\\d{5}$");
    private static final Pattern INSEE = Pattern.compile("^[0-9AB]{5}$");
    private static final Pattern ZONE_CODE = Pattern.compile("^(france|[0-9AB]{5}|\\d{2,3}|2A|2B|\\d{9})$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

    private final Vocabularies vocabularies;

    public OfferValidator(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    /** Throws a 422 listing every problem at once, so a form can show them all. */
    public void requireValid(Offer offer) {
        List<FieldError> errors = problemsOf(offer);
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    "L'offre n'a pas été enregistrée : " + errors.size() + " champ(s) à corriger.", errors);
        }
    }

    public List<FieldError> problemsOf(Offer o) {
        List<FieldError> errors = new ArrayList<>();
        length(errors, "nom", o.nom(), 3, 150);
        length(errors, "description", o.description(), 5, 10_000);
        if (o.nom() != null && o.nom().strip().endsWith(".") && !o.nom().strip().endsWith("etc.")) {
            errors.add(new FieldError("nom", "Le nom ne doit pas se terminer par un point."));
        }
        known(errors, VocabularyKind.TYPE, o.type() == null ? List.of() : List.of(o.type()), "type");
        known(errors, VocabularyKind.THEMATIQUE, o.thematiques(), "thematiques");
        known(errors, VocabularyKind.FRAIS, o.frais() == null ? List.of() : List.of(o.frais()), "frais");
        known(errors, VocabularyKind.PUBLIC, o.publics(), "publics");
        known(errors, VocabularyKind.PUBLIC, o.accessPublics(), "passerelle.publics_regle_acces");
        known(errors, VocabularyKind.MODE_ACCUEIL, o.modesAccueil(), "modes_accueil");
        known(errors, VocabularyKind.MODE_MOBILISATION, o.modesMobilisation(), "modes_mobilisation");
        known(errors, VocabularyKind.PERSONNE_MOBILISATRICE, o.mobilisablePar(), "mobilisable_par");
        if (o.thematiques().isEmpty()) {
            errors.add(new FieldError("thematiques", "Choisissez au moins une thématique."));
        }
        Address a = o.address();
        format(errors, POSTCODE, a.codePostal(), "code_postal", "Le code postal doit comporter 5 chiffres.");
        format(errors, INSEE, a.codeInsee(), "code_insee", "Le code INSEE doit comporter 5 caractères.");
        if ((a.latitude() == null) != (a.longitude() == null)) {
            errors.add(new FieldError("latitude", "Latitude et longitude vont ensemble."));
        }
        if (a.latitude() != null && (a.latitude() < -90 || a.latitude() > 90)) {
            errors.add(new FieldError("latitude", "La latitude doit être comprise entre -90 et 90."));
        }
        if (a.longitude() != null && (a.longitude() < -180 || a.longitude() > 180)) {
            errors.add(new FieldError("longitude", "La longitude doit être comprise entre -180 et 180."));
        }
        if (o.modesAccueil().contains(Offer.MODE_ON_SITE) && a.codeInsee() == null) {
            errors.add(new FieldError("code_insee", "Une offre sur place doit indiquer sa commune."));
        }
        for (String code : o.zoneEligibilite()) {
            format(errors, ZONE_CODE, code, "zone_eligibilite",
                    "« " + code + " » n'est pas un code de commune, d'EPCI, de département ou « france ».");
        }
        format(errors, EMAIL, o.contact().courriel(), "courriel", "L'adresse e-mail n'est pas valide.");
        format(errors, URL, o.lienMobilisation(), "lien_mobilisation", "Le lien doit commencer par http:// ou https://.");
        format(errors, URL, o.lienSource(), "lien_source", "Le lien doit commencer par http:// ou https://.");
        if (o.volumeHoraireHebdomadaire() != null && o.volumeHoraireHebdomadaire() < 0) {
            errors.add(new FieldError("volume_horaire_hebdomadaire", "Le volume horaire ne peut pas être négatif."));
        }
        if (o.nombreSemaines() != null && o.nombreSemaines() < 1) {
            errors.add(new FieldError("nombre_semaines", "Le nombre de semaines doit être d'au moins 1."));
        }
        for (String language : o.langues()) {
            format(errors, LANGUAGE, language, "passerelle.langues",
                    "« " + language + " » n'est pas un code de langue (ex. fr, en, ar).");
        }
        lifecycle(errors, o.lifecycle());
        sessions(errors, o.sessions());
        if (o.siae() != null) {
            if (!SiaeBlock.KINDS.contains(o.siae().kind())) {
                errors.add(new FieldError("passerelle.siae.type",
                        "Type de structure d'insertion inconnu (attendu : " + String.join(", ", SiaeBlock.KINDS) + ")."));
            }
            if (o.siae().openPositions() < 0) {
                errors.add(new FieldError("passerelle.siae.postes_ouverts", "Le nombre de postes ne peut pas être négatif."));
            }
        }
        if (o.clauseSociale() != null) {
            ClauseSociale c = o.clauseSociale();
            if (c.plannedHours() < 0 || c.doneHours() < 0 || c.positions() < 0) {
                errors.add(new FieldError("passerelle.clause_sociale", "Heures et postes ne peuvent pas être négatifs."));
            }
            if (c.endsOn() != null && c.endsOn().isBefore(c.startsOn())) {
                errors.add(new FieldError("passerelle.clause_sociale.fin", "La fin de l'opération précède son début."));
            }
        }
        return errors;
    }

    private static void lifecycle(List<FieldError> errors, Lifecycle l) {
        if (l.updateFrequencyMonths() < 1 || l.updateFrequencyMonths() > 24) {
            errors.add(new FieldError("passerelle.frequence_maj_mois",
                    "La fréquence de mise à jour doit être comprise entre 1 et 24 mois."));
        }
        if (l.status() == OfferStatus.SUSPENDUE && l.suspendedUntil() == null) {
            errors.add(new FieldError("passerelle.suspendue_jusqu_au", "Indiquez jusqu'à quand l'offre est suspendue."));
        }
    }

    private static void sessions(List<FieldError> errors, List<OfferSession> sessions) {
        for (int i = 0; i < sessions.size(); i++) {
            OfferSession s = sessions.get(i);
            String field = "passerelle.sessions[" + i + "]";
            if (s.startsOn() == null) {
                errors.add(new FieldError(field + ".startsOn", "Indiquez la date de début de la session."));
            } else if (s.endsOn() != null && s.endsOn().isBefore(s.startsOn())) {
                errors.add(new FieldError(field + ".endsOn", "La session se termine avant d'avoir commencé."));
            }
            if (s.capacity() != null && s.capacity() < 0) {
                errors.add(new FieldError(field + ".capacity", "La capacité ne peut pas être négative."));
            }
            if (s.placesLeft() != null && (s.placesLeft() < 0
                    || (s.capacity() != null && s.placesLeft() > s.capacity()))) {
                errors.add(new FieldError(field + ".placesLeft",
                        "Les places restantes doivent être comprises entre 0 et la capacité."));
            }
        }
    }

    private static void length(List<FieldError> errors, String field, String value, int min, int max) {
        int length = value == null ? 0 : value.strip().length();
        if (length < min || length > max) {
            errors.add(new FieldError(field, "Ce champ doit contenir entre " + min + " et " + max + " caractères."));
        }
    }

    private static void format(List<FieldError> errors, Pattern pattern, String value, String field, String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, message));
        }
    }

    private void known(List<FieldError> errors, VocabularyKind kind, Collection<String> values, String field) {
        for (String value : values) {
            if (!vocabularies.contains(kind, value)) {
                errors.add(new FieldError(field, "Valeur inconnue : « " + value + " »."));
            }
        }
    }
}
