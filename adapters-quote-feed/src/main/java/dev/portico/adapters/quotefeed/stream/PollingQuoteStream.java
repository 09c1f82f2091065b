package dev.portico.adapters.quotefeed.stream;

import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.application.stream.StreamQuote;
import dev.portico.application.stream.port.QuoteStream;
import dev.portico.domain.quote.Symbol;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link QuoteStream} for feeds that can only be asked: one task polls every subscribed symbol once
 * per interval, however many subscribers share it, and passes a quote on only when its price changed,
 * numbered with the symbol's next sequence number.
 */
public final class PollingQuoteStream implements QuoteStream, AutoCloseable {

    private final QuoteFeed feed;
    private final Map<Symbol, PolledSymbol> polled = new ConcurrentHashMap<>();
    /** Each symbol's latest update, kept while nobody subscribes, so that its sequence goes on. */
    private final Map<Symbol, StreamQuote> last = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;

    public PollingQuoteStream(QuoteFeed feed, Duration interval) {
        this.feed = Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The polling interval is positive");
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "quote-stream-poller");
            thread.setDaemon(true);
            return thread;
        });
        long nanos = interval.toNanos();
        scheduler.scheduleWithFixedDelay(this::pollAll, nanos, nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public Subscription subscribe(Symbol symbol, Consumer<StreamQuote> onUpdate) {
        Objects.requireNonNull(symbol, "symbol");
        Subscriber subscriber = new Subscriber(Objects.requireNonNull(onUpdate, "onUpdate"));
        if (scheduler.isShutdown()) {
            throw new IllegalStateException("The quote stream is closed");
        }
        polled.compute(symbol, (key, existing) -> {
            PolledSymbol entry = existing != null ? existing : new PolledSymbol(symbol, last);
            entry.add(subscriber);
            return entry;
        });
        return () -> cancel(symbol, subscriber);
    }

    @Override
    public Optional<StreamQuote> last(Symbol symbol) {
        return Optional.ofNullable(last.get(symbol));
    }

    /** Symbols polled right now. */
    int polledSymbols() {
        return polled.size();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        polled.clear();
    }

    private void cancel(Symbol symbol, Subscriber subscriber) {
        subscriber.cancel();
        polled.computeIfPresent(symbol, (key, entry) -> entry.remove(subscriber) ? null : entry);
    }

    private void pollAll() {
        for (PolledSymbol entry : polled.values()) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            entry.poll(feed);
        }
    }
}
