package dev.portico.adapters.quotefeed.finnhub;

import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Quotes from Finnhub's {@code /quote} endpoint, with no cache or circuit breaker of its own (wrap it in
 * a resilient decorator). That endpoint reports no volume, so daily snapshots carry a volume of 0.
 */
public final class FinnhubQuoteFeed implements QuoteFeed {

    public static final URI DEFAULT_BASE_URL = URI.create("https://finnhub.io/api/v1");
    static final String SOURCE = "finnhub";
    private static final String CURRENCY = "USD";

    private final FinnhubClient client;
    private final Clock clock;
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();

    public FinnhubQuoteFeed(URI baseUrl, String apiKey, Duration requestTimeout, Clock clock) {
        this.client = new FinnhubClient(baseUrl, apiKey, requestTimeout);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<FeedQuote> quote(Symbol symbol) {
        return fetch(symbol).map(answer -> {
            Quote quote = new Quote(symbol, answer.current(), CURRENCY, answer.asOf(), answer.previousClose(), SOURCE);
            return new FeedQuote(quote, false, Duration.between(answer.asOf(), clock.instant()));
        });
    }

    @Override
    public Optional<DailySnapshot> dailySnapshot(Symbol symbol, LocalDate tradingDay) {
        return fetch(symbol).map(answer -> {
            try {
                return new DailySnapshot(symbol, tradingDay, answer.open(), answer.high(), answer.low(),
                        answer.current(), answer.previousClose(), 0, CURRENCY);
            } catch (IllegalArgumentException inconsistentPrices) {
                throw unavailable();
            }
        });
    }

    @Override
    public FeedHealth health() {
        return new FeedHealth(SOURCE, FeedHealth.Circuit.CLOSED,
                Optional.ofNullable(lastSuccess.get()).map(at -> Duration.between(at, clock.instant())));
    }

    /** Finnhub spells US share classes with a dot, as the canonical form does. */
    static String providerSymbol(Symbol symbol) {
        return symbol.value();
    }

    private Optional<FinnhubQuote> fetch(Symbol symbol) {
        FinnhubQuote answer = client.quote(providerSymbol(symbol));
        if (answer.isUnknownSymbol()) {
            lastSuccess.set(clock.instant());
            return Optional.empty();
        }
        if (answer.current().signum() <= 0 || answer.epochSeconds() <= 0) {
            throw unavailable();
        }
        lastSuccess.set(clock.instant());
        return Optional.of(answer);
    }

    private static FeedUnavailable unavailable() {
        return new FeedUnavailable(Duration.ofSeconds(1));
    }
}
