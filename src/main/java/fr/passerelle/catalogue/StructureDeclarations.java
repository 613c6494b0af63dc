package fr.passerelle.catalogue;

import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.DomainException.FieldError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A professional declares a structure that is not in the catalogue yet (sign-up, room
 * `account`): it is stored awaiting its territory manager's moderation and stays out of the
 * public API until validated.
 */
@Singleton
public class StructureDeclarations {

    /** Source of the structures declared on Passerelle itself (ids "passerelle--uuid"). */
    public static final String SOURCE = "passerelle";

    /** What a professional tells us about a new structure. */
    public record Declaration(String nom, @Nullable String siret, @Nullable String adresse,
                              @Nullable String codePostal, @Nullable String commune, @Nullable String codeInsee) {
    }

    private final StructureRepository structures;
    private final JdbcOperations jdbc;
    private final Clock clock;

    StructureDeclarations(StructureRepository structures, JdbcOperations jdbc, Clock clock) {
        this.structures = structures;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores the structure as {@code en_attente}, in the caller's transaction. No outbox row:
     * a structure awaiting moderation is not public, there is nothing to index until it is
     * validated (moderation will record the change).
     */
    @Transactional
    public Structure declare(Declaration declaration) {
        List<FieldError> errors = new ArrayList<>();
        String nom = trim(declaration.nom());
        if (nom == null || nom.length() > 200) {
            errors.add(new FieldError("nom", "Indiquez le nom de la structure (200 caractères au plus)."));
        }
        String siret = trim(declaration.siret());
        if (siret != null) {
            siret = siret.replace(" ", "");
            if (!siret.matches("\\d{14}")) {
                errors.add(new FieldError("siret", "Le SIRET compte 14 chiffres."));
            }
        }
        String codeInsee = trim(declaration.codeInsee());
        if (codeInsee != null && !communeExists(codeInsee)) {
            errors.add(new FieldError("code_insee", "Ce code commune (INSEE) est inconnu."));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE,
                    "La structure déclarée est incomplète ou invalide.", errors);
        }
        Address address = new Address(trim(declaration.adresse()), null, trim(declaration.codePostal()), codeInsee,
                trim(declaration.commune()), null, null);
        Structure structure = new Structure(SOURCE + "--" + UUID.randomUUID(), SOURCE, siret, nom, null, address,
                null, null, null, null, null, null, List.of(), null, null, ModerationStatus.EN_ATTENTE,
                LocalDate.now(clock), 1);
        structures.insertAll(List.of(structure));
        return structure;
    }

    private boolean communeExists(String code) {
        return jdbc.prepareStatement("select exists(select 1 from commune where code = ?)", ps -> {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    @Nullable
    private static String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
