package fr.passerelle.catalogue;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** Filters of the structures list; nulls and empty lists mean "no filter". */
public record StructureFilter(List<String> sources, @Nullable String codeDepartement, @Nullable String codeCommune,
                              List<String> reseauxPorteurs, boolean validatedOnly) {
}
