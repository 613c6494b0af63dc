package fr.passerelle.shared.web;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private static HttpRequest<?> fromLoopbackClaiming(String forwardedFor) {
        return HttpRequest.GET("http://127.0.0.1:8080/api/v1/auth/token").header("X-Forwarded-For", forwardedFor);
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedPeerIsIgnored() {
        ClientAddress addresses = new ClientAddress(List.of());

        assertThat(addresses.of(fromLoopbackClaiming("203.0.113.7"))).isEqualTo("127.0.0.1");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        ClientAddress addresses = new ClientAddress(List.of("127.0.0.1", "10.0.0.2"));

        // The client may prepend anything; what our proxies appended is what they saw.
        assertThat(addresses.of(fromLoopbackClaiming("1.1.1.1, 203.0.113.7, 10.0.0.2"))).isEqualTo("203.0.113.7");
    }
}
