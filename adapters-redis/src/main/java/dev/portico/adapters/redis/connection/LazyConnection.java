package dev.portico.adapters.redis.connection;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulConnection;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A connection opened on first use, and again on a later use while Redis could not be reached at the
 * first. Once open, Lettuce reconnects it by itself. Callers never queue behind an attempt: while one
 * thread connects, or shortly after an attempt failed, the others fail at once.
 */
final class LazyConnection<C extends StatefulConnection<?, ?>> implements AutoCloseable {

    private static final long PAUSE_AFTER_FAILURE_NANOS = Duration.ofMillis(250).toNanos();

    private final Supplier<C> connect;
    private final String name;
    private final ReentrantLock connecting = new ReentrantLock();
    private volatile C connection;
    private volatile boolean closed;
    private long nextAttemptNanos = System.nanoTime();

    LazyConnection(String name, Supplier<C> connect) {
        this.name = name;
        this.connect = connect;
    }

    /** The open connection; throws {@code StoreUnavailable} when there is none and one cannot be had now. */
    C get() {
        C open = connection;
        if (open != null) {
            return open;
        }
        if (closed || !connecting.tryLock()) {
            throw RedisFailures.unavailable();
        }
        try {
            if (connection == null) {
                connection = attempt();
            }
            return connection;
        } finally {
            connecting.unlock();
        }
    }

    /** Connects now if not yet connected; a failure is kept quiet and tried again on first use. */
    void tryEarly() {
        try {
            get();
        } catch (RuntimeException notNow) {
            // Redis is not there yet; the first request that needs it tries again.
        }
    }

    private C attempt() {
        if (closed || System.nanoTime() - nextAttemptNanos < 0) {
            throw RedisFailures.unavailable();
        }
        try {
            return connect.get();
        } catch (RedisException failure) {
            nextAttemptNanos = System.nanoTime() + PAUSE_AFTER_FAILURE_NANOS;
            throw RedisFailures.unavailable("opening the " + name + " connection", failure);
        }
    }

    @Override
    public void close() {
        closed = true;
        connecting.lock();
        try {
            C open = connection;
            connection = null;
            if (open != null) {
                open.close();
            }
        } finally {
            connecting.unlock();
        }
    }
}
