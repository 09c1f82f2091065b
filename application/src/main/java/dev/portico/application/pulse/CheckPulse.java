package dev.portico.application.pulse;

import dev.portico.application.pulse.port.StorageHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Use case: report whether the service can do its work, checking the store for real. */
public final class CheckPulse {

    private final StorageHealth storage;
    private final Clock clock;
    private final Instant startedAt;
    private final String version;

    public CheckPulse(StorageHealth storage, Clock clock, String version) {
        this.storage = storage;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.version = version;
    }

    public Pulse check() {
        boolean databaseReachable = storage.isReachable();
        Pulse.Status status = databaseReachable ? Pulse.Status.OK : Pulse.Status.DOWN;
        Duration uptime = Duration.between(startedAt, clock.instant());
        return new Pulse(status, version, uptime, databaseReachable);
    }
}
