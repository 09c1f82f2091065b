package dev.portico.adapters.quotefeed.simulated;

import static dev.portico.adapters.quotefeed.simulated.Markets.CONTINUOUS;
import static dev.portico.adapters.quotefeed.simulated.Markets.EXCHANGE;
import static dev.portico.adapters.quotefeed.simulated.Markets.LIQUID;
import static dev.portico.adapters.quotefeed.simulated.Markets.MONDAY;
import static dev.portico.adapters.quotefeed.simulated.Markets.NEW_YORK;
import static dev.portico.adapters.quotefeed.simulated.Markets.NEXT_MONDAY;
import static dev.portico.adapters.quotefeed.simulated.Markets.SAMPLE;
import static dev.portico.adapters.quotefeed.simulated.Markets.SYMBOLS;
import static dev.portico.adapters.quotefeed.simulated.Markets.WEDNESDAY;
import static dev.portico.adapters.quotefeed.simulated.Markets.at;
import static dev.portico.adapters.quotefeed.simulated.Markets.day;
import static dev.portico.adapters.quotefeed.simulated.Markets.feed;
import static dev.portico.adapters.quotefeed.simulated.Markets.price;
import static dev.portico.adapters.quotefeed.simulated.Markets.prices;
import static dev.portico.adapters.quotefeed.simulated.Markets.symbol;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.support.MutableClock;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.MarketCalendar;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What holds in both market-hours modes; each mode's own rules are in its own test. */
class SimulatedQuoteFeedTest {

    static Stream<MarketCalendar> calendars() {
        return Stream.of(EXCHANGE, CONTINUOUS);
    }

