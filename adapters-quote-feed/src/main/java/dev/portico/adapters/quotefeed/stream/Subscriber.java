package dev.portico.adapters.quotefeed.stream;

import dev.portico.application.stream.StreamQuote;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One consumer of a polled symbol. */
final class Subscriber {

    private static final Logger LOG = LoggerFactory.getLogger(Subscriber.class);

    private final Consumer<StreamQuote> onUpdate;
    private volatile boolean active = true;

    Subscriber(Consumer<StreamQuote> onUpdate) {
        this.onUpdate = onUpdate;
    }

    void cancel() {
        active = false;
    }

    /** Runs on the poller thread only. */
    void offer(StreamQuote update) {
        if (!active) {
            return;
        }
        try {
            onUpdate.accept(update);
        } catch (RuntimeException e) {
            LOG.warn("A quote stream subscriber failed on {}", update.quote().symbol(), e);
        }
    }
}
