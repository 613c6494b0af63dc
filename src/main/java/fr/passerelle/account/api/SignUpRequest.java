package fr.passerelle.account.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.account.SignUp;
import fr.passerelle.catalogue.StructureDeclarations;
import fr.passerelle.shared.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of POST /api/v1/auth/inscription. */
@Serdeable
record SignUpRequest(@Nullable String profil, @Nullable String username, @Nullable String password,
                     @Nullable String email, @Nullable String nom,
                     @Nullable @JsonProperty("structure_id") String structureId,
                     @Nullable @JsonProperty("nouvelle_structure") NewStructure newStructure) {

    @Serdeable
    record NewStructure(@Nullable String nom, @Nullable String siret, @Nullable String adresse,
                        @Nullable @JsonProperty("code_postal") String codePostal, @Nullable String commune,
                        @Nullable @JsonProperty("code_insee") String codeInsee) {
    }

    SignUp toSignUp() {
        SignUp.Profil kind = SignUp.Profil.ofCode(profil).orElseThrow(() -> DomainException.badParameter("profil",
                "Le profil doit valoir « beneficiaire » ou « professionnel »."));
        StructureDeclarations.Declaration declaration = newStructure == null ? null
                : new StructureDeclarations.Declaration(newStructure.nom(), newStructure.siret(), newStructure.adresse(),
                newStructure.codePostal(), newStructure.commune(), newStructure.codeInsee());
        return new SignUp(kind, username, password, email, nom, structureId, declaration);
    }

    @Override
    public String toString() {
        return "SignUpRequest[profil=" + profil + ", username=" + username + "]";
    }
}
