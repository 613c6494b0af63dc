package fr.passerelle.shared.ui;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.server.InitParameters;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContainerInitializer;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs Vaadin in an embedded Tomcat bound to 127.0.0.1 on an internal port; the public port is
 * Micronaut's, and {@link VaadinProxyFilter} forwards UI requests here (STACK.md, set-up (b)).
 *
 * <p>Embedded Tomcat scans nothing, so Vaadin's servlet container initializers are run by hand
 * with the classes a container scan would have found, taken from Micronaut's bean definitions
 * ({@link VaadinClasses}).
 */
@Context
@Requires(property = "passerelle.ui.enabled", notEquals = "false")
public class VaadinTomcat {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinTomcat.class);
    private static final long MAX_UPLOAD_BYTES = 50L * 1024 * 1024; // micronaut.server.max-request-size

    private final Path baseDirectory;
    private final Tomcat tomcat;
    private final URI baseUri;

    public VaadinTomcat(ApplicationContext applicationContext, UiConfiguration configuration) {
        long started = System.nanoTime();
        try {
            baseDirectory = Files.createTempDirectory("passerelle-tomcat-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tomcat = new Tomcat();
        tomcat.setBaseDir(baseDirectory.toString());
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(configuration.getInternalPort());
        // Never reachable from outside: only the proxy filter talks to it.
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        tomcat.getHost().setAutoDeploy(false);
        // Tomcat's own error pages (e.g. a jar built without the frontend bundle) must not show
        // stack traces or the server version to visitors.
        ErrorReportValve errorPages = new ErrorReportValve();
        errorPages.setShowReport(false);
        errorPages.setShowServerInfo(false);
        tomcat.getHost().getPipeline().addValve(errorPages);

        StandardContext context = (StandardContext) tomcat.addContext("", null);
        context.setParentClassLoader(VaadinTomcat.class.getClassLoader());
        context.setManager(sessionsKeptInMemoryOnly());
        // Without them Tomcat serves Vaadin's scripts untyped and the browser refuses them.
        Tomcat.addDefaultMimeTypeMappings(context);
        context.getPipeline().addValve(forwardedHeadersValve());
        context.addLifecycleListener(event -> {
            if (Lifecycle.CONFIGURE_START_EVENT.equals(event.getType())) {
                addMetaInfResources(context.getResources());
            }
        });

        VaadinClasses classes = VaadinClasses.of(applicationContext);
        // Order matters: the Lookup must exist before the other initializers run (they would be deferred).
        context.addServletContainerInitializer(
                (ignored, servletContext) -> servletContext.setAttribute(ApplicationContext.class.getName(), applicationContext),
                null);
        addInitializer(context, new LookupServletContainerInitializer(),
                Set.of(LookupInitializer.class, MicronautInstantiatorFactory.class));
        addInitializer(context, new VaadinAppShellInitializer(), classes.appShells());
        addInitializer(context, new RouteRegistryInitializer(), classes.routes());
        addInitializer(context, new ErrorNavigationTargetInitializer(), classes.errorTargets());

        Wrapper servlet = Tomcat.addServlet(context, "vaadin", new VaadinServlet());
        servlet.addInitParameter(InitParameters.SERVLET_PARAMETER_PRODUCTION_MODE, "true");
        // The first page response already carries the rendered view: one round trip less through
        // the proxy, and the navigation's HTTP status (404 of an unknown offer) reaches the client.
        servlet.addInitParameter(InitParameters.SERVLET_PARAMETER_INITIAL_UIDL, "true");
        // No WebSocket through the proxy (STACK.md): keep Atmosphere, should @Push ever be used,
        // on servlet async / long polling instead of probing for a JSR 356 container.
        servlet.addInitParameter("org.atmosphere.cpr.asyncSupport", "org.atmosphere.container.Servlet30CometSupport");
        servlet.setAsyncSupported(true);
        servlet.setLoadOnStartup(1);
        servlet.setMultipartConfigElement(new MultipartConfigElement(
                baseDirectory.toString(), MAX_UPLOAD_BYTES, MAX_UPLOAD_BYTES, 1024 * 1024));
        context.addServletMappingDecoded("/*", "vaadin");

        try {
            tomcat.start();
        } catch (LifecycleException e) {
            throw new IllegalStateException("Could not start the internal Vaadin server", e);
        }
        if (!context.getState().isAvailable()) {
            stop();
            throw new IllegalStateException("The internal Vaadin server did not start; see the log above");
        }
        baseUri = URI.create("http://127.0.0.1:" + connector.getLocalPort());
        LOG.info("Vaadin UI served internally at {} in {} ms ({} routes)", baseUri,
                (System.nanoTime() - started) / 1_000_000, classes.routes().size());
    }

    /** Where the proxy sends UI requests, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return baseUri;
    }

    @PreDestroy
    void stop() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            LOG.warn("The internal Vaadin server did not stop cleanly", e);
        }
        deleteQuietly(baseDirectory);
    }

    private static void addInitializer(StandardContext context, ServletContainerInitializer initializer,
                                       Set<Class<?>> classes) {
        // Vaadin removes entries from the set it is given.
        context.addServletContainerInitializer(initializer, new HashSet<>(classes));
    }

    private static StandardManager sessionsKeptInMemoryOnly() {
        StandardManager manager = new StandardManager();
        // UI state is not serialisable across restarts; do not try to write SESSIONS.ser.
        manager.setPathname(null);
        return manager;
    }

    /**
     * Trusts the proxy's X-Forwarded-* headers (the connector only listens on 127.0.0.1, the
     * proxy sets them) so that Vaadin sees the public scheme, host and port: public URLs and
     * Secure session cookies behind TLS.
     */
    private static RemoteIpValve forwardedHeadersValve() {
        RemoteIpValve valve = new RemoteIpValve();
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        valve.setChangeLocalName(true);
        valve.setChangeLocalPort(true);
        return valve;
    }

    /**
     * Serves {@code META-INF/resources} of every classpath entry (our images, favicon) as the
     * servlet container would for a WAR's jars; works from target/classes and the fat jar.
     */
    private static void addMetaInfResources(WebResourceRoot resources) {
        try {
            Enumeration<URL> found = VaadinTomcat.class.getClassLoader().getResources("META-INF/resources");
            while (found.hasMoreElements()) {
                URL url = found.nextElement();
                if ("file".equals(url.getProtocol())) {
                    resources.createWebResourceSet(WebResourceRoot.ResourceSetType.RESOURCE_JAR, "/", url, "/");
                } else if ("jar".equals(url.getProtocol())) {
                    URL jar = ((JarURLConnection) url.openConnection()).getJarFileURL();
                    resources.createWebResourceSet(WebResourceRoot.ResourceSetType.RESOURCE_JAR, "/", jar,
                            "/META-INF/resources");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debug("Could not delete {}", directory, e);
        }
    }
}
