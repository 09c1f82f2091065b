package dev.portico.application.quote.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link QuoteFeed} must show, as the quote use cases rely on it: {@code GetQuote} and
 * {@code GetSnapshot} turn empty into 404, {@code GetQuotes} and {@code CaptureDailySnapshots} count an
 * {@link FeedUnavailable} per symbol, the REST adapter turns its retry-after into a header,
 * and the pulse reads {@code health()} whatever the feed's state. Each implementation's test extends this
 * and supplies a fresh feed per test that knows {@link #knownSymbol()}, not {@link #unknownSymbol()}, and
 * has opened {@link #tradingDay()}.
 */
public abstract class QuoteFeedContract<T extends QuoteFeed> {

    private T feed;

    protected abstract T newFeed();

    /** A symbol the feed knows. */
    protected abstract Symbol knownSymbol();

    /** A trading day the feed can answer a snapshot for (the current or last closed session), and whose eve is a session too. */
    protected abstract LocalDate tradingDay();

    /**
     * Makes the feed's upstream fail, so that nothing it could answer is cached; false for a feed computed
     * in-process, which has no upstream to lose (its down-state tests are then skipped).
     */
    protected abstract boolean takeUpstreamDown(T feed);

    /** A symbol the feed does not know. */
    protected Symbol unknownSymbol() {
        return new Symbol("ZZZZZ");
    }

    @BeforeEach
    void startWithAFreshFeed() {
        feed = newFeed();
    }

    protected T feed() {
        return feed;
    }

    @Test
    void givenAnUnknownSymbol_quote_isEmpty() {
        assertThat(feed.quote(unknownSymbol())).isEmpty();
    }

    @Test
    void givenAnUnknownSymbol_dailySnapshot_isEmpty() {
        assertThat(feed.dailySnapshot(unknownSymbol(), tradingDay())).isEmpty();
    }

    @Test
    void givenAKnownSymbol_quote_isAFreshQuoteOfThatSymbol() {
        FeedQuote answer = feed.quote(knownSymbol()).orElseThrow();

        assertThat(answer.quote().symbol()).isEqualTo(knownSymbol());
        assertThat(answer.quote().price()).isPositive();
        assertThat(answer.quote().currency()).isNotBlank();
        assertThat(answer.quote().source()).isNotBlank();
        assertThat(answer.stale()).isFalse();
        assertThat(answer.age()).isGreaterThanOrEqualTo(Duration.ZERO);
    }

    @Test
    void givenAKnownSymbol_dailySnapshot_isOfThatSymbolAndTheDayAskedFor() {
        DailySnapshot snapshot = feed.dailySnapshot(knownSymbol(), tradingDay()).orElseThrow();

        assertThat(snapshot.symbol()).isEqualTo(knownSymbol());
        assertThat(snapshot.date()).isEqualTo(tradingDay());
        assertThat(snapshot.close()).isPositive();
    }

    @Test
    void givenAnEarlierSession_dailySnapshot_ifAnswered_isDatedThatSession() {
        LocalDate earlier = tradingDay().minusDays(1);

        feed.dailySnapshot(knownSymbol(), earlier)
                .ifPresent(snapshot -> assertThat(snapshot.date()).isEqualTo(earlier));
    }

    @Test
    void givenAFeedThatAnswered_health_isHealthyWithANamedSource() {
        feed.quote(knownSymbol());

        FeedHealth health = feed.health();

        assertThat(health.isHealthy()).isTrue();
        assertThat(health.circuit()).isNotEqualTo(FeedHealth.Circuit.OPEN);
        assertThat(health.source()).isNotBlank();
        health.lastUpdateAge().ifPresent(age -> assertThat(age).isGreaterThanOrEqualTo(Duration.ZERO));
    }

    @Test
    void givenTheUpstreamDown_quote_throwsUnavailableWithAPositiveRetryAfter() {
        assumeTrue(takeUpstreamDown(feed), "this feed has no upstream that can fail");

        assertThatThrownBy(() -> feed.quote(knownSymbol()))
                .isInstanceOfSatisfying(FeedUnavailable.class, e -> assertThat(e.retryAfter()).isPositive());
    }

    @Test
    void givenTheUpstreamDown_dailySnapshot_throwsUnavailableWithAPositiveRetryAfter() {
        assumeTrue(takeUpstreamDown(feed), "this feed has no upstream that can fail");

        assertThatThrownBy(() -> feed.dailySnapshot(knownSymbol(), tradingDay()))
                .isInstanceOfSatisfying(FeedUnavailable.class, e -> assertThat(e.retryAfter()).isPositive());
    }

    @Test
    void givenTheUpstreamDown_health_stillAnswersWithItsSource() {
        assumeTrue(takeUpstreamDown(feed), "this feed has no upstream that can fail");
        assertThatThrownBy(() -> feed.quote(knownSymbol())).isInstanceOf(FeedUnavailable.class);

        assertThat(feed.health().source()).isNotBlank();
    }
}
