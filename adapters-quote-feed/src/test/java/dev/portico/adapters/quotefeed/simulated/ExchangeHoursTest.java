package dev.portico.adapters.quotefeed.simulated;

import static dev.portico.adapters.quotefeed.simulated.Markets.EXCHANGE;
import static dev.portico.adapters.quotefeed.simulated.Markets.FRIDAY;
import static dev.portico.adapters.quotefeed.simulated.Markets.NEXT_MONDAY;
import static dev.portico.adapters.quotefeed.simulated.Markets.SATURDAY;
import static dev.portico.adapters.quotefeed.simulated.Markets.SUNDAY;
import static dev.portico.adapters.quotefeed.simulated.Markets.SYMBOLS;
import static dev.portico.adapters.quotefeed.simulated.Markets.TUESDAY;
import static dev.portico.adapters.quotefeed.simulated.Markets.WEDNESDAY;
import static dev.portico.adapters.quotefeed.simulated.Markets.at;
import static dev.portico.adapters.quotefeed.simulated.Markets.day;
import static dev.portico.adapters.quotefeed.simulated.Markets.price;
import static dev.portico.adapters.quotefeed.simulated.Markets.prices;
import static dev.portico.adapters.quotefeed.simulated.Markets.symbol;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code hours: exchange}: 09:30 to 16:00 New York time on weekdays, nothing trades in between. */
class ExchangeHoursTest {

    @Test
    void beforeTheOpenTheQuoteAndSnapshotAreTheLastCompletedTradingDays() {
        SimulatedQuoteFeed early = feed(at(WEDNESDAY, 9, 29, 59));
        DailySnapshot tuesday = day(feed(at(TUESDAY, 18, 0, 0)), symbol("MSFT"), TUESDAY);

        Quote quote = early.quote(symbol("MSFT")).orElseThrow().quote();

        assertThat(quote.price()).isEqualTo(tuesday.close());
        assertThat(quote.previousClose()).isEqualTo(tuesday.previousClose());
        assertThat(early.dailySnapshot(symbol("MSFT"), TUESDAY)).contains(tuesday);
        assertThat(early.dailySnapshot(symbol("MSFT"), WEDNESDAY)).isEmpty();
        assertThat(tuesday.volume()).isGreaterThan(0);
        assertThat(tuesday.high()).isGreaterThan(tuesday.low());
    }

    @Test
    void theDayOpensAtTheFirstTickAndTradesFromThere() {
        DailySnapshot opening = day(feed(at(WEDNESDAY, 9, 30, 0)), symbol("NVDA"), WEDNESDAY);
        DailySnapshot later = day(feed(at(WEDNESDAY, 13, 0, 0)), symbol("NVDA"), WEDNESDAY);

        assertThat(List.of(opening.high(), opening.low(), opening.close())).containsOnly(opening.open());
        assertThat(later.open()).isEqualTo(opening.open());
        assertThat(later.volume()).isGreaterThan(0);
    }

    @Test
    void afterTheCloseThePriceStaysAtTheClose() {
        Symbol symbol = symbol("CSCO");
        DailySnapshot atClose = day(feed(at(WEDNESDAY, 16, 0, 0)), symbol, WEDNESDAY);

        for (Instant later : List.of(at(WEDNESDAY, 16, 0, 1), at(WEDNESDAY, 20, 0, 0), at(WEDNESDAY.plusDays(1), 9, 0, 0))) {
            assertThat(feed(later).dailySnapshot(symbol, WEDNESDAY)).contains(atClose);
            assertThat(price(feed(later), symbol)).isEqualTo(atClose.close());
        }
    }

    @Test
    void theWeekendBelongsToFridayAndMondaysPreviousCloseIsFridaysClose() {
        Symbol symbol = symbol("BRK.B");
        DailySnapshot friday = day(feed(at(SATURDAY, 12, 0, 0)), symbol, FRIDAY);
        SimulatedQuoteFeed weekend = feed(at(SUNDAY, 15, 0, 0));

        assertThat(price(weekend, symbol)).isEqualTo(friday.close());
        assertThat(weekend.dailySnapshot(symbol, SATURDAY)).contains(friday);
        for (Instant monday : List.of(at(NEXT_MONDAY, 7, 0, 0), at(NEXT_MONDAY, 11, 0, 0), at(NEXT_MONDAY, 17, 0, 0))) {
            SimulatedQuoteFeed feed = feed(monday);
            assertThat(day(feed, symbol, FRIDAY).close()).isEqualTo(friday.close());
            assertThat(feed.quote(symbol).orElseThrow().quote().previousClose())
                    .isEqualTo(monday.isBefore(at(NEXT_MONDAY, 9, 30, 0)) ? friday.previousClose() : friday.close());
        }
    }

    @Test
    void nothingTradesOnTheWeekend() {
        Map<Symbol, BigDecimal> saturday = prices(feed(at(SATURDAY, 11, 0, 0)));
        Map<Symbol, BigDecimal> sunday = prices(feed(at(SUNDAY, 23, 0, 0)));

        assertThat(sunday).isEqualTo(saturday);
    }

    @Test
    void volumeGrowsThroughTheDay() {
        long previous = -1;
        for (int hour = 9; hour <= 17; hour++) {
            long volume = day(feed(at(WEDNESDAY, hour, 45, 0)), symbol("KO"), WEDNESDAY).volume();
            assertThat(volume).isGreaterThanOrEqualTo(previous);
            previous = volume;
        }
        assertThat(previous).isGreaterThan(1_000_000);
    }

    @Test
    void pricesMoveDuringTheDay() {
        Map<Symbol, BigDecimal> morning = prices(feed(at(WEDNESDAY, 10, 0, 0)));
        Map<Symbol, BigDecimal> afternoon = prices(feed(at(WEDNESDAY, 15, 0, 0)));

        long moved = SYMBOLS.stream().filter(symbol -> morning.get(symbol).compareTo(afternoon.get(symbol)) != 0).count();
        assertThat(moved).isGreaterThan(SYMBOLS.size() * 9L / 10);
    }

    private static SimulatedQuoteFeed feed(Instant now) {
        return Markets.feed(EXCHANGE, now);
    }
}
