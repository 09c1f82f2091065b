package dev.portico.application.pulse;

import dev.portico.application.quote.FeedHealth;
import java.time.Duration;
import java.util.Optional;

/**
 * What the service says about itself: overall status, version, uptime, the state of its store and of
 * its quote feed, and of the shared state when instances share one. Down when the store is; degraded
 * when the feed or the shared state is.
 */
public record Pulse(Status status, String version, Duration uptime, boolean databaseReachable,
        Optional<Boolean> sharedStateReachable, FeedHealth quoteFeed) {

    public enum Status { OK, DEGRADED, DOWN }
}
