package fr.passerelle.search;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;

import java.util.Map;

/** The same suite on the Elasticsearch backend, against a real OpenSearch 2.19 node in this JVM. */
@MicronautTest(transactional = false)
class OpenSearchOfferSearchTest extends OfferSearchSuite implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        OpenSearchTestNode node = OpenSearchTestNode.running();
        return Map.of("passerelle.search.backend", "elasticsearch",
                "passerelle.search.elasticsearch.hosts", node.host(),
                "passerelle.search.elasticsearch.version", "opensearch:2.19",
                "passerelle.search.indexer.poll-interval", "100ms",
                "passerelle.search.indexer.max-backoff", "2s");
    }

    @Override
    String backend() {
        return "opensearch";
    }

    @Override
    boolean stopBackend() {
        OpenSearchTestNode.running().stop();
        return true;
    }

    @Override
    void startBackend() {
        OpenSearchTestNode.running();
    }
}
