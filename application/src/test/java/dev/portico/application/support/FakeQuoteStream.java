package dev.portico.application.support;

import dev.portico.application.stream.StreamQuote;
import dev.portico.application.stream.port.QuoteStream;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A stream the test drives: it counts subscriptions and cancellations per symbol and pushes quotes to
 * the live subscribers of their symbol, numbered per symbol. Held to {@code QuoteStreamContract} by
 * {@code FakeQuoteStreamTest}.
 */
public final class FakeQuoteStream implements QuoteStream {

    private final Map<Symbol, Map<Object, Consumer<StreamQuote>>> live = new ConcurrentHashMap<>();
    private final Map<Symbol, AtomicInteger> subscribes = new ConcurrentHashMap<>();
    private final Map<Symbol, AtomicInteger> cancels = new ConcurrentHashMap<>();
    private final Map<Symbol, StreamQuote> last = new ConcurrentHashMap<>();

    @Override
    public Subscription subscribe(Symbol symbol, Consumer<StreamQuote> onUpdate) {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(onUpdate, "onUpdate");
        counter(subscribes, symbol).incrementAndGet();
        Object key = new Object();
        live.computeIfAbsent(symbol, s -> new ConcurrentHashMap<>()).put(key, onUpdate);
        return () -> {
            counter(cancels, symbol).incrementAndGet();
            live.getOrDefault(symbol, Map.of()).remove(key);
        };
    }

    @Override
    public Optional<StreamQuote> last(Symbol symbol) {
        return Optional.ofNullable(last.get(symbol));
    }

    /**
     * Numbers the quote as its symbol's next update and hands it to every live subscriber of its
     * symbol; one that throws does not stop the others.
     */
    public synchronized void push(Quote quote) {
        StreamQuote update = last.compute(quote.symbol(),
                (symbol, previous) -> new StreamQuote(quote, previous == null ? 1 : previous.seq() + 1));
        for (Consumer<StreamQuote> consumer : live.getOrDefault(quote.symbol(), Map.of()).values()) {
            try {
                consumer.accept(update);
            } catch (RuntimeException subscriberFailed) {
                // As the adapter does (it logs): a broken subscriber is its own problem.
            }
        }
    }

    public int subscribes(Symbol symbol) {
        return counter(subscribes, symbol).get();
    }

    public int cancels(Symbol symbol) {
        return counter(cancels, symbol).get();
    }

    /** Subscriptions of the symbol not yet cancelled. */
    public int active(Symbol symbol) {
        return live.getOrDefault(symbol, Map.of()).size();
    }

    private static AtomicInteger counter(Map<Symbol, AtomicInteger> counts, Symbol symbol) {
        return counts.computeIfAbsent(symbol, s -> new AtomicInteger());
    }
}
