package dev.portico.adapters.quotefeed.resilient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.adapters.quotefeed.finnhub.FinnhubQuoteFeed;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.quote.Symbol;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResilientFinnhubTest {

    static final String BODY = """
            {"c":187.44,"d":1.23,"dp":0.66,"h":188.1,"l":185.9,"o":186.0,"pc":186.21,"t":1709564400}""";
    static final Symbol AAPL = new Symbol("AAPL");

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesTheCachedQuoteStaleWhileFinnhubFails() {
        MutableClock clock = new MutableClock(Instant.ofEpochSecond(1_709_564_400L));
        ResilientQuoteFeed feed = feed(clock);
        server.enqueue(new MockResponse.Builder().code(200).body(BODY).build());
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(500).body("oops").build());
        }

        assertThat(feed.quote(AAPL).orElseThrow().stale()).isFalse();
        assertThat(feed.quote(AAPL)).isPresent();
        assertThat(server.getRequestCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(5));
        FeedQuote stale = feed.quote(AAPL).orElseThrow();

        assertThat(stale.stale()).isTrue();
        assertThat(stale.age()).isEqualTo(Duration.ofSeconds(5));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void tooManyRequestsWithNothingCachedIsUnavailable() {
        MutableClock clock = new MutableClock(Instant.ofEpochSecond(1_709_564_400L));
        ResilientQuoteFeed feed = feed(clock);
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
        }

        assertThatThrownBy(() -> feed.quote(AAPL))
                .isInstanceOfSatisfying(FeedUnavailable.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    /** 1,000 requests for one hot symbol, one every 2 ms, within one 2 s cache lifetime, then one more as it ends. */
    @Test
    void aHotSymbolCostsOneUpstreamCallPerCacheLifetime() {
        MutableClock clock = new MutableClock(Instant.ofEpochSecond(1_709_564_400L));
        ResilientQuoteFeed feed = feed(clock);
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body(BODY).build());
        }

        for (int request = 0; request < 1_000; request++) {
            feed.quote(AAPL).orElseThrow();
            clock.advance(Duration.ofMillis(2));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);

        feed.quote(AAPL).orElseThrow();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    private ResilientQuoteFeed feed(MutableClock clock) {
        FinnhubQuoteFeed finnhub = new FinnhubQuoteFeed(server.url("/").uri(), "key", Duration.ofMillis(500), clock);
        return ResilientQuoteFeedTest.feed(finnhub, ResilienceSettings.defaults(), clock);
    }
}
