package fr.passerelle.catalogue;

import fr.passerelle.support.OfferBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.passerelle.support.StructureBuilder.structure;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class OfferRepositoryTest {

    @Inject
    OfferRepository offers;
    @Inject
    StructureRepository structures;

    private Offer stored(String id) {
        structures.insertAll(List.of(structure("test-repo--s-" + id).build()));
        Offer offer = OfferBuilder.offer("test-repo--" + id, "test-repo--s-" + id)
                .session(LocalDate.of(2027, 2, 1), 15, 4)
                .siae(new SiaeBlock("EI", 2, List.of("Cariste"), LocalDate.of(2028, 12, 31)))
                .clause(new ClauseSociale("Rénovation du gymnase", "Ville de Melun", "EI Bâtir", "BTP", 1200, 300,
                        LocalDate.of(2026, 3, 1), LocalDate.of(2027, 6, 30), 3, "Maison de l'emploi"))
                .zone("77", "200072130")
                .build();
        offers.insert(offer);
        return offer;
    }

    @Test
    void anOfferComesBackWithEveryFieldItWasStoredWith() {
        Offer offer = stored("roundtrip");
        Offer found = offers.findById(offer.id()).orElseThrow();
        assertThat(found.sessions()).hasSize(1);
        assertThat(found.sessions().get(0).id()).isNotNull();
        assertThat(found.withSessions(offer.sessions())).usingRecursiveComparison()
                .ignoringFields("sessions").isEqualTo(offer);
        assertThat(found.sessions().get(0)).usingRecursiveComparison().ignoringFields("id")
                .isEqualTo(offer.sessions().get(0));
        assertThat(found.siae()).isEqualTo(offer.siae());
        assertThat(found.clauseSociale()).isEqualTo(offer.clauseSociale());
    }

    @Test
    void anUpdateWithTheCurrentVersionIsSavedAndBumpsTheVersion() {
        Offer offer = stored("update");
        Offer edited = OfferBuilder.offer(offer.id(), offer.structureId()).nom("Nouveau nom").build();
        assertThat(offers.update(edited)).isTrue();
        Offer found = offers.findById(offer.id()).orElseThrow();
        assertThat(found.nom()).isEqualTo("Nouveau nom");
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.sessions()).isEmpty();
    }

    @Test
    void anUpdateWithAStaleVersionChangesNothing() {
        Offer offer = stored("stale");
        assertThat(offers.update(offer)).isTrue();
        Offer late = OfferBuilder.offer(offer.id(), offer.structureId()).nom("Écrit trop tard").build();
        assertThat(offers.update(late)).isFalse();
        Offer found = offers.findById(offer.id()).orElseThrow();
        assertThat(found.nom()).isEqualTo(offer.nom());
        assertThat(found.sessions()).hasSize(1);
    }
}
