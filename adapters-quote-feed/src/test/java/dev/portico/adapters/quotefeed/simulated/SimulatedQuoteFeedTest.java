package dev.portico.adapters.quotefeed.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SimulatedQuoteFeedTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    private static final LocalDate FRIDAY = MONDAY.plusDays(4);
    private static final LocalDate SATURDAY = MONDAY.plusDays(5);
    private static final LocalDate NEXT_MONDAY = MONDAY.plusDays(7);
    private static final List<Symbol> SYMBOLS = List.copyOf(SimulatedQuoteFeed.symbols());

    @Test
    void theUniverseHasOverAHundredRealTickersIncludingShareClasses() {
        assertThat(SimulatedQuoteFeed.symbols()).hasSizeGreaterThanOrEqualTo(100)
                .contains(symbol("CSCO"), symbol("AAPL"), symbol("MSFT"), symbol("BRK.B"), symbol("BF.B"));
        assertThat(SimulatedUniverse.instance().find(symbol("CSCO")).orElseThrow().startPrice())
                .isEqualByComparingTo("62.00");
    }

    @Test
    void theSameSeedAndInstantGiveTheSameQuotes() {
        Clock clock = Clock.fixed(at(WEDNESDAY, 11, 17, 23), NEW_YORK);
        SimulatedQuoteFeed first = new SimulatedQuoteFeed(42, clock, NEW_YORK);
        SimulatedQuoteFeed second = new SimulatedQuoteFeed(42, clock, NEW_YORK);

        for (Symbol symbol : SYMBOLS) {
            assertThat(first.quote(symbol)).isEqualTo(second.quote(symbol)).isPresent();
            assertThat(first.dailySnapshot(symbol, WEDNESDAY)).isEqualTo(second.dailySnapshot(symbol, WEDNESDAY));
        }
    }

    @Test
    void differentSeedsGiveDifferentPrices() {
        Clock clock = Clock.fixed(at(WEDNESDAY, 14, 0, 0), NEW_YORK);
        Map<Symbol, BigDecimal> one = prices(new SimulatedQuoteFeed(1, clock, NEW_YORK));
        Map<Symbol, BigDecimal> two = prices(new SimulatedQuoteFeed(2, clock, NEW_YORK));

        long differing = SYMBOLS.stream().filter(symbol -> one.get(symbol).compareTo(two.get(symbol)) != 0).count();
        assertThat(differing).isGreaterThan(SYMBOLS.size() * 9L / 10);
    }

    @Test
    void anUnknownSymbolIsEmpty() {
        SimulatedQuoteFeed feed = feedAt(at(WEDNESDAY, 12, 0, 0));

        assertThat(feed.quote(symbol("ZZZZ"))).isEmpty();
        assertThat(feed.dailySnapshot(symbol("ZZZZ"), WEDNESDAY)).isEmpty();
    }

    @Test
    void aQuoteIsFreshSimulatedUsdAsOfNow() {
        Instant now = at(WEDNESDAY, 10, 5, 7);
        FeedQuote quote = feedAt(now).quote(symbol("AAPL")).orElseThrow();

        assertThat(quote.stale()).isFalse();
        assertThat(quote.age()).isEqualTo(Duration.ZERO);
        assertThat(quote.quote().source()).isEqualTo("simulated");
        assertThat(quote.quote().currency()).isEqualTo("USD");
        assertThat(quote.quote().asOf()).isEqualTo(now);
    }

    @Test
    void healthIsAlwaysClosedAndCurrent() {
        assertThat(feedAt(at(WEDNESDAY, 12, 0, 0)).health())
                .isEqualTo(new FeedHealth("simulated", FeedHealth.Circuit.CLOSED, Optional.of(Duration.ZERO)));
    }

    @Test
    void snapshotsHoldTheirInvariantsAndAgreeWithQuotesAtEveryInstant() {
        MovableClock clock = new MovableClock(at(MONDAY.minusDays(1), 0, 0, 0));
        SimulatedQuoteFeed feed = new SimulatedQuoteFeed(7, clock, NEW_YORK);
        Map<Symbol, BigDecimal> highestSeen = new HashMap<>();
        Map<Symbol, BigDecimal> lowestSeen = new HashMap<>();
        LocalDate seenDay = null;

        for (Instant now = clock.instant(); now.isBefore(at(NEXT_MONDAY, 23, 0, 0)); now = now.plusSeconds(37 * 60 + 11)) {
            clock.set(now);
            LocalDate today = feed.dailySnapshot(symbol("AAPL"), LocalDate.ofInstant(now, NEW_YORK)).orElseThrow().date();
            if (!today.equals(seenDay)) {
                highestSeen.clear();
                lowestSeen.clear();
                seenDay = today;
            }
            for (Symbol symbol : SYMBOLS) {
                Quote quote = feed.quote(symbol).orElseThrow().quote();
                DailySnapshot day = feed.dailySnapshot(symbol, today).orElseThrow();

                assertThat(quote.price()).isPositive().hasScaleOf(2).isEqualTo(day.close());
                assertThat(quote.previousClose()).isEqualTo(day.previousClose());
                assertMoney(day);
                assertThat(day.high()).isGreaterThanOrEqualTo(day.open()).isGreaterThanOrEqualTo(day.close())
                        .isGreaterThanOrEqualTo(day.low());
                assertThat(day.low()).isLessThanOrEqualTo(day.open()).isLessThanOrEqualTo(day.close());
                if (day.volume() > 0) {
                    highestSeen.merge(symbol, quote.price(), BigDecimal::max);
                    lowestSeen.merge(symbol, quote.price(), BigDecimal::min);
                    assertThat(day.high()).isGreaterThanOrEqualTo(highestSeen.get(symbol));
                    assertThat(day.low()).isLessThanOrEqualTo(lowestSeen.get(symbol));
                }
            }
        }
    }

    @Test
    void beforeTheOpenTheDayIsFlatAtThePreviousClose() {
        SimulatedQuoteFeed feed = feedAt(at(WEDNESDAY, 9, 29, 59));
        BigDecimal tuesdayClose = close(feedAt(at(WEDNESDAY, 8, 0, 0)), WEDNESDAY.minusDays(1));

        DailySnapshot day = feed.dailySnapshot(symbol("MSFT"), WEDNESDAY).orElseThrow();
        Quote quote = feed.quote(symbol("MSFT")).orElseThrow().quote();

        assertThat(List.of(day.open(), day.high(), day.low(), day.close(), day.previousClose(), quote.price()))
                .containsOnly(tuesdayClose);
        assertThat(day.volume()).isZero();
    }

    @Test
    void theDayOpensAtTheFirstTickAndTradesFromThere() {
        SimulatedQuoteFeed atOpen = feedAt(at(WEDNESDAY, 9, 30, 0));
        DailySnapshot opening = atOpen.dailySnapshot(symbol("NVDA"), WEDNESDAY).orElseThrow();
        DailySnapshot later = feedAt(at(WEDNESDAY, 13, 0, 0)).dailySnapshot(symbol("NVDA"), WEDNESDAY).orElseThrow();

        assertThat(List.of(opening.high(), opening.low(), opening.close())).containsOnly(opening.open());
        assertThat(later.open()).isEqualTo(opening.open());
        assertThat(later.volume()).isGreaterThan(0);
    }

    @Test
    void afterTheCloseThePriceStaysAtTheClose() {
        Symbol symbol = symbol("CSCO");
        DailySnapshot atClose = feedAt(at(WEDNESDAY, 16, 0, 0)).dailySnapshot(symbol, WEDNESDAY).orElseThrow();

        for (Instant later : List.of(at(WEDNESDAY, 16, 0, 1), at(WEDNESDAY, 20, 0, 0), at(WEDNESDAY.plusDays(1), 9, 0, 0))) {
            SimulatedQuoteFeed feed = feedAt(later);
            assertThat(feed.dailySnapshot(symbol, WEDNESDAY)).contains(atClose);
        }
        assertThat(feedAt(at(WEDNESDAY, 23, 0, 0)).quote(symbol).orElseThrow().quote().price()).isEqualTo(atClose.close());
        assertThat(feedAt(at(WEDNESDAY.plusDays(1), 9, 0, 0)).quote(symbol).orElseThrow().quote().price())
                .isEqualTo(atClose.close());
    }

    @Test
    void theWeekendBelongsToFridayAndMondaysPreviousCloseIsFridaysClose() {
        Symbol symbol = symbol("BRK.B");
        DailySnapshot friday = feedAt(at(SATURDAY, 12, 0, 0)).dailySnapshot(symbol, FRIDAY).orElseThrow();
        SimulatedQuoteFeed weekend = feedAt(at(SATURDAY.plusDays(1), 15, 0, 0));

        assertThat(weekend.quote(symbol).orElseThrow().quote().price()).isEqualTo(friday.close());
        assertThat(weekend.dailySnapshot(symbol, SATURDAY)).contains(friday);
        for (Instant monday : List.of(at(NEXT_MONDAY, 7, 0, 0), at(NEXT_MONDAY, 11, 0, 0), at(NEXT_MONDAY, 17, 0, 0))) {
            SimulatedQuoteFeed feed = feedAt(monday);
            assertThat(feed.dailySnapshot(symbol, NEXT_MONDAY).orElseThrow().previousClose()).isEqualTo(friday.close());
            assertThat(feed.quote(symbol).orElseThrow().quote().previousClose()).isEqualTo(friday.close());
        }
    }

    @Test
    void aDayThatHasNotComeIsUnknown() {
        assertThat(feedAt(at(WEDNESDAY, 12, 0, 0)).dailySnapshot(symbol("AAPL"), WEDNESDAY.plusDays(1))).isEmpty();
    }

    @Test
    void volumeGrowsThroughTheDay() {
        long previous = -1;
        for (int hour = 9; hour <= 17; hour++) {
            long volume = feedAt(at(WEDNESDAY, hour, 45, 0)).dailySnapshot(symbol("KO"), WEDNESDAY).orElseThrow().volume();
            assertThat(volume).isGreaterThanOrEqualTo(previous);
            previous = volume;
        }
        assertThat(previous).isGreaterThan(1_000_000);
    }

    @Test
    void pricesMoveDuringTheDay() {
        Map<Symbol, BigDecimal> morning = prices(feedAt(at(WEDNESDAY, 10, 0, 0)));
        Map<Symbol, BigDecimal> afternoon = prices(feedAt(at(WEDNESDAY, 15, 0, 0)));

        long moved = SYMBOLS.stream().filter(symbol -> morning.get(symbol).compareTo(afternoon.get(symbol)) != 0).count();
        assertThat(moved).isGreaterThan(SYMBOLS.size() * 9L / 10);
        assertThat(morning.get(symbol("AAPL"))).isNotEqualTo(afternoon.get(symbol("AAPL")));
    }

    @Test
    void pricesStayWithinThirtyPercentOfTheStartOverAMonth() {
        MovableClock clock = new MovableClock(at(MONDAY, 0, 0, 0));
        SimulatedQuoteFeed feed = new SimulatedQuoteFeed(2025, clock, NEW_YORK);

        for (LocalDate day = MONDAY; day.isBefore(MONDAY.plusMonths(1)); day = day.plusDays(1)) {
            for (LocalTime time : List.of(LocalTime.of(9, 30), LocalTime.of(12, 34, 56), LocalTime.of(16, 0))) {
                clock.set(day.atTime(time).atZone(NEW_YORK).toInstant());
                for (Symbol symbol : SYMBOLS) {
                    BigDecimal start = SimulatedUniverse.instance().find(symbol).orElseThrow().startPrice();
                    DailySnapshot snapshot = feed.dailySnapshot(symbol, day).orElseThrow();
                    assertThat(snapshot.high()).isLessThanOrEqualTo(start.multiply(new BigDecimal("1.3")));
                    assertThat(snapshot.low()).isGreaterThanOrEqualTo(start.multiply(new BigDecimal("0.7")));
                }
            }
        }
    }

    @Test
    void concurrentCallersSeeTheSamePricesAsOne() {
        Instant now = at(WEDNESDAY, 11, 11, 11);
        Map<Symbol, BigDecimal> alone = prices(feedAt(now));
        SimulatedQuoteFeed shared = feedAt(now);

        Map<Symbol, BigDecimal> together = SYMBOLS.parallelStream()
                .collect(Collectors.toConcurrentMap(Function.identity(),
                        symbol -> shared.quote(symbol).orElseThrow().quote().price()));
        assertThat(together).isEqualTo(alone);
    }

    private static void assertMoney(DailySnapshot day) {
        for (BigDecimal amount : List.of(day.open(), day.high(), day.low(), day.close(), day.previousClose())) {
            assertThat(amount).isPositive().hasScaleOf(2);
        }
        assertThat(day.currency()).isEqualTo("USD");
    }

    private static BigDecimal close(SimulatedQuoteFeed feed, LocalDate day) {
        return feed.dailySnapshot(symbol("MSFT"), day).orElseThrow().close();
    }

    private static Map<Symbol, BigDecimal> prices(SimulatedQuoteFeed feed) {
        return SYMBOLS.stream().collect(Collectors.toMap(Function.identity(),
                symbol -> feed.quote(symbol).orElseThrow().quote().price()));
    }

    private static SimulatedQuoteFeed feedAt(Instant now) {
        return new SimulatedQuoteFeed(42, Clock.fixed(now, NEW_YORK), NEW_YORK);
    }

    private static Instant at(LocalDate day, int hour, int minute, int second) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute, second)).atZone(NEW_YORK).toInstant();
    }

    private static Symbol symbol(String value) {
        return new Symbol(value);
    }
}
