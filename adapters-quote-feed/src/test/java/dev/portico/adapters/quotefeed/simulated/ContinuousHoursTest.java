package dev.portico.adapters.quotefeed.simulated;

import static dev.portico.adapters.quotefeed.simulated.Markets.CONTINUOUS;
import static dev.portico.adapters.quotefeed.simulated.Markets.LIQUID;
import static dev.portico.adapters.quotefeed.simulated.Markets.SATURDAY;
import static dev.portico.adapters.quotefeed.simulated.Markets.SUNDAY;
import static dev.portico.adapters.quotefeed.simulated.Markets.at;
import static dev.portico.adapters.quotefeed.simulated.Markets.day;
import static dev.portico.adapters.quotefeed.simulated.Markets.price;
import static dev.portico.adapters.quotefeed.simulated.Markets.symbol;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@code hours: continuous}: the market trades around the clock, each local day a session of its own. */
class ContinuousHoursTest {

    @Test
    void liquidNamesTradeAtNightAndOnTheWeekend() {
        for (Instant moment : new Instant[] {at(SATURDAY, 3, 0, 0), at(SUNDAY, 23, 30, 0)}) {
            for (Symbol symbol : LIQUID) {
                assertThat(price(feed(moment.plusSeconds(10)), symbol)).as("%s ten seconds after %s", symbol, moment)
                        .isNotEqualTo(price(feed(moment), symbol));
            }
        }
    }

    @Test
    void eachLocalDayIsASessionFromMidnightAndTheNextOpensWhereItClosed() {
        Symbol symbol = symbol("AAPL");
        DailySnapshot atMidnight = day(feed(at(SUNDAY, 0, 0, 0)), symbol, SUNDAY);
        DailySnapshot saturday = day(feed(at(SUNDAY, 0, 0, 0)), symbol, SATURDAY);
        DailySnapshot sundayNoon = day(feed(at(SUNDAY, 12, 0, 0)), symbol, SUNDAY);

        assertThat(atMidnight.date()).isEqualTo(SUNDAY);
        assertThat(atMidnight.volume()).isZero();
        assertThat(atMidnight.previousClose()).isEqualTo(saturday.close());
        assertThat(atMidnight.open().subtract(saturday.close()).abs()).isLessThanOrEqualTo(new java.math.BigDecimal("0.05"));
        assertThat(sundayNoon.open()).isEqualTo(atMidnight.open());
        assertThat(sundayNoon.volume()).isGreaterThan(0);
    }

    @Test
    void theDayBeforeIsFinalOnceTheNextBegins() {
        Symbol symbol = symbol("TSLA");
        DailySnapshot lastTick = day(feed(at(SATURDAY, 23, 59, 59).plusMillis(999)), symbol, SATURDAY);
        DailySnapshot closed = day(feed(at(SUNDAY, 0, 0, 0)), symbol, SATURDAY);
        DailySnapshot muchLater = day(feed(at(SUNDAY, 20, 0, 0)), symbol, SATURDAY);

        assertThat(closed).isEqualTo(muchLater);
        assertThat(closed.high()).isGreaterThanOrEqualTo(lastTick.high());
        assertThat(closed.low()).isLessThanOrEqualTo(lastTick.low());
    }

    @Test
    void aDaylightSavingDayIsOneHourShorterOrLongerAndStillTrades() {
        LocalDate springForward = LocalDate.of(2025, 3, 9);
        Symbol symbol = symbol("NVDA");

        DailySnapshot late = day(feed(at(springForward, 23, 59, 0)), symbol, springForward);
        DailySnapshot closed = day(feed(at(springForward.plusDays(1), 0, 0, 0)), symbol, springForward);

        assertThat(late.volume()).isGreaterThan(0);
        assertThat(closed.close()).isEqualTo(day(feed(at(springForward.plusDays(1), 1, 0, 0)), symbol,
                springForward.plusDays(1)).previousClose());
    }

    private static SimulatedQuoteFeed feed(Instant now) {
        return Markets.feed(CONTINUOUS, now);
    }
}
