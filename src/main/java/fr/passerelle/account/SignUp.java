package fr.passerelle.account;

import fr.passerelle.catalogue.StructureDeclarations;
import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.Optional;

/**
 * A sign-up as a door received it. A beneficiary gives no structure; a professional either
 * asks to join an existing structure ({@code structureId}) or declares a new one.
 */
public record SignUp(Profil profil, String username, String password, String email, String nom,
                     @Nullable String structureId, StructureDeclarations.@Nullable Declaration newStructure) {

    /** Who signs up; {@link #code()} is the API's {@code profil} value. */
    public enum Profil {
        BENEFICIAIRE("beneficiaire"),
        PROFESSIONNEL("professionnel");

        private final String code;

        Profil(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Profil> ofCode(@Nullable String code) {
            return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
        }
    }

    /** Keeps the password and the e-mail out of any log line. */
    @Override
    public String toString() {
        return "SignUp[profil=" + profil + ", username=" + username + "]";
    }
}
