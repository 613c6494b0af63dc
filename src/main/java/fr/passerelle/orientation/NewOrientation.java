package fr.passerelle.orientation;

import io.micronaut.core.annotation.Nullable;

/** What a beneficiary (for herself) or a referent (for a beneficiary he follows) asks for. */
public record NewOrientation(String offerId, @Nullable Long beneficiaryId, @Nullable Long sessionId,
                             @Nullable String message, @Nullable String availability, boolean consent) {

    @Override
    public String toString() {
        return "NewOrientation[offer=" + offerId + ", session=" + sessionId + "]";
    }
}
