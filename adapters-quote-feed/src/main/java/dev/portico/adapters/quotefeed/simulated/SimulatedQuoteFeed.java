package dev.portico.adapters.quotefeed.simulated;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A market that needs no network: every listed symbol's price follows a seeded random walk, one step a
 * second of the regular session, so the same seed and instant always give the same prices. Outside the
 * session the price stays at the last close. A trading day after today is not known yet (empty).
 */
public final class SimulatedQuoteFeed implements QuoteFeed {

    public static final String SOURCE = "simulated";
    private static final String CURRENCY = "USD";
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final int CACHED_SESSIONS = 1024;

    private final Clock clock;
    private final MarketHours hours;
    private final Map<Symbol, PriceModel> models;
    private final Cache<SessionKey, SessionPath> sessions = Caffeine.newBuilder().maximumSize(CACHED_SESSIONS).build();

    public SimulatedQuoteFeed(long seed, Clock clock, ZoneId market) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hours = new MarketHours(Objects.requireNonNull(market, "market"));
        this.models = SimulatedUniverse.instance().symbols().stream()
                .collect(Collectors.toUnmodifiableMap(Function.identity(),
                        symbol -> new PriceModel(SimulatedUniverse.instance().find(symbol).orElseThrow(), seed)));
    }

    /** The symbols the simulated market trades. */
    public static Set<Symbol> symbols() {
        return SimulatedUniverse.instance().symbols();
    }

    @Override
    public Optional<FeedQuote> quote(Symbol symbol) {
        Instant now = clock.instant();
        return snapshot(symbol, hours.today(now), now).map(day -> new FeedQuote(
                new Quote(symbol, day.close(), CURRENCY, now, day.previousClose(), SOURCE), false, Duration.ZERO));
    }

    @Override
    public Optional<DailySnapshot> dailySnapshot(Symbol symbol, LocalDate tradingDay) {
        Instant now = clock.instant();
        LocalDate day = hours.tradingDay(tradingDay);
        return day.isAfter(hours.today(now)) ? Optional.empty() : snapshot(symbol, day, now);
    }

    @Override
    public FeedHealth health() {
        return new FeedHealth(SOURCE, FeedHealth.Circuit.CLOSED, Optional.of(Duration.ZERO));
    }

    private Optional<DailySnapshot> snapshot(Symbol symbol, LocalDate day, Instant now) {
        PriceModel model = models.get(symbol);
        if (model == null) {
            return Optional.empty();
        }
        long index = hours.index(day);
        BigDecimal previousClose = money(model.close(index - 1));
        int elapsed = hours.elapsed(day, now);
        if (elapsed == MarketHours.BEFORE_OPEN) {
            return Optional.of(new DailySnapshot(symbol, day, previousClose, previousClose, previousClose,
                    previousClose, previousClose, 0, CURRENCY));
        }
        SessionPath session = sessions.get(new SessionKey(symbol, index), key -> model.session(key.day()));
        Tick tick = session.at(elapsed);
        return Optional.of(new DailySnapshot(symbol, day, money(model.open(index)), money(tick.logHigh()),
                money(tick.logLow()), money(tick.logPrice()), previousClose, model.volume(index, elapsed), CURRENCY));
    }

    private static BigDecimal money(double logPrice) {
        return BigDecimal.valueOf(Math.exp(logPrice)).setScale(2, RoundingMode.HALF_EVEN).max(CENT);
    }

    private record SessionKey(Symbol symbol, long day) {
    }
}
