package dev.portico.application.pulse;

import dev.portico.application.pulse.port.StorageHealth;
import dev.portico.application.quote.FeedHealth;
import dev.portico.application.quote.port.QuoteFeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Use case: report whether the service can do its work, checking the store for real. */
public final class CheckPulse {

    private final StorageHealth storage;
    private final Optional<StorageHealth> sharedState;
    private final QuoteFeed feed;
    private final Clock clock;
    private final Instant startedAt;
    private final String version;

    public CheckPulse(StorageHealth storage, QuoteFeed feed, Clock clock, String version) {
        this(storage, Optional.empty(), feed, clock, version);
    }

    /** Also checks the store instances share state through, when there is one. */
    public CheckPulse(StorageHealth storage, Optional<StorageHealth> sharedState, QuoteFeed feed, Clock clock,
            String version) {
        this.storage = storage;
        this.sharedState = sharedState;
        this.feed = feed;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.version = version;
    }

    public Pulse check() {
        boolean databaseReachable = storage.isReachable();
        Optional<Boolean> sharedStateReachable = sharedState.map(StorageHealth::isReachable);
        FeedHealth quoteFeed = feed.health();
        Pulse.Status status = !databaseReachable ? Pulse.Status.DOWN
                : quoteFeed.isHealthy() && sharedStateReachable.orElse(true) ? Pulse.Status.OK : Pulse.Status.DEGRADED;
        Duration uptime = Duration.between(startedAt, clock.instant());
        return new Pulse(status, version, uptime, databaseReachable, sharedStateReachable, quoteFeed);
    }
}
