package dev.portico.adapters.rest.quote;

import dev.portico.adapters.rest.json.Timestamps;
import dev.portico.application.quote.FeedQuote;
import dev.portico.domain.quote.Quote;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** v2 quote: money as decimal strings, with its source, age and staleness. */
@Schema(name = "QuoteV2", description = "The latest price; money as decimal strings.")
public record QuoteV2Response(
        @Schema(description = "Canonical symbol.", example = "BRK.B") String symbol,
        @Schema(description = "The symbol as it was asked.", example = "brk-b") String requested,
        @Schema(example = "62.45") String price,
        @Schema(example = "USD") String currency,
        @Schema(example = "2026-03-02T14:30:00Z") String asOf,
        @Schema(example = "0.35", nullable = true) String change,
        @Schema(example = "0.56", nullable = true) String changePercent,
        @Schema(example = "62.10", nullable = true) String previousClose,
        @Schema(description = "The feed that answered.", example = "simulated") String source,
        @Schema(description = "Milliseconds since the feed gave this price.", example = "412") long ageMs,
        @Schema(description = "True when the feed failed and this is the last good price, still within the "
                + "configured maximum age.", example = "false") boolean stale) {

    static QuoteV2Response from(String requested, FeedQuote feedQuote) {
        Quote quote = feedQuote.quote();
        return new QuoteV2Response(quote.symbol().value(), requested, plain(quote.price()), quote.currency(),
                Timestamps.format(quote.asOf()), quote.change().map(QuoteV2Response::plain).orElse(null),
                quote.changePercent().map(QuoteV2Response::plain).orElse(null),
                quote.previousClose() == null ? null : plain(quote.previousClose()), quote.source(),
                feedQuote.age().toMillis(), feedQuote.stale());
    }

    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
