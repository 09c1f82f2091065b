package dev.portico.adapters.rest.quote;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A batch of v2 quotes; unknown and unavailable symbols are listed, never failing the batch. */
@Schema(name = "QuotesV2", description = "Quotes for several symbols.")
public record QuotesV2Response(
        List<QuoteV2Response> items,
        @Schema(description = "Symbols the feed does not know, as asked.", example = "[\"ZZZZ\"]") List<String> notFound,
        @Schema(description = "Symbols the feed could not answer for right now and had no usable cached price for.",
                example = "[]") List<String> unavailable) {
}
