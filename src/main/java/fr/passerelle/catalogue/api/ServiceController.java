package fr.passerelle.catalogue.api;

import fr.passerelle.account.AccountRef;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.OfferEditor;
import fr.passerelle.catalogue.OfferFilterRequest;
import fr.passerelle.catalogue.OfferFilters;
import fr.passerelle.catalogue.quality.OfferQuality;
import fr.passerelle.interop.DataInclusionMapper;
import fr.passerelle.interop.DiService;
import fr.passerelle.shared.Page;
import fr.passerelle.shared.PageRequest;
import fr.passerelle.shared.ui.MessagesI18NProvider;
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

/** Public offers in the data·inclusion v1 shape: clients of data·inclusion can point at us. */
@Controller("/api/v1/services")
@ExecuteOn(TaskExecutors.BLOCKING)
class ServiceController {

    private final OfferCatalogue catalogue;
    private final OfferFilters filters;
    private final DataInclusionMapper mapper;
    private final OfferEditor editor;
    private final OfferQuality quality;
    private final MessagesI18NProvider messages;

    ServiceController(OfferCatalogue catalogue, OfferFilters filters, DataInclusionMapper mapper, OfferEditor editor,
                      OfferQuality quality, MessagesI18NProvider messages) {
        this.editor = editor;
        this.quality = quality;
        this.messages = messages;
        this.catalogue = catalogue;
        this.filters = filters;
        this.mapper = mapper;
    }

    @Get
    Page<DiService> list(@Nullable @QueryValue List<String> sources,
                         @Nullable @QueryValue List<String> thematiques,
                         @Nullable @QueryValue("code_departement") String codeDepartement,
                         @Nullable @QueryValue("code_commune") String codeCommune,
                         @Nullable @QueryValue List<String> frais,
                         @Nullable @QueryValue List<String> publics,
                         @Nullable @QueryValue("modes_accueil") List<String> modesAccueil,
                         @Nullable @QueryValue List<String> types,
                         @Nullable @QueryValue("structure_id") String structureId,
                         @Nullable @QueryValue("regle_acces") String regleAcces,
                         @Nullable @QueryValue Integer page,
                         @Nullable @QueryValue Integer size) {
        OfferFilterRequest request = new OfferFilterRequest(QueryValues.list(sources), QueryValues.list(thematiques),
                QueryValues.single(codeDepartement), QueryValues.single(codeCommune), QueryValues.list(frais),
                QueryValues.list(publics), QueryValues.list(modesAccueil), QueryValues.list(types),
                QueryValues.single(structureId), QueryValues.single(regleAcces));
        return catalogue.offers(filters.published(request), PageRequest.of(page, size)).map(mapper::service);
    }

    @Get("/{id}")
    DiService get(@PathVariable String id, @Nullable Authentication authentication) {
        return mapper.service(editor.readable(id, AccountRef.optional(authentication)));
    }

    /** data·inclusion's quality criteria for one offer: drafts only for those who may edit or moderate it. */
    @Get("/{id}/qualite")
    QualityResponse quality(@PathVariable String id, @Nullable Authentication authentication) {
        return QualityResponse.of(id, quality.report(id, AccountRef.optional(authentication)), messages);
    }
}
