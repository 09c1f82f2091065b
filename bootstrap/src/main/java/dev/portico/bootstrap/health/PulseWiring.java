package dev.portico.bootstrap.health;

import dev.portico.adapters.rest.pulse.PulseResource;
import dev.portico.application.pulse.CheckPulse;
import dev.portico.application.quote.port.QuoteFeed;
import dev.portico.bootstrap.cluster.Cluster;
import dev.portico.bootstrap.storage.Storage;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;

/** Is it up: the store's admin health check, and the public pulse over the store and the feed. */
public final class PulseWiring {

    private PulseWiring() {
    }

    public static void install(Storage storage, Cluster cluster, QuoteFeed feed, String version, Environment environment,
            Clock clock) {
        environment.healthChecks().register("storage", new StorageHealthCheck(storage.health()));
        cluster.health().ifPresent(redis -> environment.healthChecks().register("redis", new StorageHealthCheck(redis,
                "Redis does not answer")));
        environment.jersey().register(new PulseResource(new CheckPulse(storage.health(), cluster.health(), feed, clock,
                version)));
    }
}
