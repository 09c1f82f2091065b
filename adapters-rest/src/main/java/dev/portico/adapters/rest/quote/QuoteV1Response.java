package dev.portico.adapters.rest.quote;

import dev.portico.adapters.rest.json.Timestamps;
import dev.portico.application.quote.FeedQuote;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** v1 quote: the price as a JSON number. */
@Schema(name = "QuoteV1", description = "The latest price (v1: a JSON number).")
public record QuoteV1Response(
        @Schema(example = "CSCO") String symbol,
        @Schema(example = "62.45") BigDecimal price,
        @Schema(example = "USD") String currency,
        @Schema(description = "When the price was current, RFC 3339 UTC.", example = "2026-03-02T14:30:00Z") String timestamp) {

    static QuoteV1Response from(FeedQuote feedQuote) {
        return new QuoteV1Response(feedQuote.quote().symbol().value(), feedQuote.quote().price(),
                feedQuote.quote().currency(), Timestamps.format(feedQuote.quote().asOf()));
    }
}
