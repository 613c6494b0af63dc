package fr.passerelle.search;

import jakarta.inject.Singleton;
import org.hibernate.search.mapper.pojo.standalone.loading.LoadingTypeGroup;
import org.hibernate.search.mapper.pojo.standalone.loading.MassEntityLoader;
import org.hibernate.search.mapper.pojo.standalone.loading.MassEntitySink;
import org.hibernate.search.mapper.pojo.standalone.loading.MassIdentifierLoader;
import org.hibernate.search.mapper.pojo.standalone.loading.MassIdentifierSink;
import org.hibernate.search.mapper.pojo.standalone.loading.MassLoadingOptions;
import org.hibernate.search.mapper.pojo.standalone.loading.MassLoadingStrategy;

import java.util.List;
import java.util.OptionalLong;

/** How the mass indexer reads the catalogue: published ids by keyset pages, then offers by batch. */
@Singleton
class OfferMassLoading implements MassLoadingStrategy<OfferDocument, String> {

    private final OfferDocumentLoader loader;

    OfferMassLoading(OfferDocumentLoader loader) {
        this.loader = loader;
    }

    @Override
    public MassIdentifierLoader createIdentifierLoader(LoadingTypeGroup<OfferDocument> group,
                                                       MassIdentifierSink<String> sink, MassLoadingOptions options) {
        return new MassIdentifierLoader() {
            private String last = "";

            @Override
            public void loadNext() throws InterruptedException {
                List<String> ids = loader.publishedIdsAfter(last, options.batchSize());
                if (!ids.isEmpty()) {
                    last = ids.get(ids.size() - 1);
                    sink.accept(ids);
                }
                if (ids.size() < options.batchSize()) {
                    sink.complete();
                }
            }

            @Override
            public OptionalLong totalCount() {
                return OptionalLong.of(loader.countPublished());
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public MassEntityLoader<String> createEntityLoader(LoadingTypeGroup<OfferDocument> group,
                                                       MassEntitySink<OfferDocument> sink, MassLoadingOptions options) {
        return new MassEntityLoader<>() {
            @Override
            public void load(List<String> ids) throws InterruptedException {
                // An offer unpublished since its id was read is simply left out.
                sink.accept(loader.load(ids).documents());
            }

            @Override
            public void close() {
            }
        };
    }
}
