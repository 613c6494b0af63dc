package fr.passerelle.shared.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request comes from, for throttling (logins, error reports). X-Forwarded-For is believed only
 * when the connection comes from a proxy we were told to trust
 * ({@code passerelle.security.trusted-proxies}); otherwise anybody could pick a new address
 * for every guess.
 */
@Singleton
public class ClientAddress {

    private final Set<String> trustedProxies;

    public ClientAddress(@Value("${passerelle.security.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public String of(HttpRequest<?> request) {
        String remote = request.getRemoteAddress().getAddress().getHostAddress();
        if (!trustedProxies.contains(remote)) {
            return remote;
        }
        List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For").stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        // The right-most address our own proxies did not add is the client as they saw it.
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(forwarded.get(i))) {
                return forwarded.get(i);
            }
        }
        return remote;
    }
}
