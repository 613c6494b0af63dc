package fr.passerelle.shared.ui;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.List;

/** {@code passerelle.ui.*}: where the internal Vaadin server listens and what stays Micronaut's. */
@ConfigurationProperties("passerelle.ui")
public class UiConfiguration {

    /** Starts the Vaadin server and the proxy; API-only deployments may turn it off. */
    private boolean enabled = true;

    /** Port of the internal Tomcat on 127.0.0.1; 0 picks a free one (never exposed). */
    private int internalPort = 0;

    /**
     * Paths (and everything under them) always answered by Micronaut, even without a matching
     * controller route: an unknown {@code /api/...} gets a JSON 404 rather than a Vaadin page, and
     * Micronaut's static resources (Swagger UI, OpenAPI file) are not routes. Controllers
     * elsewhere are found through their route match and need no entry here.
     */
    private List<String> micronautPaths = List.of("/api", "/health", "/swagger", "/swagger-ui", "/openapi");

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getInternalPort() {
        return internalPort;
    }

    public void setInternalPort(int internalPort) {
        this.internalPort = internalPort;
    }

    public List<String> getMicronautPaths() {
        return micronautPaths;
    }

    public void setMicronautPaths(List<String> micronautPaths) {
        this.micronautPaths = List.copyOf(micronautPaths);
    }
}
