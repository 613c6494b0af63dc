package fr.passerelle.shared.ui;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.client.ProxyHttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.web.router.RouteAttributes;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One public address for API and UI: requests Micronaut can answer (a controller route, or a
 * path of {@code passerelle.ui.micronaut-paths}) go on to Micronaut; everything else (pages,
 * {@code /VAADIN/**}, UIDL posts, uploads, static resources) is streamed to {@link VaadinTomcat}.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
@Requires(bean = VaadinTomcat.class)
class VaadinProxyFilter implements HttpServerFilter {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinProxyFilter.class);

    /** RFC 9110 §7.6.1: meaningful for one connection only, never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "trailers", "transfer-encoding", "upgrade");

    private final ProxyHttpClient client;
    private final VaadinTomcat tomcat;
    private final UiConfiguration configuration;
    private final HttpHostResolver hostResolver;
    private final HttpClientAddressResolver clientAddressResolver;

    VaadinProxyFilter(@Client(id = "vaadin") ProxyHttpClient client, VaadinTomcat tomcat, UiConfiguration configuration,
                      HttpHostResolver hostResolver, HttpClientAddressResolver clientAddressResolver) {
        this.client = client;
        this.tomcat = tomcat;
        this.configuration = configuration;
        this.hostResolver = hostResolver;
        this.clientAddressResolver = clientAddressResolver;
    }

    @Override
    public int getOrder() {
        // After metrics, tracing, sessions and security filters: they see UI requests too.
        return ServerFilterPhase.RENDERING.order();
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (isMicronauts(request)) {
            return chain.proceed(request);
        }
        return Publishers.fromCompletableFuture(() -> {
            CompletableFuture<MutableHttpResponse<?>> response = new CompletableFuture<>();
            client.proxy(toVaadin(request)).subscribe(new SingleResponse(response));
            return response.<MutableHttpResponse<?>>thenApply(VaadinProxyFilter::fromVaadin).exceptionally(error -> {
                LOG.warn("UI request {} {} could not reach the internal Vaadin server",
                        request.getMethodName(), request.getPath(), error);
                return HttpResponse.status(HttpStatus.BAD_GATEWAY);
            });
        });
    }

    /** The proxy answers with one response (its body streams later); no Reactor on the classpath. */
    private record SingleResponse(CompletableFuture<MutableHttpResponse<?>> result)
            implements Subscriber<MutableHttpResponse<?>> {

        @Override
        public void onSubscribe(Subscription subscription) {
            subscription.request(1);
        }

        @Override
        public void onNext(MutableHttpResponse<?> response) {
            result.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.completeExceptionally(new IllegalStateException("The Vaadin server sent no response"));
        }
    }

    private boolean isMicronauts(HttpRequest<?> request) {
        if (RouteAttributes.getRouteMatch(request).isPresent()) {
            return true;
        }
        String path = request.getPath();
        for (String owned : configuration.getMicronautPaths()) {
            if (path.equals(owned) || path.startsWith(owned.endsWith("/") ? owned : owned + "/")) {
                return true;
            }
        }
        return false;
    }

    private MutableHttpRequest<?> toVaadin(HttpRequest<?> request) {
        URI original = request.getUri();
        URI target = URI.create(tomcat.baseUri() + original.getRawPath()
                + (original.getRawQuery() == null ? "" : "?" + original.getRawQuery()));
        URI publicUri = URI.create(hostResolver.resolve(request));
        int publicPort = publicUri.getPort() != -1 ? publicUri.getPort()
                : "https".equalsIgnoreCase(publicUri.getScheme()) ? 443 : 80;
        return request.mutate().uri(target).headers(headers -> {
            removeHopByHop(headers);
            // Set, not add: a client-sent X-Forwarded-For must not reach Tomcat's RemoteIpValve.
            // Whether forwarded headers from a front proxy are trusted is Micronaut's decision
            // (micronaut.server.host-resolution, client-address-header), applied by the resolvers.
            headers.set("X-Forwarded-For", clientAddressResolver.resolve(request));
            headers.set("X-Forwarded-Proto", publicUri.getScheme());
            headers.set("X-Forwarded-Host", publicUri.getHost());
            headers.set("X-Forwarded-Port", Integer.toString(publicPort));
            headers.remove("Forwarded");
        });
    }

    private static MutableHttpResponse<?> fromVaadin(MutableHttpResponse<?> response) {
        return response.headers(VaadinProxyFilter::removeHopByHop);
    }

    private static void removeHopByHop(MutableHttpHeaders headers) {
        List<String> named = new ArrayList<>();
        for (String connection : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String token : connection.split(",")) {
                named.add(token.trim());
            }
        }
        for (String name : new ArrayList<>(headers.names())) {
            if (HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                headers.remove(name);
            }
        }
        named.forEach(headers::remove);
    }
}
