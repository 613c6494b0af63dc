package fr.passerelle.catalogue.demo;

import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.Structure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * data·inclusion v1 shaped maps of generated rows, for the JSON lines export and the schema test.
 * Deliberately minimal: when the interop room's mapper lands, the export should use it instead
 * (one mapping per direction, STYLE.md).
 */
final class DemoJson {

    private DemoJson() {
    }

    static Map<String, Object> service(Offer o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("source", o.source());
        m.put("structure_id", o.structureId());
        m.put("nom", o.nom());
        m.put("description", o.description());
        m.put("type", o.type());
        m.put("thematiques", orNull(o.thematiques()));
        m.put("frais", o.frais());
        m.put("frais_precisions", o.fraisPrecisions());
        m.put("publics", orNull(o.publics()));
        m.put("publics_precisions", o.publicsPrecisions());
        m.put("conditions_acces", o.conditionsAcces());
        m.put("adresse", o.address().adresse());
        m.put("complement_adresse", o.address().complementAdresse());
        m.put("code_postal", o.address().codePostal());
        m.put("code_insee", o.address().codeInsee());
        m.put("commune", o.address().commune());
        m.put("latitude", o.address().latitude());
        m.put("longitude", o.address().longitude());
        m.put("telephone", o.contact().telephone());
        m.put("courriel", o.contact().courriel());
        m.put("contact_nom_prenom", o.contact().nomPrenom());
        m.put("modes_accueil", orNull(o.modesAccueil()));
        // data·inclusion: an empty zone is written null ("no restriction"), a list has ≥ 1 code.
        m.put("zone_eligibilite", orNull(o.zoneEligibilite()));
        m.put("modes_mobilisation", orNull(o.modesMobilisation()));
        m.put("mobilisable_par", orNull(o.mobilisablePar()));
        m.put("mobilisation_precisions", o.mobilisationPrecisions());
        m.put("lien_mobilisation", o.lienMobilisation());
        m.put("lien_source", o.lienSource());
        m.put("horaires_accueil", o.horairesAccueil());
        m.put("volume_horaire_hebdomadaire", o.volumeHoraireHebdomadaire());
        m.put("nombre_semaines", o.nombreSemaines());
        m.put("date_maj", o.dateMaj().toString());
        return m;
    }

    static Map<String, Object> structure(Structure s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("source", s.source());
        m.put("siret", s.siret());
        m.put("nom", s.nom());
        m.put("description", s.description());
        m.put("adresse", s.address().adresse());
        m.put("complement_adresse", s.address().complementAdresse());
        m.put("code_postal", s.address().codePostal());
        m.put("code_insee", s.address().codeInsee());
        m.put("commune", s.address().commune());
        m.put("latitude", s.address().latitude());
        m.put("longitude", s.address().longitude());
        m.put("telephone", s.telephone());
        m.put("courriel", s.courriel());
        m.put("site_web", s.siteWeb());
        m.put("lien_source", s.lienSource());
        m.put("horaires_accueil", s.horairesAccueil());
        m.put("accessibilite_lieu", s.accessibiliteLieu());
        m.put("reseaux_porteurs", orNull(s.reseauxPorteurs()));
        m.put("date_maj", s.dateMaj().toString());
        return m;
    }

    private static List<String> orNull(List<String> values) {
        return values.isEmpty() ? null : values;
    }
}
