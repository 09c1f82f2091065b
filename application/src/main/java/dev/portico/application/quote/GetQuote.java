package dev.portico.application.quote;

import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.domain.error.ResourceNotFoundException;
import dev.portico.domain.quote.Symbol;

/** The latest quote of one symbol; 404 for a symbol the feed does not know. */
public final class GetQuote {

    static final String NOT_FOUND = "Symbol not found";

    private final QuoteFeed feed;

    public GetQuote(QuoteFeed feed) {
        this.feed = feed;
    }

    public FeedQuote get(Symbol symbol) {
        return feed.quote(symbol).orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
    }
}
