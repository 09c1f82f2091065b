package dev.portico.adapters.quotefeed.stream;

import dev.portico.domain.quote.Quote;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One consumer of a polled symbol and the last quote it was given. */
final class Subscriber {

    private static final Logger LOG = LoggerFactory.getLogger(Subscriber.class);

    private final Consumer<Quote> onUpdate;
    private volatile boolean active = true;
    private Quote last;

    Subscriber(Consumer<Quote> onUpdate) {
        this.onUpdate = onUpdate;
    }

    void cancel() {
        active = false;
    }

    /**
     * Runs on the poller thread only; passes the quote on when its price differs from the last one. A
     * new time alone is not an update: feeds stamp every answer with the time they gave it, and each
     * update costs every watching client a message and a sequence number.
     */
    void offer(Quote quote) {
        if (!active || !changed(quote)) {
            return;
        }
        last = quote;
        try {
            onUpdate.accept(quote);
        } catch (RuntimeException e) {
            LOG.warn("A quote stream subscriber failed on {}", quote.symbol(), e);
        }
    }

    private boolean changed(Quote quote) {
        return last == null || last.price().compareTo(quote.price()) != 0;
    }
}
