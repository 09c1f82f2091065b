package dev.portico.application.quote;

import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.MarketCalendar;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Shared values for the quote use case tests. */
final class QuoteFixture {

    static final ZoneId NEW_YORK_ZONE = ZoneId.of("America/New_York");
    static final MarketCalendar NEW_YORK = MarketCalendar.exchange(NEW_YORK_ZONE);
    /** Wednesday 4 March 2026, 10:30 in New York. */
    static final Instant WEDNESDAY = Instant.parse("2026-03-04T15:30:00Z");
    static final LocalDate WEDNESDAY_DAY = LocalDate.of(2026, 3, 4);
    /** Wednesday 4 March 2026, 16:30 in New York, after the close. */
    static final Instant WEDNESDAY_EVENING = Instant.parse("2026-03-04T21:30:00Z");
    /** Wednesday 4 March 2026, 08:00 in New York, before the open. */
    static final Instant WEDNESDAY_EARLY = Instant.parse("2026-03-04T13:00:00Z");
    static final LocalDate TUESDAY_DAY = LocalDate.of(2026, 3, 3);
    /** Sunday 1 March 2026, 22:00 in New York (already Monday in UTC). */
    static final Instant SUNDAY_NIGHT = Instant.parse("2026-03-02T03:00:00Z");
    static final LocalDate FRIDAY_BEFORE = LocalDate.of(2026, 2, 27);

    static final Symbol CSCO = Symbol.parse("CSCO");
    static final Symbol BRK_B = Symbol.parse("BRK.B");
    static final Symbol AAPL = Symbol.parse("AAPL");

    private QuoteFixture() {
    }

    static FeedQuote quote(Symbol symbol, String price) {
        return new FeedQuote(new Quote(symbol, new BigDecimal(price), "USD", WEDNESDAY, new BigDecimal("100.00"),
                "fake"), false, Duration.ZERO);
    }

    static DailySnapshot snapshot(Symbol symbol, LocalDate day, String close) {
        BigDecimal price = new BigDecimal(close);
        return new DailySnapshot(symbol, day, price, price, price, price, new BigDecimal("100.00"), 1_000, "USD");
    }
}
