package dev.portico.application.quote;

import dev.portico.domain.quote.Quote;
import java.time.Duration;
import java.util.Objects;

/** A quote as the feed could give it: fresh, or served from cache after the feed failed ({@code stale}). */
public record FeedQuote(Quote quote, boolean stale, Duration age) {

    public FeedQuote {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(age, "age");
        age = age.isNegative() ? Duration.ZERO : age;
    }
}
