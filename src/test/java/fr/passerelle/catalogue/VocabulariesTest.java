package fr.passerelle.catalogue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class VocabulariesTest {

    @Inject
    Vocabularies vocabularies;
    @Inject
    JdbcOperations jdbc;

    @Test
    void theDataInclusionReferenceListsAreComplete() {
        assertThat(vocabularies.values(VocabularyKind.CATEGORIE)).hasSize(16);
        assertThat(vocabularies.values(VocabularyKind.THEMATIQUE)).hasSize(69);
        assertThat(vocabularies.values(VocabularyKind.TYPE)).contains("accompagnement", "formation", "atelier");
        assertThat(vocabularies.values(VocabularyKind.FRAIS)).containsExactly("gratuit", "payant");
        assertThat(vocabularies.values(VocabularyKind.PUBLIC)).contains("beneficiaires-des-minimas-sociaux", "jeunes");
        assertThat(vocabularies.label(VocabularyKind.THEMATIQUE, "famille--garde-denfants")).isEqualTo("Garde d’enfants");
    }

    @Test
    void everyThematiqueBelongsToACategoryAndToAtLeastOneFamily() {
        Set<String> categories = Set.copyOf(vocabularies.values(VocabularyKind.CATEGORIE));
        Set<String> covered = vocabularies.families().stream().flatMap(f -> f.thematiques().stream())
                .collect(Collectors.toSet());
        for (String thematique : vocabularies.values(VocabularyKind.THEMATIQUE)) {
            assertThat(categories).contains(Vocabularies.categoryOf(thematique));
            assertThat(covered).as("family of %s", thematique).contains(thematique);
        }
    }

    @Test
    void familiesFollowTheBeneficiariesReading() {
        assertThat(vocabularies.family("garde-enfants").orElseThrow().beneficiaryLabel()).isEqualTo("Faire garder mes enfants");
        assertThat(vocabularies.family("mobilite").orElseThrow().thematiques()).contains("mobilite--preparer-un-permis");
        assertThat(vocabularies.familiesOf(List.of("famille--garde-denfants"), false, false)).containsExactly("garde-enfants");
        assertThat(vocabularies.familiesOf(List.of(), true, true)).containsExactly("siae", "clauses-sociales");
        assertThat(vocabularies.families().stream().map(Family::groupLabel).distinct())
                .containsExactly("Retour à l'emploi", "Levée des freins", "Socio-professionnel", "Social");
    }

    @Test
    void aCategoryFilterExpandsToItsThematiques() {
        assertThat(vocabularies.thematiquesMatching(List.of("mobilite"), "thematiques")).hasSize(6)
                .allMatch(t -> t.startsWith("mobilite--"));
    }

    @Test
    void theVocabulariesAreMirroredInPostgresql() {
        int thematiques = jdbc.prepareStatement("select count(*) from vocabulary where kind = 'thematique'", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(thematiques).isEqualTo(69);
    }
}
