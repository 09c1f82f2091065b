package dev.portico.application.stream.port;

import dev.portico.domain.quote.Quote;
import dev.portico.domain.quote.Symbol;
import java.util.function.Consumer;

/** Price updates pushed by the feed side: one subscription per symbol, however many clients watch it. */
public interface QuoteStream {

    /** Starts delivering the symbol's updates to {@code onUpdate} until the subscription is cancelled. */
    Subscription subscribe(Symbol symbol, Consumer<Quote> onUpdate);

    interface Subscription {
        void cancel();
    }
}
