package dev.portico.adapters.quotefeed.resilient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.adapters.quotefeed.finnhub.FinnhubQuoteFeed;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.error.UpstreamUnavailableException;
import dev.portico.domain.quote.Symbol;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
        FinnhubQuoteFeed finnhub = new FinnhubQuoteFeed(server.url("/").uri(), "key", Duration.ofMillis(500), clock);
        ResilientQuoteFeed feed = new ResilientQuoteFeed(finnhub, ResilienceSettings.defaults(), clock);
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
        Clock clock = Clock.systemUTC();
        FinnhubQuoteFeed finnhub = new FinnhubQuoteFeed(server.url("/").uri(), "key", Duration.ofMillis(500), clock);
        ResilientQuoteFeed feed = new ResilientQuoteFeed(finnhub, ResilienceSettings.defaults(), clock);
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
        }

        assertThatThrownBy(() -> feed.quote(AAPL))
                .isInstanceOfSatisfying(UpstreamUnavailableException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
    }

    /** Measures upstream calls per 1,000 client requests for one hot symbol over about 2 s, with a 2 s cache. */
    @Test
    void aHotSymbolCostsAboutOneUpstreamCallPerCacheLifetime() throws Exception {
        Clock clock = Clock.systemUTC();
        FinnhubQuoteFeed finnhub = new FinnhubQuoteFeed(server.url("/").uri(), "key", Duration.ofMillis(500), clock);
        ResilientQuoteFeed feed = new ResilientQuoteFeed(finnhub, ResilienceSettings.defaults(), clock);
        for (int i = 0; i < 10; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body(BODY).build());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        AtomicInteger answered = new AtomicInteger();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            clients.add(pool.submit(() -> {
                for (int r = 0; r < 100; r++) {
                    feed.quote(AAPL).orElseThrow();
                    answered.incrementAndGet();
                    TimeUnit.MILLISECONDS.sleep(19);
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();

        int upstreamCalls = server.getRequestCount();
        System.out.printf("Hot symbol: %d upstream calls for %d client requests (cacheTtl 2s, ~2s run)%n",
                upstreamCalls, answered.get());
        assertThat(answered).hasValue(1_000);
        assertThat(upstreamCalls).isBetween(1, 2);
    }
}
