package dev.portico.adapters.quotefeed.stream;

import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.application.stream.port.QuoteStream;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link QuoteStream} for feeds that can only be asked: polls each subscribed symbol every
 * interval and delivers the quote when its price or time changed. Minimal version.
 */
public final class PollingQuoteStream implements QuoteStream, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PollingQuoteStream.class);

    private final QuoteFeed feed;
    private final Duration interval;
    private final ScheduledExecutorService scheduler;

    public PollingQuoteStream(QuoteFeed feed, Duration interval) {
        this.feed = feed;
        this.interval = interval;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "quote-stream-poller");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Subscription subscribe(Symbol symbol, java.util.function.Consumer<Quote> onUpdate) {
        Quote[] last = new Quote[1];
        ScheduledFuture<?> task = scheduler.scheduleWithFixedDelay(() -> {
            try {
                Optional<Quote> quote = feed.quote(symbol).map(FeedQuote::quote);
                if (quote.isPresent() && !sameAs(last[0], quote.get())) {
                    last[0] = quote.get();
                    onUpdate.accept(quote.get());
                }
            } catch (RuntimeException failed) {
                LOG.debug("Polling {} failed; trying again next time", symbol, failed);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    private static boolean sameAs(Quote before, Quote now) {
        return before != null && before.price().compareTo(now.price()) == 0 && before.asOf().equals(now.asOf());
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
