package dev.portico.application.quote;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** How the quote feed is doing: its circuit breaker's state and the age of its last good answer. */
public record FeedHealth(String source, Circuit circuit, Optional<Duration> lastUpdateAge) {

    public FeedHealth {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(lastUpdateAge, "lastUpdateAge");
    }

    public boolean isHealthy() {
        return circuit != Circuit.OPEN;
    }

    /** The circuit breaker states a client can see. */
    public enum Circuit {
        CLOSED, HALF_OPEN, OPEN;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