    @Test
    void theUniverseHasOverAHundredRealTickersIncludingShareClasses() {
        assertThat(SimulatedQuoteFeed.symbols()).hasSizeGreaterThanOrEqualTo(100)
                .contains(symbol("CSCO"), symbol("AAPL"), symbol("MSFT"), symbol("BRK.B"), symbol("BF.B"));
        assertThat(SimulatedUniverse.instance().find(symbol("CSCO")).orElseThrow().startPrice())
                .isEqualByComparingTo("62.00");
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void theSameSeedAndInstantGiveTheSameQuotes(MarketCalendar calendar) {
        Instant now = at(WEDNESDAY, 11, 17, 23).plusMillis(640);
        SimulatedQuoteFeed first = feed(calendar, now);
        SimulatedQuoteFeed second = feed(calendar, now);

        for (Symbol symbol : SAMPLE) {
            assertThat(first.quote(symbol)).isEqualTo(second.quote(symbol)).isPresent();
            assertThat(first.dailySnapshot(symbol, WEDNESDAY)).isEqualTo(second.dailySnapshot(symbol, WEDNESDAY));
        }
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void differentSeedsGiveDifferentPrices(MarketCalendar calendar) {
        Clock clock = Clock.fixed(at(WEDNESDAY, 14, 0, 0), NEW_YORK);
        Map<Symbol, BigDecimal> one = prices(new SimulatedQuoteFeed(1, clock, calendar, 1));
        Map<Symbol, BigDecimal> two = prices(new SimulatedQuoteFeed(2, clock, calendar, 1));

        long differing = SYMBOLS.stream().filter(symbol -> one.get(symbol).compareTo(two.get(symbol)) != 0).count();
        assertThat(differing).isGreaterThan(SYMBOLS.size() * 9L / 10);
    }

    @Test
    void theTwoModesAreDifferentMarkets() {
        Instant now = at(WEDNESDAY, 14, 0, 0);
        Map<Symbol, BigDecimal> exchange = prices(feed(EXCHANGE, now, 1));
        Map<Symbol, BigDecimal> continuous = prices(feed(CONTINUOUS, now, 1));

        assertThat(exchange).isNotEqualTo(continuous);
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void anUnknownSymbolIsEmpty(MarketCalendar calendar) {
        SimulatedQuoteFeed feed = feed(calendar, at(WEDNESDAY, 12, 0, 0));

        assertThat(feed.quote(symbol("ZZZZ"))).isEmpty();
        assertThat(feed.dailySnapshot(symbol("ZZZZ"), WEDNESDAY)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void aQuoteIsFreshSimulatedUsdAsOfNow(MarketCalendar calendar) {
        Instant now = at(WEDNESDAY, 10, 5, 7);
        FeedQuote quote = feed(calendar, now).quote(symbol("AAPL")).orElseThrow();

        assertThat(quote.stale()).isFalse();
        assertThat(quote.age()).isEqualTo(Duration.ZERO);
        assertThat(quote.quote().source()).isEqualTo("simulated");
        assertThat(quote.quote().currency()).isEqualTo("USD");
        assertThat(quote.quote().asOf()).isEqualTo(now);
    }

    @Test
    void healthIsAlwaysClosedAndCurrent() {
        assertThat(feed(CONTINUOUS, at(WEDNESDAY, 12, 0, 0)).health())
                .isEqualTo(new FeedHealth("simulated", FeedHealth.Circuit.CLOSED, Optional.of(Duration.ZERO)));
    }

    @Test
    void aTickRateBelowOneIsRefused() {
        assertThatThrownBy(() -> new SimulatedQuoteFeed(1, Clock.systemUTC(), CONTINUOUS, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void liquidNamesChangePriceSeveralTimesASecond(MarketCalendar calendar) {
        MutableClock clock = new MutableClock(at(WEDNESDAY, 13, 0, 0));
        SimulatedQuoteFeed feed = new SimulatedQuoteFeed(42, clock, calendar, 8);

        for (Symbol symbol : LIQUID) {
            int changes = 0;
            BigDecimal last = price(feed, symbol);
            for (int step = 1; step <= 8 * 10; step++) {
                clock.set(at(WEDNESDAY, 13, 0, 0).plusMillis(125L * step));
                BigDecimal now = price(feed, symbol);
                changes += now.compareTo(last) != 0 ? 1 : 0;
                last = now;
            }
            assertThat(changes).as("price changes of %s in 10 s at 8 ticks a second", symbol).isGreaterThan(20);
        }
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void thinlyTradedNamesTradeLessOftenThanLiquidOnes(MarketCalendar calendar) {
        assertThat(changesInAMinute(calendar, symbol("BRK.A"))).isLessThan(changesInAMinute(calendar, symbol("AAPL")) / 4);
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void thePriceHoldsBetweenTicksAndTheTickRateIsConfigurable(MarketCalendar calendar) {
        Symbol symbol = symbol("NVDA");
        Instant second = at(WEDNESDAY, 13, 0, 7);
        MutableClock clock = new MutableClock(second);
        SimulatedQuoteFeed once = new SimulatedQuoteFeed(42, clock, calendar, 1);
        SimulatedQuoteFeed often = new SimulatedQuoteFeed(42, clock, calendar, 10);
        List<BigDecimal> onceASecond = new java.util.ArrayList<>();
        List<BigDecimal> tenASecond = new java.util.ArrayList<>();

        for (int millis = 0; millis < 1000; millis += 50) {
            clock.set(second.plusMillis(millis));
            onceASecond.add(price(once, symbol));
            tenASecond.add(price(often, symbol));
        }

        assertThat(onceASecond).containsOnly(onceASecond.get(0));
        assertThat(tenASecond.subList(0, 2)).containsOnly(tenASecond.get(0));
        assertThat(tenASecond.stream().distinct().count()).isGreaterThan(2);
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void eachDaysPreviousCloseIsTheCloseOfTheTradingDayBefore(MarketCalendar calendar) {
        SimulatedQuoteFeed feed = feed(calendar, at(NEXT_MONDAY.plusDays(1), 20, 0, 0), 1);
        int opensAtThePreviousClose = 0;
        int days = 0;

        for (LocalDate date = MONDAY; !date.isAfter(NEXT_MONDAY); date = date.plusDays(1)) {
            if (!calendar.trades(date)) {
                continue;
            }
            for (Symbol symbol : SAMPLE) {
                DailySnapshot today = day(feed, symbol, date);
                DailySnapshot before = day(feed, symbol, calendar.previous(date));
                assertThat(today.previousClose()).isEqualTo(before.close());
                opensAtThePreviousClose += today.open().compareTo(today.previousClose()) == 0 ? 1 : 0;
                days++;
            }
        }
        assertThat(opensAtThePreviousClose).isLessThan(days / 2);
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void snapshotsHoldTheirInvariantsAndAgreeWithQuotesAtEveryInstant(MarketCalendar calendar) {
        MutableClock clock = new MutableClock(at(MONDAY.minusDays(1), 0, 0, 0));
        SimulatedQuoteFeed feed = new SimulatedQuoteFeed(7, clock, calendar, 1);
        List<Symbol> symbols = calendar == EXCHANGE ? SAMPLE : SAMPLE.subList(0, 12);
        Map<Symbol, BigDecimal> highestSeen = new HashMap<>();
        Map<Symbol, BigDecimal> lowestSeen = new HashMap<>();
        LocalDate seenDay = null;

        for (Instant now = clock.instant(); now.isBefore(at(NEXT_MONDAY, 23, 0, 0)); now = now.plusSeconds(37 * 60 + 11)) {
            clock.set(now);
            LocalDate today = calendar.currentDay(now);
            if (!today.equals(seenDay)) {
                highestSeen.clear();
                lowestSeen.clear();
                seenDay = today;
            }
            for (Symbol symbol : symbols) {
                Quote quote = feed.quote(symbol).orElseThrow().quote();
                DailySnapshot day = day(feed, symbol, today);

                assertThat(day.date()).isEqualTo(today);
                assertThat(quote.price()).isPositive().hasScaleOf(2).isEqualTo(day.close());
                assertThat(quote.previousClose()).isEqualTo(day.previousClose());
                assertMoney(day);
                highestSeen.merge(symbol, quote.price(), BigDecimal::max);
                lowestSeen.merge(symbol, quote.price(), BigDecimal::min);
                assertThat(day.high()).isGreaterThanOrEqualTo(highestSeen.get(symbol)).isGreaterThanOrEqualTo(day.open());
                assertThat(day.low()).isLessThanOrEqualTo(lowestSeen.get(symbol)).isLessThanOrEqualTo(day.open());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void pricesStayWithinThirtyPercentOfTheStartOverAMonth(MarketCalendar calendar) {
        MutableClock clock = new MutableClock(at(MONDAY, 0, 0, 0));
        SimulatedQuoteFeed feed = new SimulatedQuoteFeed(2025, clock, calendar, 1);
        List<Symbol> symbols = calendar == EXCHANGE ? SAMPLE : SAMPLE.subList(0, 8);

        for (LocalDate day = MONDAY; day.isBefore(MONDAY.plusMonths(1)); day = day.plusDays(1)) {
            if (!calendar.trades(day)) {
                continue;
            }
            clock.set(calendar.closes(day));
            for (Symbol symbol : symbols) {
                BigDecimal start = SimulatedUniverse.instance().find(symbol).orElseThrow().startPrice();
                DailySnapshot snapshot = day(feed, symbol, day);
                assertThat(snapshot.high()).isLessThanOrEqualTo(start.multiply(new BigDecimal("1.3")));
                assertThat(snapshot.low()).isGreaterThanOrEqualTo(start.multiply(new BigDecimal("0.7")));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void aDayThatHasNotOpenedIsUnknown(MarketCalendar calendar) {
        assertThat(feed(calendar, at(WEDNESDAY, 12, 0, 0)).dailySnapshot(symbol("AAPL"), WEDNESDAY.plusDays(1))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("calendars")
    void concurrentCallersSeeTheSamePricesAsOne(MarketCalendar calendar) {
        Instant now = at(WEDNESDAY, 11, 11, 11);
        Map<Symbol, BigDecimal> alone = prices(feed(calendar, now, 1));
        SimulatedQuoteFeed shared = feed(calendar, now, 1);

        Map<Symbol, BigDecimal> together = SYMBOLS.parallelStream()
                .collect(Collectors.toConcurrentMap(Function.identity(), symbol -> price(shared, symbol)));
        assertThat(together).isEqualTo(alone);
    }

    private static int changesInAMinute(MarketCalendar calendar, Symbol symbol) {
        MutableClock clock = new MutableClock(at(WEDNESDAY, 12, 0, 0));
        SimulatedQuoteFeed feed = new SimulatedQuoteFeed(42, clock, calendar, 4);
        int changes = 0;
        BigDecimal last = price(feed, symbol);
        for (int tick = 1; tick <= 240; tick++) {
            clock.set(at(WEDNESDAY, 12, 0, 0).plusMillis(250L * tick));
            BigDecimal now = price(feed, symbol);
            changes += now.compareTo(last) != 0 ? 1 : 0;
            last = now;
        }
        return changes;
    }

    private static void assertMoney(DailySnapshot day) {
        for (BigDecimal amount : List.of(day.open(), day.high(), day.low(), day.close(), day.previousClose())) {
            assertThat(amount).isPositive().hasScaleOf(2);
        }
        assertThat(day.currency()).isEqualTo("USD");
    }
}
