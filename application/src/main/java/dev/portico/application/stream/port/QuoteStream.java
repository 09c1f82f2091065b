package dev.portico.application.stream.port;

import dev.portico.application.stream.StreamQuote;
import dev.portico.domain.quote.Symbol;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Price updates pushed by the feed side: one subscription per symbol, however many clients watch it.
 * Each update carries the symbol's sequence number, which only goes up for as long as the stream
 * lives, whoever subscribes or cancels; a stream shared by several instances gives every instance
 * the same number for the same update.
 */
public interface QuoteStream {

    /** Starts delivering the symbol's updates to {@code onUpdate} until the subscription is cancelled. */
    Subscription subscribe(Symbol symbol, Consumer<StreamQuote> onUpdate);

    /** The symbol's latest update, if the stream has delivered one. */
    Optional<StreamQuote> last(Symbol symbol);

    interface Subscription {
        void cancel();
    }
}
