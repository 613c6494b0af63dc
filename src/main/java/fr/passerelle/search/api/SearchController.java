package fr.passerelle.search.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.interop.DataInclusionMapper;
import fr.passerelle.interop.DiService;
import fr.passerelle.interop.dedup.DuplicateClusters;
import fr.passerelle.search.OfferSearch;
import fr.passerelle.search.SearchRequest;
import fr.passerelle.search.SearchResult;
import fr.passerelle.shared.web.QueryValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * data·inclusion's search (GET /search/services) with our additions: full text, famille, SIAE,
 * places, sorts and facets. Items carry the same data·inclusion v1 service as /api/v1/services.
 */
@Controller("/api/v1/search/services")
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {

    /**
     * {@code aussi_reference_par}: the same service as other sources publish it (duplicate cluster),
     * left out when there is none.
     */
    @Serdeable
    record Item(DiService service, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Double distance,
                @JsonProperty("aussi_reference_par") @JsonInclude(JsonInclude.Include.NON_EMPTY)
                List<AlsoListed> alsoListed) {
    }

    @Serdeable
    record AlsoListed(@JsonProperty("service_id") String serviceId, String source, String structure) {

        static List<AlsoListed> of(@Nullable DuplicateClusters.Mention mention) {
            if (mention == null) {
                return List.of();
            }
            List<AlsoListed> listed = new ArrayList<>();
            if (mention.representative() != null) {
                listed.add(of(mention.representative()));
            }
            mention.others().forEach(other -> listed.add(of(other)));
            return listed;
        }

        private static AlsoListed of(DuplicateClusters.Listed listed) {
            return new AlsoListed(listed.offerId(), listed.source(), listed.structure());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Response(List<Item> items, long total, int page, int size,
                    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Map<String, Map<String, Long>> facets) {
    }

    private final OfferSearch search;
    private final DataInclusionMapper mapper;

    SearchController(OfferSearch search, DataInclusionMapper mapper) {
        this.search = search;
        this.mapper = mapper;
    }

    @Get
    Response search(@Nullable @QueryValue String q,
                    @Nullable @QueryValue("code_commune") String codeCommune,
                    @Nullable @QueryValue Double lat,
                    @Nullable @QueryValue Double lon,
                    @Nullable @QueryValue Double distance,
                    @Nullable @QueryValue("code_departement") String codeDepartement,
                    @Nullable @QueryValue List<String> thematiques,
                    @Nullable @QueryValue List<String> frais,
                    @Nullable @QueryValue List<String> publics,
                    @Nullable @QueryValue("modes_accueil") List<String> modesAccueil,
                    @Nullable @QueryValue List<String> types,
                    @Nullable @QueryValue List<String> sources,
                    @Nullable @QueryValue List<String> famille,
                    @Nullable @QueryValue List<String> siae,
                    @Nullable @QueryValue Boolean places,
                    @Nullable @QueryValue String sort,
                    @Nullable @QueryValue Integer page,
                    @Nullable @QueryValue Integer size,
                    @Nullable @QueryValue Boolean facets) {
        SearchResult result = search.find(new SearchRequest(QueryValues.single(q), QueryValues.single(codeCommune),
                lat, lon, distance, QueryValues.single(codeDepartement), QueryValues.list(thematiques),
                QueryValues.list(frais), QueryValues.list(publics), QueryValues.list(modesAccueil),
                QueryValues.list(types), QueryValues.list(sources), QueryValues.list(famille),
                QueryValues.list(siae), places, QueryValues.single(sort), page, size, facets));
        return new Response(result.hits().stream()
                .map(hit -> new Item(mapper.service(hit.offer()), hit.distanceKm(),
                        AlsoListed.of(hit.alsoListed()))).toList(),
                result.total(), result.page(), result.size(), Boolean.TRUE.equals(facets) ? result.facets() : null);
    }
}
