package fr.passerelle.interop.dedup;

import io.micronaut.core.annotation.Nullable;

/** Phone numbers compared as French national numbers: « +33 1 60 00 00 00 » equals « 01.60.00.00.00 ». */
final class Phones {

    private static final int MIN_DIGITS = 9;

    private Phones() {
    }

    /** The national form, or null when too short to tell two places apart. */
    @Nullable
    static String normalise(@Nullable String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (phone.strip().startsWith("+33") || digits.startsWith("0033")) {
            digits = "0" + digits.substring(digits.startsWith("0033") ? 4 : 2);
            // « +33 (0)1 … » keeps its 0 after the country code
            digits = digits.startsWith("00") ? digits.substring(1) : digits;
        }
        return digits.length() < MIN_DIGITS ? null : digits;
    }
}
