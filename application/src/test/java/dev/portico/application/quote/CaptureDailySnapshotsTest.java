package dev.portico.application.quote;

import static dev.portico.application.quote.QuoteFixture.AAPL;
import static dev.portico.application.quote.QuoteFixture.BRK_B;
import static dev.portico.application.quote.QuoteFixture.CSCO;
import static dev.portico.application.quote.QuoteFixture.FRIDAY_BEFORE;
import static dev.portico.application.quote.QuoteFixture.NEW_YORK;
import static dev.portico.application.quote.QuoteFixture.SUNDAY_NIGHT;
import static dev.portico.application.quote.QuoteFixture.TUESDAY_DAY;
import static dev.portico.application.quote.QuoteFixture.NEW_YORK_ZONE;
import static dev.portico.application.quote.QuoteFixture.WEDNESDAY;
import static dev.portico.application.quote.QuoteFixture.WEDNESDAY_EVENING;
import static dev.portico.application.quote.QuoteFixture.WEDNESDAY_DAY;
import static dev.portico.application.quote.QuoteFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.support.FakeQuoteFeed;
import dev.portico.application.support.FakeSnapshotStore;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.MarketCalendar;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptureDailySnapshotsTest {

    private final FakeQuoteFeed feed = new FakeQuoteFeed();
    private final FakeSnapshotStore store = new FakeSnapshotStore();
    private final MutableClock clock = new MutableClock(WEDNESDAY_EVENING);

    private CaptureDailySnapshots capture(List<dev.portico.domain.quote.Symbol> tracked) {
        return new CaptureDailySnapshots(feed, store, tracked, clock, NEW_YORK);
    }

    @Test
    void givenTrackedSymbols_capture_upsertsEachOne() {
        DailySnapshot csco = snapshot(CSCO, WEDNESDAY_DAY, "51.25");
        DailySnapshot brk = snapshot(BRK_B, WEDNESDAY_DAY, "480.00");
        feed.put(csco).put(brk);

        CaptureDailySnapshots.Result result = capture(List.of(CSCO, BRK_B)).capture();

        assertThat(result).isEqualTo(new CaptureDailySnapshots.Result(WEDNESDAY_DAY, 2, 0, 0));
        assertThat(store.all()).containsExactlyInAnyOrder(csco, brk);
        assertThat(store.upsertCalls()).isEqualTo(2);
        assertThat(store.insertIfAbsentCalls()).isZero();
        assertThat(feed.snapshotDays()).containsOnly(WEDNESDAY_DAY);
    }

    @Test
    void givenTwoRunsTheSameDay_capture_leavesOneRowPerSymbolWithTheLatestValues() {
        CaptureDailySnapshots capture = capture(List.of(CSCO, BRK_B));
        feed.put(snapshot(CSCO, WEDNESDAY_DAY, "51.25")).put(snapshot(BRK_B, WEDNESDAY_DAY, "480.00"));
        capture.capture();
        DailySnapshot csco = snapshot(CSCO, WEDNESDAY_DAY, "52.00");
        DailySnapshot brk = snapshot(BRK_B, WEDNESDAY_DAY, "481.50");
        feed.put(csco).put(brk);
        clock.advance(Duration.ofHours(2));

        CaptureDailySnapshots.Result second = capture.capture();

        assertThat(second).isEqualTo(new CaptureDailySnapshots.Result(WEDNESDAY_DAY, 2, 0, 0));
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.all()).containsExactlyInAnyOrder(csco, brk);
    }

    @Test
    void givenAProvisionalSnapshotStoredByARequest_capture_replacesIt() {
        DailySnapshot provisional = snapshot(CSCO, WEDNESDAY_DAY, "50.00");
        feed.put(provisional);
        new GetSnapshot(feed, store, clock, NEW_YORK).get(CSCO);
        DailySnapshot closing = snapshot(CSCO, WEDNESDAY_DAY, "51.75");
        feed.put(closing);

        capture(List.of(CSCO)).capture();

        assertThat(store.all()).containsExactly(closing);
    }

    @Test
    void givenAnUnknownSymbol_capture_countsItAndStoresTheOthers() {
        DailySnapshot csco = snapshot(CSCO, WEDNESDAY_DAY, "51.25");
        feed.put(csco);

        CaptureDailySnapshots.Result result = capture(List.of(AAPL, CSCO)).capture();

        assertThat(result).isEqualTo(new CaptureDailySnapshots.Result(WEDNESDAY_DAY, 1, 1, 0));
        assertThat(store.all()).containsExactly(csco);
    }

    @Test
    void givenOneSymbolUnavailable_capture_countsItAndStillStoresTheOthers() {
        DailySnapshot csco = snapshot(CSCO, WEDNESDAY_DAY, "51.25");
        DailySnapshot aapl = snapshot(AAPL, WEDNESDAY_DAY, "230.00");
        feed.put(csco).put(snapshot(BRK_B, WEDNESDAY_DAY, "480.00")).put(aapl);
        feed.failFor(BRK_B);

        CaptureDailySnapshots.Result result = capture(List.of(CSCO, BRK_B, AAPL)).capture();

        assertThat(result).isEqualTo(new CaptureDailySnapshots.Result(WEDNESDAY_DAY, 2, 0, 1));
        assertThat(store.all()).containsExactlyInAnyOrder(csco, aapl);
        assertThat(feed.snapshotCalls()).isEqualTo(3);
    }

    @Test
    void givenTheFeedDown_capture_countsEverySymbolFailedAndStoresNothing() {
        feed.failAll();

        CaptureDailySnapshots.Result result = capture(List.of(CSCO, BRK_B)).capture();

        assertThat(result).isEqualTo(new CaptureDailySnapshots.Result(WEDNESDAY_DAY, 0, 0, 2));
        assertThat(store.size()).isZero();
    }

    @Test
    void givenASundayEvening_capture_storesFridaysTradingDay() {
        clock.advance(Duration.between(WEDNESDAY_EVENING, SUNDAY_NIGHT));
        feed.put(snapshot(CSCO, FRIDAY_BEFORE, "51.25"));

        CaptureDailySnapshots.Result result = capture(List.of(CSCO)).capture();

        assertThat(result.day()).isEqualTo(FRIDAY_BEFORE);
        assertThat(feed.snapshotDays()).containsExactly(FRIDAY_BEFORE);
        assertThat(store.find(CSCO, FRIDAY_BEFORE)).isPresent();
    }

    @Test
    void givenNoTrackedSymbols_capture_doesNothing() {
        assertThat(capture(List.of()).capture()).isEqualTo(new CaptureDailySnapshots.Result(WEDNESDAY_DAY, 0, 0, 0));
        assertThat(feed.snapshotCalls()).isZero();
    }

    @Test
    void givenTheSessionStillOpen_capture_storesTheLastClosedSession() {
        clock.advance(Duration.between(WEDNESDAY_EVENING, WEDNESDAY));
        feed.put(snapshot(CSCO, TUESDAY_DAY, "50.10")).put(snapshot(CSCO, WEDNESDAY_DAY, "51.25"));

        CaptureDailySnapshots.Result result = capture(List.of(CSCO)).capture();

        assertThat(result.day()).isEqualTo(TUESDAY_DAY);
        assertThat(store.all()).containsExactly(snapshot(CSCO, TUESDAY_DAY, "50.10"));
    }

    @Test
    void givenAContinuousMarket_capture_storesYesterdaysFullDay() {
        DailySnapshot tuesday = snapshot(CSCO, TUESDAY_DAY, "50.10");
        feed.put(tuesday).put(snapshot(CSCO, WEDNESDAY_DAY, "51.25"));

        CaptureDailySnapshots.Result result = new CaptureDailySnapshots(feed, store, List.of(CSCO), clock,
                MarketCalendar.continuous(NEW_YORK_ZONE)).capture();

        assertThat(result).isEqualTo(new CaptureDailySnapshots.Result(TUESDAY_DAY, 1, 0, 0));
        assertThat(store.all()).containsExactly(tuesday);
    }
}
