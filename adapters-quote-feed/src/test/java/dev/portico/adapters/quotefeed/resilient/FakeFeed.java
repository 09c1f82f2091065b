package dev.portico.adapters.quotefeed.resilient;

import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.quote.DailySnapshot;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A feed that counts its calls, knows every symbol except those marked unknown, and can fail or hang. */
final class FakeFeed implements QuoteFeed {

    final AtomicInteger calls = new AtomicInteger();
    final Set<Symbol> unknown = ConcurrentHashMap.newKeySet();
    volatile boolean failing;
    volatile CountDownLatch gate = new CountDownLatch(0);
    private final Clock clock;

    FakeFeed(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<FeedQuote> quote(Symbol symbol) {
        answer();
        if (unknown.contains(symbol)) {
            return Optional.empty();
        }
        Quote quote = new Quote(symbol, new BigDecimal("100.00"), "USD", clock.instant(), new BigDecimal("99.00"), "fake");
        return Optional.of(new FeedQuote(quote, false, Duration.ZERO));
    }

    @Override
    public Optional<DailySnapshot> dailySnapshot(Symbol symbol, LocalDate tradingDay) {
        answer();
        if (unknown.contains(symbol)) {
            return Optional.empty();
        }
        BigDecimal price = new BigDecimal("100.00");
        return Optional.of(new DailySnapshot(symbol, tradingDay, price, price, price, price, price, 0, "USD"));
    }

    @Override
    public FeedHealth health() {
        return new FeedHealth("fake", FeedHealth.Circuit.CLOSED, Optional.empty());
    }

    private void answer() {
        calls.incrementAndGet();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failing) {
            throw new FeedUnavailable(Duration.ofSeconds(1));
        }
    }
}
