package dev.portico.bootstrap.cluster;

import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.adapters.redis.connection.RedisSettings;
import dev.portico.adapters.redis.events.RedisClusterEvents;
import dev.portico.adapters.redis.health.RedisHealth;
import dev.portico.adapters.redis.jobs.RedisJobClaims;
import dev.portico.adapters.redis.quotes.RedisQuoteRelay;
import dev.portico.adapters.redis.quotes.RelayTimings;
import dev.portico.adapters.redis.ratelimit.RedisRateLimiter;
import dev.portico.adapters.redis.stream.RedisStreamSeats;
import dev.portico.application.cluster.support.LocalClusterEvents;
import dev.portico.application.cluster.support.LocalJobClaims;
import dev.portico.application.stream.port.QuoteStream;
import dev.portico.application.stream.support.LocalStreamSeats;
import dev.portico.bootstrap.StartupRefusedException;
import dev.portico.bootstrap.config.RedisConfig;
import dev.portico.bootstrap.lifecycle.Closing;
import io.dropwizard.core.setup.Environment;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What instances share: in this process alone without {@code redis.url}; through Redis with it (one
 * client for rate limits, events, job claims, stream seats and the quote relay, closed when the
 * server stops). Each instance names itself with a fresh id, so claims and seats tell instances apart.
 */
public final class ClusterWiring {

    /** The Redis password, read from the environment only. */
    public static final String REDIS_PASSWORD = "PORTICO_REDIS_PASSWORD";

    private static final Logger LOG = LoggerFactory.getLogger(ClusterWiring.class);

    private ClusterWiring() {
    }

    public static Cluster open(RedisConfig config, Map<String, String> environmentVariables, Environment environment) {
        Optional<String> url = config.getUrl();
        if (url.isEmpty()) {
            return new Cluster(false, new LocalClusterEvents(), new LocalJobClaims(), new LocalStreamSeats(),
                    Optional.empty(), Optional.empty(), UnaryOperator.identity());
        }
        String password = environmentVariables.get(REDIS_PASSWORD);
        if (password != null && password.isBlank()) {
            throw new StartupRefusedException(REDIS_PASSWORD + " is set but blank; unset it for a Redis without a "
                    + "password, or set the password");
        }
        Duration timeout = config.getCommandTimeout().toJavaDuration();
        RedisSettings settings = new RedisSettings(url.get(), password, timeout, timeout);
        RedisConnections redis = new RedisConnections(settings);
        String instance = UUID.randomUUID().toString();
        RedisClusterEvents events = new RedisClusterEvents(redis);
        RedisStreamSeats seats = new RedisStreamSeats(redis, instance);
        // Stopped in reverse: the seats and events go before the connections they use.
        environment.lifecycle().manage(Closing.of(redis));
        environment.lifecycle().manage(Closing.of(events));
        environment.lifecycle().manage(Closing.of(seats));
        LOG.info("Sharing state through Redis at {} as instance {}", settings.redactedUrl(), instance);
        UnaryOperator<QuoteStream> quotes = local -> {
            RedisQuoteRelay relay = new RedisQuoteRelay(redis, local, instance, RelayTimings.DEFAULT);
            environment.lifecycle().manage(Closing.of(relay));
            return relay;
        };
        return new Cluster(true, events, new RedisJobClaims(redis, instance), seats,
                Optional.of(new RedisRateLimiter(redis)), Optional.of(new RedisHealth(redis)), quotes);
    }
}
