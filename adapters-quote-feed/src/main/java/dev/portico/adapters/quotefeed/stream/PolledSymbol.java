package dev.portico.adapters.quotefeed.stream;

import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.domain.quote.Symbol;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One polled symbol and its subscribers. A failing symbol is logged once at warn, then at debug until it recovers. */
final class PolledSymbol {

    private static final Logger LOG = LoggerFactory.getLogger(PolledSymbol.class);

    private final Symbol symbol;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private boolean failing;

    PolledSymbol(Symbol symbol) {
        this.symbol = symbol;
    }

    void add(Subscriber subscriber) {
        subscribers.add(subscriber);
    }

    /** Removes the subscriber; true when none is left. */
    boolean remove(Subscriber subscriber) {
        subscribers.remove(subscriber);
        return subscribers.isEmpty();
    }

    /** Runs on the poller thread only. */
    void poll(QuoteFeed feed) {
        Optional<FeedQuote> answer;
        try {
            answer = feed.quote(symbol);
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        if (failing) {
            failing = false;
            LOG.info("Polling {} works again", symbol);
        }
        answer.ifPresent(found -> {
            for (Subscriber subscriber : subscribers) {
                subscriber.offer(found.quote());
            }
        });
    }

    private void failed(RuntimeException e) {
        if (failing) {
            LOG.debug("Polling {} still fails: {}", symbol, e.toString());
        } else {
            failing = true;
            LOG.warn("Polling {} failed, retrying every tick: {}", symbol, e.toString());
        }
    }
}
