package dev.portico.adapters.quotefeed.simulated;

import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.MarketCalendar;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Simulated markets and instants for the feed's tests: New York time, both calendars. */
final class Markets {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final MarketCalendar EXCHANGE = MarketCalendar.exchange(NEW_YORK);
    static final MarketCalendar CONTINUOUS = MarketCalendar.continuous(NEW_YORK);
    static final int TICKS_PER_SECOND = 4;
    static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final LocalDate FRIDAY = MONDAY.plusDays(4);
    static final LocalDate SATURDAY = MONDAY.plusDays(5);
    static final LocalDate SUNDAY = MONDAY.plusDays(6);
    static final LocalDate NEXT_MONDAY = MONDAY.plusDays(7);
    static final List<Symbol> SYMBOLS = List.copyOf(SimulatedQuoteFeed.symbols());
    /** Liquid names: each trades at every tick. */
    static final List<Symbol> LIQUID = List.of(symbol("AAPL"), symbol("NVDA"), symbol("MSFT"), symbol("TSLA"));

    private Markets() {
    }

    static SimulatedQuoteFeed feed(MarketCalendar calendar, Instant now) {
        return feed(calendar, now, TICKS_PER_SECOND);
    }

    /** A feed at a tick rate of the test's choice: one a second keeps the tests that walk every symbol's day quick. */
    static SimulatedQuoteFeed feed(MarketCalendar calendar, Instant now, int ticksPerSecond) {
        return new SimulatedQuoteFeed(42, Clock.fixed(now, NEW_YORK), calendar, ticksPerSecond);
    }

    static BigDecimal price(SimulatedQuoteFeed feed, Symbol symbol) {
        return feed.quote(symbol).orElseThrow().quote().price();
    }

    /** A spread of the universe, for the tests that walk many days of many symbols. */
    static final List<Symbol> SAMPLE = java.util.stream.IntStream.range(0, SYMBOLS.size()).filter(i -> i % 4 == 0)
            .mapToObj(SYMBOLS::get).toList();

    static Map<Symbol, BigDecimal> prices(SimulatedQuoteFeed feed) {
        return SYMBOLS.stream().collect(Collectors.toMap(Function.identity(), symbol -> price(feed, symbol)));
    }

    static DailySnapshot day(SimulatedQuoteFeed feed, Symbol symbol, LocalDate date) {
        return feed.dailySnapshot(symbol, date).orElseThrow();
    }

    static Instant at(LocalDate day, int hour, int minute, int second) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute, second)).atZone(NEW_YORK).toInstant();
    }

    static Symbol symbol(String value) {
        return new Symbol(value);
    }
}
