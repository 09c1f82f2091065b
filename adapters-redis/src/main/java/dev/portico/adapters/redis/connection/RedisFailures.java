package dev.portico.adapters.redis.connection;

import dev.portico.domain.error.StoreUnavailable;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns whatever Redis failed with into the one error the core knows, {@link StoreUnavailable} of the
 * shared state, and says so in the log at most every few seconds: an outage fails every request, and
 * one line per request would drown the log.
 */
public final class RedisFailures {

    /** What a client is told to wait: Redis reconnects within about a second once it is back. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();
    private static final Logger LOG = LoggerFactory.getLogger(RedisFailures.class);
    private static final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    private RedisFailures() {
    }

    /** The error for a port's caller; {@code cause} goes to the log, never further. */
    public static StoreUnavailable unavailable(String doing, RuntimeException cause) {
        if (cause instanceof StoreUnavailable already) {
            return already;
        }
        long last = lastLogged.get();
        long now = System.nanoTime();
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.warn("Redis unavailable while {}: {}", doing, cause.toString());
        }
        return unavailable();
    }

    public static StoreUnavailable unavailable() {
        return new StoreUnavailable(StoreUnavailable.Store.SHARED_STATE, RETRY_AFTER);
    }
}
