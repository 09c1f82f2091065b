package dev.portico.application.quote;

import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.domain.error.UnknownSymbol;
import dev.portico.domain.quote.Symbol;

/** The latest quote of one symbol; {@link UnknownSymbol} for a symbol the feed does not know. */
public final class GetQuote {

    private final QuoteFeed feed;

    public GetQuote(QuoteFeed feed) {
        this.feed = feed;
    }

    public FeedQuote get(Symbol symbol) {
        return feed.quote(symbol).orElseThrow(() -> new UnknownSymbol(symbol.value()));
    }
}
