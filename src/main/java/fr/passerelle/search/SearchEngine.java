package fr.passerelle.search;

import fr.passerelle.shared.PasserelleHome;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurer;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.StandalonePojoMappingConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the Hibernate Search standalone mapping of {@link OfferDocument} on the configured
 * backend (Lucene or Elasticsearch/OpenSearch) and closes it on shutdown. Schema management is
 * left to {@link IndexRebuilder}, so that the application starts even when a remote backend is down.
 */
@Singleton
public class SearchEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SearchEngine.class);
    private static final String HS = "hibernate.search.";
    private static final String BACKEND = HS + "backend.";

    private final SearchConfiguration configuration;
    private final AnalysisConfig analysis;
    private final CloseableSearchMapping mapping;
    private final String mappingHash;

    public SearchEngine(SearchConfiguration configuration, JsonMapper json, OfferMassLoading massLoading) {
        this.configuration = configuration;
        this.analysis = AnalysisConfig.load(json);
        this.mappingHash = hash(OfferIndex.MAPPING_VERSION + ":" + analysis.hash());
        Map<String, Object> properties = new HashMap<>();
        properties.put(HS + "mapping.configurer", (StandalonePojoMappingConfigurer) context -> {
            context.addEntityType(OfferDocument.class, OfferIndex.ENTITY,
                    entity -> entity.massLoadingStrategy(massLoading));
            map(context.programmaticMapping().type(OfferDocument.class));
        });
        properties.put(HS + "schema_management.strategy", "none");
        switch (configuration.getBackend()) {
            case LUCENE -> lucene(properties);
            case ELASTICSEARCH -> elasticsearch(properties);
        }
        this.mapping = SearchMapping.builder(AnnotatedTypeSource.empty(), OfferDocument.lookup())
                .properties(properties).build();
        LOG.info("Search engine ready: {} (mapping {})", backendKey(), mappingHash.substring(0, 12));
    }

    private void lucene(Map<String, Object> properties) {
        properties.put(BACKEND + "type", "lucene");
        properties.put(BACKEND + "directory.root", luceneDirectory().toString());
        properties.put(BACKEND + "analysis.configurer", analysis.lucene());
    }

    private void elasticsearch(Map<String, Object> properties) {
        SearchConfiguration.Elasticsearch es = configuration.getElasticsearch();
        properties.put(BACKEND + "type", "elasticsearch");
        properties.put(BACKEND + "hosts", String.join(",", es.getHosts()));
        properties.put(BACKEND + "protocol", es.getProtocol());
        if (es.getPathPrefix() != null) {
            properties.put(BACKEND + "path_prefix", es.getPathPrefix());
        }
        if (es.getUsername() != null) {
            properties.put(BACKEND + "username", es.getUsername());
            properties.put(BACKEND + "password", es.getPassword() == null ? "" : es.getPassword());
        }
        if (es.getVersion() != null) {
            properties.put(BACKEND + "version", es.getVersion());
            properties.put(BACKEND + "version_check.enabled", false);
        }
        properties.put(BACKEND + "analysis.configurer", analysis.elasticsearch());
        if (es.getTrustStore() != null || es.isTlsInsecure()) {
            SSLContext ssl = sslContext(es);
            properties.put(BACKEND + "client.configurer", (ElasticsearchHttpClientConfigurer) context -> {
                context.clientBuilder().setSSLContext(ssl);
                if (es.isTlsInsecure()) {
                    context.clientBuilder().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE);
                }
            });
        }
    }

    /** The field list: one place, names from {@link OfferIndex}. */
    private static void map(TypeMappingStep type) {
        type.indexed().index(OfferIndex.INDEX);
        type.property("id").documentId().keywordField(OfferIndex.ID_SORT).sortable(Sortable.YES)
                .searchable(Searchable.NO);
        type.property("source").keywordField(OfferIndex.SOURCE).aggregable(Aggregable.YES);
        type.property("nom")
                .fullTextField(OfferIndex.NOM).analyzer(OfferIndex.ANALYZER).searchAnalyzer(OfferIndex.SEARCH_ANALYZER)
                .keywordField(OfferIndex.NOM_EXACT).normalizer(OfferIndex.NORMALIZER);
        fullText(type, "description", OfferIndex.DESCRIPTION);
        fullText(type, "structure", OfferIndex.STRUCTURE);
        fullText(type, "libelles", OfferIndex.LIBELLES);
        fullText(type, "conditions", OfferIndex.CONDITIONS);
        facet(type, "categories", OfferIndex.CATEGORIES);
        facet(type, "thematiques", OfferIndex.THEMATIQUES);
        facet(type, "familles", OfferIndex.FAMILLES);
        facet(type, "type", OfferIndex.TYPE);
        facet(type, "frais", OfferIndex.FRAIS);
        facet(type, "publics", OfferIndex.PUBLICS);
        facet(type, "modesAccueil", OfferIndex.MODES_ACCUEIL);
        facet(type, "siae", OfferIndex.SIAE);
        facet(type, "regleAcces", OfferIndex.REGLE_ACCES);
        facet(type, "departement", OfferIndex.DEPARTEMENT);
        type.property("zone").keywordField(OfferIndex.ZONE);
        type.property("hasPlaces").genericField(OfferIndex.PLACES).aggregable(Aggregable.YES);
        type.property("remote").genericField(OfferIndex.A_DISTANCE);
        type.property("point").genericField(OfferIndex.POINT).sortable(Sortable.YES).projectable(Projectable.YES);
        type.property("dateMaj").genericField(OfferIndex.DATE_MAJ).sortable(Sortable.YES);
        type.property("prochaineSession").genericField(OfferIndex.PROCHAINE_SESSION).sortable(Sortable.YES);
    }

    private static void fullText(TypeMappingStep type, String property, String field) {
        type.property(property).fullTextField(field).analyzer(OfferIndex.ANALYZER)
                .searchAnalyzer(OfferIndex.SEARCH_ANALYZER);
    }

    private static void facet(TypeMappingStep type, String property, String field) {
        type.property(property).keywordField(field).aggregable(Aggregable.YES);
    }

    public SearchMapping mapping() {
        return mapping;
    }

    /**
     * The named analyzer as the Lucene backend built it from search-config; empty on
     * Elasticsearch/OpenSearch, where the server analyses the query.
     */
    public Optional<Analyzer> luceneAnalyzer(String name) {
        if (configuration.getBackend() != SearchConfiguration.Backend.LUCENE) {
            return Optional.empty();
        }
        return Optional.of(mapping.backend().unwrap(LuceneBackend.class).analyzer(name)
                .orElseThrow(() -> new IllegalStateException("No analyzer " + name + " in search-config")));
    }

    public AnalysisConfig analysis() {
        return analysis;
    }

    /** Changes with the mapping version and the search-config files: a different hash means rebuild. */
    public String mappingHash() {
        return mappingHash;
    }

    /** Names the index this engine writes to, so that each backend records its own mapping hash. */
    public String backendKey() {
        return switch (configuration.getBackend()) {
            case LUCENE -> "lucene:" + luceneDirectory();
            case ELASTICSEARCH -> "elasticsearch:" + String.join(",", configuration.getElasticsearch().getHosts())
                    + "/" + OfferIndex.INDEX;
        };
    }

    private Path luceneDirectory() {
        String configured = configuration.getLucene().getDirectory();
        return configured == null || configured.isBlank()
                ? PasserelleHome.path().resolve("index")
                : Path.of(configured).toAbsolutePath();
    }

    @PreDestroy
    void close() {
        mapping.close();
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext sslContext(SearchConfiguration.Elasticsearch es) {
        try {
            TrustManager[] trust;
            if (es.isTlsInsecure()) {
                LOG.warn("Search backend TLS certificates are NOT verified (passerelle.search.elasticsearch.tls-insecure)");
                trust = new TrustManager[]{new X509TrustManager() {
                    public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    }

                    public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    }

                    public X509Certificate[] getAcceptedIssuers() {
                        return new X509Certificate[0];
                    }
                }};
            } else {
                KeyStore store = KeyStore.getInstance(es.getTrustStoreType());
                try (InputStream in = Files.newInputStream(Path.of(es.getTrustStore()))) {
                    String password = es.getTrustStorePassword();
                    store.load(in, password == null ? null : password.toCharArray());
                }
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                trust = factory.getTrustManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(new KeyManager[0], trust, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up TLS for the search backend", e);
        }
    }
}
