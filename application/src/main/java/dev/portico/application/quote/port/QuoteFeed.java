package dev.portico.application.quote.port;

import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Symbol;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where prices come from: a simulated market or a real provider, usually behind a cache and a
 * circuit breaker. Every method answers empty for a symbol the feed does not know, and throws
 * {@link FeedUnavailable} when the feed cannot answer and nothing usable is cached.
 */
public interface QuoteFeed {

    Optional<FeedQuote> quote(Symbol symbol);

    /** The symbol's open, high, low, last price (as close), previous close and volume for the trading day so far. */
    Optional<DailySnapshot> dailySnapshot(Symbol symbol, LocalDate tradingDay);

    FeedHealth health();
}
