package dev.portico.application.quote;

import static dev.portico.application.quote.QuoteFixture.AAPL;
import static dev.portico.application.quote.QuoteFixture.BRK_B;
import static dev.portico.application.quote.QuoteFixture.CSCO;
import static dev.portico.application.quote.QuoteFixture.FRIDAY_BEFORE;
import static dev.portico.application.quote.QuoteFixture.NEW_YORK;
import static dev.portico.application.quote.QuoteFixture.SUNDAY_NIGHT;
import static dev.portico.application.quote.QuoteFixture.NEW_YORK_ZONE;
import static dev.portico.application.quote.QuoteFixture.TUESDAY_DAY;
import static dev.portico.application.quote.QuoteFixture.WEDNESDAY;
import static dev.portico.application.quote.QuoteFixture.WEDNESDAY_EARLY;
import static dev.portico.application.quote.QuoteFixture.WEDNESDAY_DAY;
import static dev.portico.application.quote.QuoteFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.support.FakeQuoteFeed;
import dev.portico.application.support.FakeSnapshotStore;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.error.UnknownSymbol;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.MarketCalendar;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GetSnapshotTest {

    private final FakeQuoteFeed feed = new FakeQuoteFeed();
    private final FakeSnapshotStore store = new FakeSnapshotStore();
    private final MutableClock clock = new MutableClock(WEDNESDAY);
    private final GetSnapshot getSnapshot = new GetSnapshot(feed, store, clock, NEW_YORK);

    @Test
    void givenTheFirstRequestOfTheDay_get_answersLiveAndStoresIt() {
        DailySnapshot live = snapshot(CSCO, WEDNESDAY_DAY, "51.25");
        feed.put(live);

        assertThat(getSnapshot.get(CSCO)).isEqualTo(live);

        assertThat(feed.snapshotDays()).containsExactly(WEDNESDAY_DAY);
        assertThat(store.find(CSCO, WEDNESDAY_DAY)).contains(live);
        assertThat(store.inserted()).isEqualTo(1);
        assertThat(store.upsertCalls()).isZero();
    }

    @Test
    void givenASecondRequestTheSameDay_get_answersLiveWithoutStoringAgain() {
        DailySnapshot first = snapshot(CSCO, WEDNESDAY_DAY, "51.25");
        feed.put(first);
        getSnapshot.get(CSCO);
        DailySnapshot later = snapshot(CSCO, WEDNESDAY_DAY, "52.00");
        feed.put(later);
        clock.advance(Duration.ofHours(1));

        assertThat(getSnapshot.get(CSCO)).isEqualTo(later);

        assertThat(feed.snapshotCalls()).isEqualTo(2);
        assertThat(store.inserted()).isEqualTo(1);
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.find(CSCO, WEDNESDAY_DAY)).contains(first);
        assertThat(store.upsertCalls()).isZero();
    }

    @Test
    void givenAnUnknownSymbol_get_isNotFoundAndStoresNothing() {
        feed.put(snapshot(CSCO, WEDNESDAY_DAY, "51.25"));

        assertThatThrownBy(() -> getSnapshot.get(AAPL))
                .isInstanceOfSatisfying(UnknownSymbol.class, unknown -> assertThat(unknown.symbol()).isEqualTo("AAPL"));
        assertThat(store.size()).isZero();
    }

    @Test
    void givenTheFeedDownAndTodayStored_get_servesTheStoredSnapshot() {
        DailySnapshot stored = snapshot(BRK_B, WEDNESDAY_DAY, "480.00");
        store.add(stored);
        feed.failAll();

        assertThat(getSnapshot.get(BRK_B)).isEqualTo(stored);
        assertThat(store.insertIfAbsentCalls()).isZero();
    }

    @Test
    void givenTheFeedDownAndNothingStored_get_isUnavailable() {
        feed.put(snapshot(CSCO, WEDNESDAY_DAY, "51.25"));
        feed.failFor(CSCO);

        assertThatThrownBy(() -> getSnapshot.get(CSCO))
                .isInstanceOfSatisfying(FeedUnavailable.class,
                        down -> assertThat(down.retryAfter()).isEqualTo(FakeQuoteFeed.RETRY_AFTER));
        assertThat(store.size()).isZero();
    }

    @Test
    void givenTheFeedDownAndOnlyAnEarlierDayStored_get_isUnavailable() {
        store.add(snapshot(CSCO, WEDNESDAY_DAY.minusDays(1), "50.00"));
        feed.failAll();

        assertThatThrownBy(() -> getSnapshot.get(CSCO)).isInstanceOf(FeedUnavailable.class);
    }

    @Test
    void givenASundayEveningInNewYork_get_asksForAndStoresFridaysSnapshot() {
        clock.advance(Duration.between(WEDNESDAY, SUNDAY_NIGHT));
        DailySnapshot friday = snapshot(CSCO, FRIDAY_BEFORE, "51.25");
        feed.put(friday);

        assertThat(getSnapshot.get(CSCO)).isEqualTo(friday);

        assertThat(feed.snapshotDays()).containsExactly(FRIDAY_BEFORE);
        assertThat(store.find(CSCO, FRIDAY_BEFORE)).contains(friday);
    }

    @Test
    void givenASundayWithTheFeedDown_get_servesFridaysStoredSnapshot() {
        clock.advance(Duration.between(WEDNESDAY, SUNDAY_NIGHT));
        DailySnapshot friday = snapshot(CSCO, FRIDAY_BEFORE, "51.25");
        store.add(friday);
        feed.failAll();

        assertThat(getSnapshot.get(CSCO)).isEqualTo(friday);
    }

    @Test
    void givenTheMorningBeforeTheOpen_get_answersTheLastCompletedSession() {
        clock.advance(Duration.between(WEDNESDAY, WEDNESDAY_EARLY));
        DailySnapshot tuesday = snapshot(CSCO, TUESDAY_DAY, "50.10");
        feed.put(tuesday).put(snapshot(CSCO, WEDNESDAY_DAY, "51.25"));

        assertThat(getSnapshot.get(CSCO)).isEqualTo(tuesday);
        assertThat(feed.snapshotDays()).containsExactly(TUESDAY_DAY);
    }

    @Test
    void givenAContinuousMarketOnASunday_get_answersSundaysSession() {
        clock.advance(Duration.between(WEDNESDAY, SUNDAY_NIGHT));
        DailySnapshot sunday = snapshot(CSCO, FRIDAY_BEFORE.plusDays(2), "51.25");
        feed.put(sunday);

        assertThat(new GetSnapshot(feed, store, clock, MarketCalendar.continuous(NEW_YORK_ZONE)).get(CSCO))
                .isEqualTo(sunday);
    }
}
