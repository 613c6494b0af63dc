package fr.passerelle.shared.web;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** List parameters arrive repeated (?a=x&a=y) or comma-separated (?a=x,y): both mean the same. */
public final class QueryValues {

    private QueryValues() {
    }

    public static List<String> list(@Nullable List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream().filter(Objects::nonNull)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip).filter(value -> !value.isEmpty()).distinct().toList();
    }

    @Nullable
    public static String single(@Nullable String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }
}
