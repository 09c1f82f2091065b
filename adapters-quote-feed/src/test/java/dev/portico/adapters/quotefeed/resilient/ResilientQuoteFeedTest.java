package dev.portico.adapters.quotefeed.resilient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.quote.Symbol;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ResilientQuoteFeedTest {

    static final Symbol AAPL = new Symbol("AAPL");

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-04T15:00:00Z"));
    private final FakeFeed upstream = new FakeFeed(clock);

    static ResilienceSettings settings(int maxRetries, int callsPerSecond, ResilienceSettings.CircuitSettings circuit) {
        return new ResilienceSettings(Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofSeconds(2), maxRetries,
                Duration.ofMillis(5), callsPerSecond, Duration.ZERO, circuit);
    }

    static ResilienceSettings settings() {
        return settings(2, 1_000, ResilienceSettings.CircuitSettings.defaults());
    }

    /** A resilient feed whose backoffs and deadlines run on a ticker of its own, apart from the clock its cache reads. */
    static ResilientQuoteFeed feed(QuoteFeed upstream, ResilienceSettings settings, Clock clock) {
        return new ResilientQuoteFeed(upstream, settings, clock, new ManualTicker());
    }

    @Test
    void aFreshCachedQuoteMakesNoUpstreamCall() {
        ResilientQuoteFeed feed = feed(upstream, settings(), clock);
        feed.quote(AAPL);
        clock.advance(Duration.ofMillis(1_500));

        FeedQuote second = feed.quote(AAPL).orElseThrow();

        assertThat(upstream.calls).hasValue(1);
        assertThat(second.stale()).isFalse();
        assertThat(second.age()).isEqualTo(Duration.ofMillis(1_500));
    }

    @Test
    void anExpiredEntryIsFetchedAgain() {
        ResilientQuoteFeed feed = feed(upstream, settings(), clock);
        feed.quote(AAPL);
        clock.advance(Duration.ofSeconds(2));

        assertThat(feed.quote(AAPL).orElseThrow().age()).isZero();
        assertThat(upstream.calls).hasValue(2);
    }

    @Test
    void theLastGoodQuoteIsServedStaleWhenTheUpstreamFails() {
        ResilientQuoteFeed feed = feed(upstream, settings(), clock);
        feed.quote(AAPL);
        upstream.failing = true;
        clock.advance(Duration.ofSeconds(3));

        FeedQuote first = feed.quote(AAPL).orElseThrow();
        clock.advance(Duration.ofMinutes(1));
        FeedQuote later = feed.quote(AAPL).orElseThrow();

        assertThat(first.stale()).isTrue();
        assertThat(first.age()).isEqualTo(Duration.ofSeconds(3));
        assertThat(later.stale()).isTrue();
        assertThat(later.age()).isEqualTo(Duration.ofSeconds(63));
    }

    @Test
    void aQuoteOlderThanTheMaximumStaleAgeIsNotServed() {
        ResilientQuoteFeed feed = feed(upstream, settings(), clock);
        feed.quote(AAPL);
        upstream.failing = true;
        clock.advance(Duration.ofMinutes(15));

        assertThatThrownBy(() -> feed.quote(AAPL)).isInstanceOf(FeedUnavailable.class);
    }

    @Test
    void withNothingCachedAFailureIsUnavailableWithARetryAfter() {
        ResilientQuoteFeed feed = feed(upstream, settings(), clock);
        upstream.failing = true;

        assertThatThrownBy(() -> feed.quote(AAPL))
                .isInstanceOfSatisfying(FeedUnavailable.class, e -> assertThat(e.retryAfter())
                        .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(5)));
    }

    @Test
    void aPersistentFailureIsRetriedMaxRetriesTimes() {
        ResilientQuoteFeed feed = feed(upstream, settings(), clock);
        upstream.failing = true;

        assertThatThrownBy(() -> feed.quote(AAPL)).isInstanceOf(FeedUnavailable.class);

        assertThat(upstream.calls).hasValue(3);
    }

    @Test
    void concurrentRequestsForOneSymbolShareOneUpstreamCall() throws Exception {
        ResilientQuoteFeed feed = feed(upstream, settings(), clock);
        upstream.gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch ready = new CountDownLatch(100);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<FeedQuote>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            answers.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return feed.quote(AAPL).orElseThrow();
            }));
        }
        ready.await();
        go.countDown();
        Thread.sleep(300);
        upstream.gate.countDown();

        for (Future<FeedQuote> answer : answers) {
            assertThat(answer.get(5, TimeUnit.SECONDS).quote().price()).isEqualByComparingTo("100.00");
        }
        pool.shutdown();
        assertThat(upstream.calls).hasValue(1);
    }

    @Test
    @Timeout(5)
    void aHungUpstreamCannotHoldTheCallerPastTheCallTimeout() {
        ResilienceSettings settings = new ResilienceSettings(Duration.ofSeconds(2), Duration.ofMinutes(15),
                Duration.ofMillis(50), 2, Duration.ofMillis(5), 100, Duration.ZERO,
                ResilienceSettings.CircuitSettings.defaults());
        ResilientQuoteFeed feed = feed(upstream, settings, clock);
        upstream.gate = new CountDownLatch(1);

        assertThatThrownBy(() -> feed.quote(AAPL)).isInstanceOf(FeedUnavailable.class);

        assertThat(upstream.gate.getCount()).as("the upstream never answered").isOne();
        upstream.gate.countDown();
        feed.close();
    }

    @Test
    void theCircuitOpensAfterFailuresAndClosesAfterTheWait() {
        ResilienceSettings.CircuitSettings circuit = new ResilienceSettings.CircuitSettings(50, 4, 4,
                Duration.ofMillis(200), 1);
        ResilientQuoteFeed feed = feed(upstream, settings(0, 1_000, circuit), clock);
        upstream.failing = true;
        for (String name : List.of("A", "B", "C", "D")) {
            assertThatThrownBy(() -> feed.quote(new Symbol(name))).isInstanceOf(FeedUnavailable.class);
        }
        assertThat(feed.health().circuit()).isEqualTo(FeedHealth.Circuit.OPEN);
        assertThat(feed.health().isHealthy()).isFalse();

        for (String name : List.of("E", "F", "G")) {
            assertThatThrownBy(() -> feed.quote(new Symbol(name)))
                    .isInstanceOfSatisfying(FeedUnavailable.class,
                            e -> assertThat(e.retryAfter()).isLessThanOrEqualTo(Duration.ofMillis(200)));
        }
        assertThat(upstream.calls).hasValue(4);

        clock.advance(Duration.ofMillis(250));
        upstream.failing = false;
        assertThat(feed.quote(AAPL)).isPresent();
        assertThat(feed.health().circuit()).isEqualTo(FeedHealth.Circuit.CLOSED);
        assertThat(feed.health().lastUpdateAge()).contains(Duration.ZERO);
    }

    @Test
    void unknownSymbolsAreCachedAndNeverOpenTheCircuit() {
        ResilienceSettings.CircuitSettings circuit = new ResilienceSettings.CircuitSettings(50, 4, 4,
                Duration.ofSeconds(30), 1);
        ResilientQuoteFeed feed = feed(upstream, settings(0, 1_000, circuit), clock);
        List<Symbol> bad = List.of(new Symbol("QQQQA"), new Symbol("QQQQB"), new Symbol("QQQQC"),
                new Symbol("QQQQD"), new Symbol("QQQQE"));
        upstream.unknown.addAll(bad);

        for (int round = 0; round < 3; round++) {
            bad.forEach(symbol -> assertThat(feed.quote(symbol)).isEmpty());
        }

        assertThat(upstream.calls).hasValue(5);
        assertThat(feed.health().circuit()).isEqualTo(FeedHealth.Circuit.CLOSED);
    }

    @Test
    void theRateLimiterCapsUpstreamCalls() {
        ResilientQuoteFeed feed = new ResilientQuoteFeed(upstream,
                settings(0, 5, ResilienceSettings.CircuitSettings.defaults()), clock);
        int refused = 0;
        for (int i = 0; i < 26; i++) {
            try {
                feed.quote(new Symbol("S" + (char) ('A' + i)));
            } catch (FeedUnavailable e) {
                refused++;
            }
        }

        assertThat(upstream.calls).hasValue(5);
        assertThat(refused).isEqualTo(21);
        assertThat(feed.health().circuit()).isEqualTo(FeedHealth.Circuit.CLOSED);
    }

    @Test
    void dailySnapshotsAreCachedPerDayAndServedStale() {
        ResilientQuoteFeed feed = feed(upstream, settings(), clock);
        LocalDate monday = LocalDate.of(2024, 3, 4);
        feed.dailySnapshot(AAPL, monday);
        feed.dailySnapshot(AAPL, monday);
        feed.dailySnapshot(AAPL, monday.minusDays(1));
        assertThat(upstream.calls).hasValue(2);

        upstream.failing = true;
        clock.advance(Duration.ofMinutes(5));
        assertThat(feed.dailySnapshot(AAPL, monday)).isPresent();
        assertThatThrownBy(() -> feed.dailySnapshot(AAPL, monday.plusDays(1)))
                .isInstanceOf(FeedUnavailable.class);
    }

    @Test
    void afterCloseAnUncachedQuoteIsUnavailableWithoutReachingTheUpstream() {
        ResilientQuoteFeed feed = feed(upstream, settings(0, 1_000, ResilienceSettings.CircuitSettings.defaults()), clock);

        feed.close();

        assertThatThrownBy(() -> feed.quote(AAPL)).isInstanceOf(FeedUnavailable.class);
        assertThat(upstream.calls).hasValue(0);
    }
}
