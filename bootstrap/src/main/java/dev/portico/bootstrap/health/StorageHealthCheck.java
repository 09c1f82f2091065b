package dev.portico.bootstrap.health;

import com.codahale.metrics.health.HealthCheck;
import dev.portico.application.pulse.port.StorageHealth;

/** Admin-port health check over the same port the public pulse uses, whatever store is configured. */
public final class StorageHealthCheck extends HealthCheck {

    private final StorageHealth storage;

    public StorageHealthCheck(StorageHealth storage) {
        this.storage = storage;
    }

    @Override
    protected Result check() {
        return storage.isReachable() ? Result.healthy() : Result.unhealthy("The database cannot be queried");
    }
}
