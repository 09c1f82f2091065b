package dev.portico.adapters.quotefeed.stream;

import dev.portico.application.quote.FeedQuote;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.application.stream.StreamQuote;
import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.util.List;
import java.util.Map;
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

    private final Map<Symbol, StreamQuote> last;

    /** {@code last} holds every symbol's latest update, kept by the stream beyond this entry's life. */
    PolledSymbol(Symbol symbol, Map<Symbol, StreamQuote> last) {
        this.symbol = symbol;
        this.last = last;
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
        answer.map(FeedQuote::quote).filter(this::changed).ifPresent(quote -> {
            StreamQuote previous = last.get(symbol);
            StreamQuote update = new StreamQuote(quote, previous == null ? 1 : previous.seq() + 1);
            last.put(symbol, update);
            for (Subscriber subscriber : subscribers) {
                subscriber.offer(update);
            }
        });
    }

    /**
     * Whether the price differs from the last update's. A new time alone is not an update: feeds stamp
     * every answer with the time they gave it, and each update costs every watching client a message
     * and a sequence number.
     */
    private boolean changed(Quote quote) {
        StreamQuote previous = last.get(symbol);
        return previous == null || previous.quote().price().compareTo(quote.price()) != 0;
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
