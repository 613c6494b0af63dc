package fr.passerelle.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * A vocabulary value with the French code shared by the database, the API and partners,
 * and the label users read.
 */
public interface Coded {

    String code();

    String label();

    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
    }
}
