package dev.portico.bootstrap.outage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.adapters.persistence.postgres.PostgresTestServer;
import dev.portico.adapters.redis.testing.RedisTestServer;
import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.bootstrap.storage.StorageFactory;
import dev.portico.bootstrap.support.Http;
import dev.portico.bootstrap.support.TestApplication;
import dev.portico.bootstrap.support.TestApps;
import io.dropwizard.core.Application;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The real application configured as a cluster instance ({@code database.type: postgresql},
 * {@code redis.url}) on a PostgreSQL and a Redis of its own, so a test may stop and start either.
 * Building one skips the calling test without the servers' binaries (fails it when they are required).
 */
final class ClusteredApp implements AutoCloseable {

    /** A client that gives up after this long, so a hang fails the test instead of stalling the build. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(8);

    private final PostgresTestServer postgres;
    private final RedisTestServer redis;
    private final DropwizardTestSupport<PorticoConfiguration> app;

    private ClusteredApp(PostgresTestServer postgres, RedisTestServer redis, DropwizardTestSupport<PorticoConfiguration> app) {
        this.postgres = postgres;
        this.redis = redis;
        this.app = app;
    }

    /** Starts both servers and the application on them (Redis stopped first when {@code redisUp} is false). */
    static ClusteredApp start(boolean redisUp, ConfigOverride... extra) throws Exception {
        PostgresTestServer postgres = PostgresTestServer.startPrivate();
        RedisTestServer redis = null;
        try {
            redis = RedisTestServer.startPrivate();
            if (!redisUp) {
                redis.stop();
            }
            PostgresTestServer.Database database = postgres.createDatabase();
            List<ConfigOverride> overrides = new ArrayList<>(List.of(
                    ConfigOverride.config("database.path", TestApps.temporaryDatabase().toString()),
                    ConfigOverride.config("database.type", "postgresql"),
                    ConfigOverride.config("database.url", database.url()),
                    ConfigOverride.config("database.user", database.user()),
                    ConfigOverride.config("redis.url", redis.url()),
                    ConfigOverride.config("visits.flushInterval", "100ms")));
            overrides.addAll(List.of(extra));
            Map<String, String> variables = Map.of(StorageFactory.DB_PASSWORD, database.password());
            DropwizardTestSupport<PorticoConfiguration> app = new DropwizardTestSupport<>(TestApplication.class,
                    ResourceHelpers.resourceFilePath("test-config.yml"), overrides.toArray(ConfigOverride[]::new)) {
                @Override
                public Application<PorticoConfiguration> newApplication() {
                    return new TestApplication(variables);
                }
            };
            app.before();
            return new ClusteredApp(postgres, redis, app);
        } catch (Exception | Error failure) {
            if (redis != null) {
                redis.close();
            }
            postgres.close();
            throw failure;
        }
    }

    PostgresTestServer postgres() {
        return postgres;
    }

    RedisTestServer redis() {
        return redis;
    }

    /** A client of the public port. */
    Http http() {
        return new Http(app.getLocalPort());
    }

    /** A client of the admin port. */
    Http admin() {
        return new Http(app.getAdminPort());
    }

    Http.Reply pulse() {
        Http http = http();
        return http.send(http.request("/api/v1/pulse").timeout(CLIENT_TIMEOUT).GET());
    }

    /** The value of a gauge on the admin metrics. */
    long gauge(String name) {
        JsonNode value = admin().get("/metrics").json().path("gauges").path(name).path("value");
        if (!value.isNumber()) {
            throw new AssertionError("No gauge " + name + " on the admin metrics");
        }
        return value.asLong();
    }

    /** Asks until the answer satisfies {@code done}, failing with the last answer after {@code deadline}. */
    static <T> T poll(Supplier<T> ask, Predicate<T> done, Duration deadline, String what) {
        long end = System.nanoTime() + deadline.toNanos();
        T last = ask.get();
        while (!done.test(last)) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("Still not " + what + " after " + deadline + "; last: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, interrupted);
            }
            last = ask.get();
        }
        return last;
    }

    @Override
    public void close() {
        try {
            app.after();
        } finally {
            try {
                redis.close();
            } finally {
                postgres.close();
            }
        }
    }
}
