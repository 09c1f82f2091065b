package dev.portico.adapters.quotefeed.finnhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.quote.FeedQuote;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FinnhubQuoteFeedTest {

    static final String KEY = "secret-key-123";
    static final String AAPL_JSON = """
            {"c":187.44,"d":1.23,"dp":0.6605,"h":188.1,"l":185.9,"o":186.0,"pc":186.21,"t":1700000000}""";
    static final Instant AS_OF = Instant.ofEpochSecond(1_700_000_000L);

    private final MockWebServer server = new MockWebServer();
    private final Clock clock = Clock.fixed(AS_OF.plusSeconds(30), ZoneOffset.UTC);
    private FinnhubQuoteFeed feed;

    @BeforeEach
    void start() throws IOException {
        server.start();
        feed = new FinnhubQuoteFeed(server.url("/api/v1").uri(), KEY, Duration.ofMillis(500), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsAQuoteWithTheKeyInTheHeaderOnly() throws InterruptedException {
        server.enqueue(json(200, AAPL_JSON));

        FeedQuote answer = feed.quote(new Symbol("AAPL")).orElseThrow();

        assertThat(answer.quote().price()).isEqualByComparingTo(new BigDecimal("187.44"));
        assertThat(answer.quote().price().toPlainString()).isEqualTo("187.44");
        assertThat(answer.quote().previousClose()).isEqualByComparingTo(new BigDecimal("186.21"));
        assertThat(answer.quote().asOf()).isEqualTo(AS_OF);
        assertThat(answer.quote().source()).isEqualTo("finnhub");
        assertThat(answer.quote().currency()).isEqualTo("USD");
        assertThat(answer.stale()).isFalse();
        assertThat(answer.age()).isEqualTo(Duration.ofSeconds(30));
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/quote");
        assertThat(request.getUrl().queryParameter("symbol")).isEqualTo("AAPL");
        assertThat(request.getHeaders().get("X-Finnhub-Token")).isEqualTo(KEY);
        assertThat(request.getUrl().toString()).doesNotContain(KEY);
        assertThat(feed.health().lastUpdateAge()).contains(Duration.ZERO);
    }

    @Test
    void asksForShareClassesWithADot() throws InterruptedException {
        server.enqueue(json(200, AAPL_JSON));

        feed.quote(new Symbol("BRK.B"));

        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getUrl().queryParameter("symbol")).isEqualTo("BRK.B");
    }

    @Test
    void mapsTheDailySnapshotWithoutVolume() {
        server.enqueue(json(200, AAPL_JSON));
        LocalDate day = LocalDate.of(2023, 11, 14);

        DailySnapshot snapshot = feed.dailySnapshot(new Symbol("AAPL"), day).orElseThrow();

        assertThat(snapshot.date()).isEqualTo(day);
        assertThat(snapshot.open()).isEqualByComparingTo("186.0");
        assertThat(snapshot.high()).isEqualByComparingTo("188.1");
        assertThat(snapshot.low()).isEqualByComparingTo("185.9");
        assertThat(snapshot.close()).isEqualByComparingTo("187.44");
        assertThat(snapshot.previousClose()).isEqualByComparingTo("186.21");
        assertThat(snapshot.volume()).isZero();
    }

    @Test
    void anUnknownSymbolIsAllZerosAndAnswersEmpty() {
        server.enqueue(json(200, """
                {"c":0,"d":null,"dp":null,"h":0,"l":0,"o":0,"pc":0,"t":0}"""));

        assertThat(feed.quote(new Symbol("ZZZZZ"))).isEqualTo(Optional.empty());
    }

    @Test
    void tooManyRequestsCarriesTheRetryAfterHeader() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").body("slow down " + KEY).build());

        assertThatThrownBy(() -> feed.quote(new Symbol("AAPL")))
                .isInstanceOfSatisfying(FeedUnavailable.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void tooManyRequestsWithoutAHeaderWaitsOneSecond() {
        server.enqueue(new MockResponse.Builder().code(429).build());

        assertThatThrownBy(() -> feed.quote(new Symbol("AAPL")))
                .isInstanceOfSatisfying(FeedUnavailable.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void aServerErrorIsUnavailableWithoutTheProviderBody() {
        server.enqueue(json(500, "{\"error\":\"internal " + KEY + "\"}"));

        assertThatThrownBy(() -> feed.quote(new Symbol("AAPL")))
                .isInstanceOfSatisfying(FeedUnavailable.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)))
                .hasMessageNotContaining("internal");
    }

    @Test
    void aRefusedKeyIsUnavailable() {
        server.enqueue(json(401, "{\"error\":\"Invalid API key\"}"));

        assertThatThrownBy(() -> feed.quote(new Symbol("AAPL")))
                .isInstanceOfSatisfying(FeedUnavailable.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(60)));
    }

    @Test
    void aBodySlowerThanTheTimeoutIsUnavailableWithinTheTimeout() {
        server.enqueue(new MockResponse.Builder().code(200).body(AAPL_JSON).bodyDelay(3, TimeUnit.SECONDS).build());
        long start = System.nanoTime();

        assertThatThrownBy(() -> feed.quote(new Symbol("AAPL"))).isInstanceOf(FeedUnavailable.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_200));
    }

    @Test
    void headersSlowerThanTheTimeoutAreUnavailable() {
        server.enqueue(new MockResponse.Builder().code(200).body(AAPL_JSON).headersDelay(3, TimeUnit.SECONDS).build());
        long start = System.nanoTime();

        assertThatThrownBy(() -> feed.quote(new Symbol("AAPL"))).isInstanceOf(FeedUnavailable.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_200));
    }

    @Test
    void aSlowAnswerWithinTheTimeoutSucceeds() {
        server.enqueue(new MockResponse.Builder().code(200).body(AAPL_JSON).bodyDelay(200, TimeUnit.MILLISECONDS).build());

        assertThat(feed.quote(new Symbol("AAPL"))).isPresent();
    }

    @Test
    void malformedJsonIsUnavailable() {
        server.enqueue(json(200, "{\"c\":187.4"));

        assertThatThrownBy(() -> feed.quote(new Symbol("AAPL")))
                .isInstanceOfSatisfying(FeedUnavailable.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void aMissingFieldIsUnavailable() {
        server.enqueue(json(200, "{\"c\":187.44,\"h\":188.1,\"l\":185.9,\"o\":186.0,\"t\":1700000000}"));

        assertThatThrownBy(() -> feed.quote(new Symbol("AAPL"))).isInstanceOf(FeedUnavailable.class);
    }

    @Test
    void aRefusedConnectionIsUnavailable() {
        server.close();

        assertThatThrownBy(() -> feed.quote(new Symbol("AAPL"))).isInstanceOf(FeedUnavailable.class);
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
