package fr.passerelle.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.List;

/**
 * {@code passerelle.search.*}: which backend, where, and how the indexer paces itself.
 * Defaults give an embedded Lucene index under PASSERELLE_HOME/index.
 */
@ConfigurationProperties("passerelle.search")
public class SearchConfiguration {

    public enum Backend { LUCENE, ELASTICSEARCH }

    private Backend backend = Backend.LUCENE;
    private final Lucene lucene;
    private final Elasticsearch elasticsearch;
    private final Indexer indexer;
    private final Rebuild rebuild;

    public SearchConfiguration(Lucene lucene, Elasticsearch elasticsearch, Indexer indexer, Rebuild rebuild) {
        this.lucene = lucene;
        this.elasticsearch = elasticsearch;
        this.indexer = indexer;
        this.rebuild = rebuild;
    }

    public Backend getBackend() { return backend; }
    public void setBackend(Backend backend) { this.backend = backend; }
    public Lucene getLucene() { return lucene; }
    public Elasticsearch getElasticsearch() { return elasticsearch; }
    public Indexer getIndexer() { return indexer; }
    public Rebuild getRebuild() { return rebuild; }

    @ConfigurationProperties("lucene")
    public static class Lucene {
        /** Index directory; empty means PASSERELLE_HOME/index. */
        @Nullable
        private String directory;

        @Nullable public String getDirectory() { return directory; }
        public void setDirectory(@Nullable String directory) { this.directory = directory; }
    }

    /** An Elasticsearch 8/9 or OpenSearch 2.x cluster. */
    @ConfigurationProperties("elasticsearch")
    public static class Elasticsearch {
        private List<String> hosts = List.of("localhost:9200");
        private String protocol = "http";
        @Nullable private String pathPrefix;
        @Nullable private String username;
        @Nullable private String password;
        /** e.g. "opensearch:2.19" or "9.2"; set it to start without asking the cluster (backend may be down). */
        @Nullable private String version;
        /** PKCS12/JKS trust store for a cluster whose certificate is not in the JVM's trust store. */
        @Nullable private String trustStore;
        @Nullable private String trustStorePassword;
        private String trustStoreType = "PKCS12";
        /** Accept any certificate and host name: development clusters only. */
        private boolean tlsInsecure;

        public List<String> getHosts() { return hosts; }
        public void setHosts(List<String> hosts) { this.hosts = hosts; }
        public String getProtocol() { return protocol; }
        public void setProtocol(String protocol) { this.protocol = protocol; }
        @Nullable public String getPathPrefix() { return pathPrefix; }
        public void setPathPrefix(@Nullable String pathPrefix) { this.pathPrefix = pathPrefix; }
        @Nullable public String getUsername() { return username; }
        public void setUsername(@Nullable String username) { this.username = username; }
        @Nullable public String getPassword() { return password; }
        public void setPassword(@Nullable String password) { this.password = password; }
        @Nullable public String getVersion() { return version; }
        public void setVersion(@Nullable String version) { this.version = version; }
        @Nullable public String getTrustStore() { return trustStore; }
        public void setTrustStore(@Nullable String trustStore) { this.trustStore = trustStore; }
        @Nullable public String getTrustStorePassword() { return trustStorePassword; }
        public void setTrustStorePassword(@Nullable String trustStorePassword) { this.trustStorePassword = trustStorePassword; }
        public String getTrustStoreType() { return trustStoreType; }
        public void setTrustStoreType(String trustStoreType) { this.trustStoreType = trustStoreType; }
        public boolean isTlsInsecure() { return tlsInsecure; }
        public void setTlsInsecure(boolean tlsInsecure) { this.tlsInsecure = tlsInsecure; }
    }

    @ConfigurationProperties("indexer")
    public static class Indexer {
        private boolean enabled = true;
        private Duration pollInterval = Duration.ofMillis(200);
        private int batchSize = 500;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public Duration getPollInterval() { return pollInterval; }
        public void setPollInterval(Duration pollInterval) { this.pollInterval = pollInterval; }
        public int getBatchSize() { return batchSize; }
        public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
        public Duration getInitialBackoff() { return initialBackoff; }
        public void setInitialBackoff(Duration initialBackoff) { this.initialBackoff = initialBackoff; }
        public Duration getMaxBackoff() { return maxBackoff; }
        public void setMaxBackoff(Duration maxBackoff) { this.maxBackoff = maxBackoff; }
    }

    @ConfigurationProperties("rebuild")
    public static class Rebuild {
        private int threads = 2;
        private int batchSize = 250;

        public int getThreads() { return threads; }
        public void setThreads(int threads) { this.threads = threads; }
        public int getBatchSize() { return batchSize; }
        public void setBatchSize(int batchSize) { this.batchSize = batchSize; }
    }
}
