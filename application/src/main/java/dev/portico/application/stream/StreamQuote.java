package dev.portico.application.stream;

import dev.portico.domain.quote.Quote;
import java.util.Objects;

/** A quote on its way to a client, with the symbol's update sequence number. */
public record StreamQuote(Quote quote, long seq) {

    public StreamQuote {
        Objects.requireNonNull(quote, "quote");
    }
}
