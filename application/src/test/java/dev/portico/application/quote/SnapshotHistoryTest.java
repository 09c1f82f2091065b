package dev.portico.application.quote;

import static dev.portico.application.quote.QuoteFixture.CSCO;
import static dev.portico.application.quote.QuoteFixture.FRIDAY_BEFORE;
import static dev.portico.application.quote.QuoteFixture.NEW_YORK;
import static dev.portico.application.quote.QuoteFixture.SUNDAY_NIGHT;
import static dev.portico.application.quote.QuoteFixture.WEDNESDAY;
import static dev.portico.application.quote.QuoteFixture.WEDNESDAY_DAY;
import static dev.portico.application.quote.QuoteFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.support.FakeSnapshotStore;
import dev.portico.application.support.FakeSnapshotStore.Range;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.quote.DailySnapshot;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SnapshotHistoryTest {

    private final FakeSnapshotStore store = new FakeSnapshotStore();
    private final MutableClock clock = new MutableClock(WEDNESDAY);
    private final SnapshotHistory history = new SnapshotHistory(store, clock, NEW_YORK);

    @Test
    void givenNoRange_between_coversThirtyDaysUpToTodaysTradingDay() {
        DailySnapshot today = snapshot(CSCO, WEDNESDAY_DAY, "51.00");
        DailySnapshot oldest = snapshot(CSCO, WEDNESDAY_DAY.minusDays(29), "50.00");
        store.add(today);
        store.add(oldest);
        store.add(snapshot(CSCO, WEDNESDAY_DAY.minusDays(30), "49.00"));

        assertThat(history.between(CSCO, null, null)).containsExactly(oldest, today);
        assertThat(store.lastRange()).contains(new Range(CSCO, WEDNESDAY_DAY.minusDays(29), WEDNESDAY_DAY));
    }

    @Test
    void givenNoRangeOnASunday_between_endsOnFriday() {
        clock.advance(Duration.between(WEDNESDAY, SUNDAY_NIGHT));

        history.between(CSCO, null, null);

        assertThat(store.lastRange()).contains(new Range(CSCO, FRIDAY_BEFORE.minusDays(29), FRIDAY_BEFORE));
    }

    @Test
    void givenOnlyTo_between_coversThirtyDaysUpToIt() {
        LocalDate to = LocalDate.of(2026, 1, 31);

        history.between(CSCO, null, to);

        assertThat(store.lastRange()).contains(new Range(CSCO, LocalDate.of(2026, 1, 2), to));
    }

    @Test
    void givenOnlyFrom_between_runsUpToTodaysTradingDay() {
        LocalDate from = LocalDate.of(2026, 1, 1);

        history.between(CSCO, from, null);

        assertThat(store.lastRange()).contains(new Range(CSCO, from, WEDNESDAY_DAY));
    }

    @Test
    void givenARange_between_passesItToTheStore() {
        LocalDate from = LocalDate.of(2026, 2, 2);
        LocalDate to = LocalDate.of(2026, 2, 6);
        DailySnapshot inside = snapshot(CSCO, LocalDate.of(2026, 2, 4), "50.00");
        store.add(inside);
        store.add(snapshot(CSCO, LocalDate.of(2026, 2, 9), "50.00"));

        assertThat(history.between(CSCO, from, to)).containsExactly(inside);
        assertThat(store.lastRange()).contains(new Range(CSCO, from, to));
    }

    @Test
    void givenOneDay_between_acceptsIt() {
        history.between(CSCO, WEDNESDAY_DAY, WEDNESDAY_DAY);

        assertThat(store.lastRange()).contains(new Range(CSCO, WEDNESDAY_DAY, WEDNESDAY_DAY));
    }

    @Test
    void givenAReversedRange_between_refusesIt() {
        assertThatThrownBy(() -> history.between(CSCO, LocalDate.of(2026, 2, 6), LocalDate.of(2026, 2, 5)))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("to");
                    assertThat(error.getMessage()).contains("from must not be after to");
                });
        assertThat(store.lastRange()).isEmpty();
    }

    @Test
    void givenOnlyAFromAfterToday_between_refusesOnFieldFrom() {
        assertThatThrownBy(() -> history.between(CSCO, WEDNESDAY_DAY.plusDays(1), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.field()).contains("from"));
    }

    @Test
    void givenThreeHundredSixtySixDays_between_acceptsThem() {
        LocalDate to = LocalDate.of(2026, 12, 31);
        LocalDate from = to.minusDays(365);

        history.between(CSCO, from, to);

        assertThat(store.lastRange()).contains(new Range(CSCO, from, to));
    }

    @Test
    void givenThreeHundredSixtySevenDays_between_refusesOnFieldTo() {
        LocalDate to = LocalDate.of(2026, 12, 31);

        assertThatThrownBy(() -> history.between(CSCO, to.minusDays(366), to))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("to");
                    assertThat(error.getMessage()).contains("366");
                });
        assertThat(store.lastRange()).isEmpty();
    }
}
