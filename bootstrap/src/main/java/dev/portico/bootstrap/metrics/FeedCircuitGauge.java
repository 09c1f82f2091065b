package dev.portico.bootstrap.metrics;

import com.codahale.metrics.Gauge;
import dev.portico.application.quote.port.QuoteFeed;

/** The quote feed's circuit breaker as a number an alert can compare: 0 closed, 1 half-open, 2 open. */
public final class FeedCircuitGauge implements Gauge<Integer> {

    public static final String NAME = "quote.feed.circuit";

    private final QuoteFeed feed;

    public FeedCircuitGauge(QuoteFeed feed) {
        this.feed = feed;
    }

    @Override
    public Integer getValue() {
        return switch (feed.health().circuit()) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
        };
    }
}
