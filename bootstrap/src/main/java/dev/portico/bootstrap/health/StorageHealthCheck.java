package dev.portico.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import dev.portico.application.pulse.port.StorageHealth;

/** Admin-port health check over the same port the public pulse uses, whatever store is configured. */
public final class StorageHealthCheck extends HealthCheck {

    private final StorageHealth storage;
    private final String unhealthy;

    /** The database's check. */
    public StorageHealthCheck(StorageHealth storage) {
        this(storage, "The database cannot be queried");
    }

    public StorageHealthCheck(StorageHealth storage, String unhealthy) {
        this.storage = storage;
        this.unhealthy = unhealthy;
    }

    @Override
    protected Result check() {
        return storage.isReachable() ? Result.healthy() : Result.unhealthy(unhealthy);
    }
}
