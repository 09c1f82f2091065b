package dev.portico.adapters.quotefeed.simulated;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.domain.quote.ContinuousCalendar;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.MarketCalendar;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A market that needs no network: every listed symbol trades along a seeded random walk, {@code ticksPerSecond}
 * ticks a second through each session of the calendar, so the same seed and instant always give the same
 * prices. Between sessions the price stays at the last close. A trading day that has not opened is unknown.
 */
public final class SimulatedQuoteFeed implements QuoteFeed {

    public static final String SOURCE = "simulated";
    private static final String CURRENCY = "USD";
    private static final int LIVE_SESSIONS = 256;
    private static final int CLOSED_DAYS = 20_000;

    private final Clock clock;
    private final MarketCalendar calendar;
    private final int ticksPerSecond;
    private final Map<Symbol, PriceModel> models;
    private final Cache<SessionKey, SessionPath> sessions = Caffeine.newBuilder().maximumSize(LIVE_SESSIONS).build();
    private final Cache<SessionKey, DailySnapshot> closedDays = Caffeine.newBuilder().maximumSize(CLOSED_DAYS).build();
    /** Each symbol's latest live tick: every request within one tick gets it without replaying the session. */
    private final Map<Symbol, LiveTick> lastTicks = new ConcurrentHashMap<>();

    public SimulatedQuoteFeed(long seed, Clock clock, MarketCalendar calendar, int ticksPerSecond) {
        if (ticksPerSecond < 1) {
            throw new IllegalArgumentException("The market ticks at least once a second");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.ticksPerSecond = ticksPerSecond;
        double gapShare = calendar instanceof ContinuousCalendar ? 0 : PriceModel.OVERNIGHT_GAP;
        SimulatedUniverse universe = SimulatedUniverse.instance();
        this.models = universe.symbols().stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                symbol -> new PriceModel(universe.find(symbol).orElseThrow(), seed, calendar.sessionsPerYear(), gapShare)));
    }

    /** The symbols the simulated market trades. */
    public static Set<Symbol> symbols() {
        return SimulatedUniverse.instance().symbols();
    }

    @Override
    public Optional<FeedQuote> quote(Symbol symbol) {
        Instant now = clock.instant();
        return snapshot(symbol, calendar.currentDay(now), now).map(day -> new FeedQuote(
                new Quote(symbol, day.close(), CURRENCY, now, day.previousClose(), SOURCE), false, Duration.ZERO));
    }

    @Override
    public Optional<DailySnapshot> dailySnapshot(Symbol symbol, LocalDate tradingDay) {
        Instant now = clock.instant();
        LocalDate day = calendar.tradingDayOf(tradingDay);
        return day.isAfter(calendar.currentDay(now)) ? Optional.empty() : snapshot(symbol, day, now);
    }

    @Override
    public FeedHealth health() {
        return new FeedHealth(SOURCE, FeedHealth.Circuit.CLOSED, Optional.of(Duration.ZERO));
    }

    /** The snapshot of a day that has opened by {@code now}: live while it trades, final once it closed. */
    private Optional<DailySnapshot> snapshot(Symbol symbol, LocalDate day, Instant now) {
        PriceModel model = models.get(symbol);
        if (model == null) {
            return Optional.empty();
        }
        SessionKey key = new SessionKey(symbol, calendar.number(day));
        int ticks = sessionTicks(day);
        int elapsed = (int) Math.min(ticks, ticksBetween(calendar.opens(day), now));
        if (elapsed == ticks) {
            return Optional.of(closedDays.get(key, closed -> {
                SessionPath live = sessions.getIfPresent(closed);
                return snapshot(key, day, model, live != null ? live : model.session(closed.day(), ticks), ticks);
            }));
        }
        LiveTick last = lastTicks.get(symbol);
        if (last != null && last.key().equals(key) && last.elapsed() == elapsed) {
            return Optional.of(last.snapshot());
        }
        SessionPath live = sessions.get(key, open -> model.session(open.day(), ticks));
        DailySnapshot snapshot = snapshot(key, day, model, live, elapsed);
        lastTicks.put(symbol, new LiveTick(key, elapsed, snapshot));
        return Optional.of(snapshot);
    }

    private static DailySnapshot snapshot(SessionKey key, LocalDate day, PriceModel model, SessionPath session,
            int elapsed) {
        Tick tick = session.at(elapsed);
        long previousClose = Cents.mid(model.close(key.day() - 1));
        long volume = model.volume(key.day(), (double) elapsed / session.ticks());
        return new DailySnapshot(key.symbol(), day, Cents.money(session.openingPrice()), Cents.money(tick.high()),
                Cents.money(tick.low()), Cents.money(tick.price()), Cents.money(previousClose), volume, CURRENCY);
    }

    private int sessionTicks(LocalDate day) {
        return Math.toIntExact(Duration.between(calendar.opens(day), calendar.closes(day)).toSeconds() * ticksPerSecond);
    }

    private long ticksBetween(Instant open, Instant now) {
        Duration since = Duration.between(open, now);
        return since.getSeconds() * ticksPerSecond + (long) since.getNano() * ticksPerSecond / 1_000_000_000L;
    }

    private record SessionKey(Symbol symbol, long day) {
    }

    private record LiveTick(SessionKey key, int elapsed, DailySnapshot snapshot) {
    }
}
