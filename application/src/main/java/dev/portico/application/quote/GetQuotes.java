package dev.portico.application.quote;

import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.domain.error.FeedUnavailable;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.quote.Symbol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quotes of up to 50 symbols. One unknown or unavailable symbol never fails the batch: it is listed
 * in {@code notFound} or {@code unavailable}. Only when the feed can answer for none of them is the
 * whole request unavailable. A symbol asked twice (in any spelling) is answered once.
 */
public final class GetQuotes {

    public static final int MAX_SYMBOLS = 50;
    public static final String FIELD = "symbols";

    private final QuoteFeed feed;

    public GetQuotes(QuoteFeed feed) {
        this.feed = feed;
    }

    public Batch get(List<String> requested) {
        if (requested.isEmpty()) {
            throw new InvalidInputException(FIELD, "symbols must list 1 to " + MAX_SYMBOLS + " symbols, comma-separated");
        }
        if (requested.size() > MAX_SYMBOLS) {
            throw new InvalidInputException(FIELD, "symbols may list at most " + MAX_SYMBOLS + " symbols; got "
                    + requested.size());
        }
        Map<Symbol, String> symbols = new LinkedHashMap<>();
        for (String raw : requested) {
            try {
                symbols.putIfAbsent(Symbol.parse(raw), raw);
            } catch (InvalidInputException invalid) {
                throw new InvalidInputException(FIELD, "Invalid ticker symbol '" + (raw == null ? "" : raw.strip()) + "'");
            }
        }
        List<Item> items = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        FeedUnavailable lastFailure = null;
        for (Map.Entry<Symbol, String> symbol : symbols.entrySet()) {
            try {
                Optional<FeedQuote> quote = feed.quote(symbol.getKey());
                if (quote.isPresent()) {
                    items.add(new Item(symbol.getValue(), quote.get()));
                } else {
                    notFound.add(symbol.getValue());
                }
            } catch (FeedUnavailable down) {
                unavailable.add(symbol.getValue());
                lastFailure = down;
            }
        }
        if (lastFailure != null && items.isEmpty() && notFound.isEmpty()) {
            throw lastFailure;
        }
        return new Batch(items, notFound, unavailable);
    }

    /** One answered symbol, with the spelling it was asked in. */
    public record Item(String requested, FeedQuote quote) {
    }

    public record Batch(List<Item> items, List<String> notFound, List<String> unavailable) {

        public Batch {
            items = List.copyOf(items);
            notFound = List.copyOf(notFound);
            unavailable = List.copyOf(unavailable);
        }
    }
}
