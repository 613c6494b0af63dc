package fr.passerelle.catalogue.api;

import fr.passerelle.account.AccountRef;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.StructureEditor;
import fr.passerelle.catalogue.OfferFilters;
import fr.passerelle.catalogue.StructureFilter;
import fr.passerelle.interop.DataInclusionMapper;
import fr.passerelle.interop.DiStructure;
import fr.passerelle.shared.Page;
import fr.passerelle.shared.PageRequest;
import fr.passerelle.shared.web.QueryValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

import java.util.List;

/** Validated structures in the data·inclusion v1 shape (others only to their operators and managers). */
@Controller("/api/v1/structures")
@ExecuteOn(TaskExecutors.BLOCKING)
class StructureController {

    private final OfferCatalogue catalogue;
    private final OfferFilters filters;
    private final DataInclusionMapper mapper;
    private final StructureEditor editor;

    StructureController(OfferCatalogue catalogue, OfferFilters filters, DataInclusionMapper mapper,
                        StructureEditor editor) {
        this.editor = editor;
        this.catalogue = catalogue;
        this.filters = filters;
        this.mapper = mapper;
    }

    @Get
    Page<DiStructure> list(@Nullable @QueryValue List<String> sources,
                           @Nullable @QueryValue("code_departement") String codeDepartement,
                           @Nullable @QueryValue("code_commune") String codeCommune,
                           @Nullable @QueryValue("reseaux_porteurs") List<String> reseauxPorteurs,
                           @Nullable @QueryValue Integer page,
                           @Nullable @QueryValue Integer size) {
        StructureFilter filter = filters.structures(QueryValues.list(sources),
                QueryValues.single(codeDepartement), QueryValues.single(codeCommune),
                QueryValues.list(reseauxPorteurs));
        return catalogue.structures(filter, PageRequest.of(page, size)).map(mapper::structure);
    }

    @Get("/{id}")
    DiStructure get(@PathVariable String id, @Nullable Authentication authentication) {
        return mapper.structure(editor.readable(id, AccountRef.optional(authentication)));
    }
}
