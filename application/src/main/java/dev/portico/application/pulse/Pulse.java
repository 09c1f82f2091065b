package dev.portico.application.pulse;

import dev.portico.application.quote.FeedHealth;
import java.time.Duration;

/**
 * What the service says about itself: overall status, version, uptime, the state of its store and of
 * its quote feed. Down when the store is; degraded when only the feed is.
 */
public record Pulse(Status status, String version, Duration uptime, boolean databaseReachable, FeedHealth quoteFeed) {

    public enum Status { OK, DEGRADED, DOWN }
}
