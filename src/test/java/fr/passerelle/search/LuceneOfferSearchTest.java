package fr.passerelle.search;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(transactional = false)
@Property(name = "passerelle.search.backend", value = "lucene")
@Property(name = "passerelle.search.lucene.directory", value = "target/test-home/index-search-suite")
@Property(name = "passerelle.search.indexer.poll-interval", value = "100ms")
class LuceneOfferSearchTest extends OfferSearchSuite {

    @Override
    String backend() {
        return "lucene";
    }

    @Override
    boolean stopBackend() {
        return false;
    }

    @Override
    void startBackend() {
    }
}
