package dev.portico.adapters.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", "192.0.2.1", "::1"));

    @Test
    void givenAnUntrustedPeer_clientAddress_isThePeerWhateverItForwards() {
        assertThat(proxies.clientAddress("203.0.113.5", "1.2.3.4")).isEqualTo("203.0.113.5");
        assertThat(TrustedProxies.none().clientAddress("127.0.0.1", "1.2.3.4")).isEqualTo("127.0.0.1");
    }

    @Test
    void givenATrustedPeer_clientAddress_isTheRightmostUntrustedHop() {
        assertThat(proxies.clientAddress("192.0.2.1", "198.51.100.1, 203.0.113.9, 10.1.2.3"))
                .isEqualTo("203.0.113.9");
    }

    @Test
    void givenOnlyTrustedHops_clientAddress_isTheLeftmost() {
        assertThat(proxies.clientAddress("10.0.0.1", "10.0.0.7, 10.0.0.8")).isEqualTo("10.0.0.7");
    }

    @Test
    void givenATrustedPeerWithoutForwardedFor_clientAddress_isThePeer() {
        assertThat(proxies.clientAddress("10.0.0.1", null)).isEqualTo("10.0.0.1");
    }

    @Test
    void givenAHostnameOrGarbageHop_clientAddress_stopsAtTheLastAddressItCouldRead() {
        assertThat(proxies.clientAddress("10.0.0.1", "evil.example, 203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.0.0.1", "not-an-ip")).isEqualTo("10.0.0.1");
    }

    @Test
    void cidrBoundaries_areExact() {
        TrustedProxies slash25 = TrustedProxies.of(List.of("192.0.2.0/25"));

        assertThat(slash25.clientAddress("192.0.2.127", "203.0.113.1")).isEqualTo("203.0.113.1");
        assertThat(slash25.clientAddress("192.0.2.128", "203.0.113.1")).isEqualTo("192.0.2.128");
    }

    @Test
    void ipv6Peers_areMatched() {
        assertThat(proxies.clientAddress("0:0:0:0:0:0:0:1", "2001:db8::7")).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.internal", "10.0.0.0/33", "10.0.0.0/x", ""})
    void malformedEntries_areRefusedAtStartUp(String entry) {
        assertThatThrownBy(() -> TrustedProxies.of(List.of(entry))).isInstanceOf(IllegalArgumentException.class);
    }
}
