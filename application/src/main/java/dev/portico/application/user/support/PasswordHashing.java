package dev.portico.application.user.support;

import dev.portico.application.user.port.PasswordHasher;
import dev.portico.domain.error.PasswordHashingSaturated;
import dev.portico.domain.user.Password;
import dev.portico.domain.user.PasswordHash;
import dev.portico.domain.user.Username;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the deliberately slow password work (the hash, and a new password's strength estimate) on a
 * few dedicated threads with a short bounded queue. When both are full the caller is refused at once
 * with {@link PasswordHashingSaturated} instead of waiting, so a flood of logins cannot take every
 * request thread; {@link #saturated()} lets an adapter refuse before it even reads the request.
 * Also keeps one hash of a random password so that a login for an unknown user costs the same work
 * as a wrong password.
 */
public final class PasswordHashing implements AutoCloseable {

    private static final Duration MIN_RETRY_AFTER = Duration.ofSeconds(1);

    private final PasswordHasher hasher;
    private final ThreadPoolExecutor executor;
    private final int threads;
    private final int queueCapacity;
    private final double dutyCycle;
    /** Tasks submitted and not yet finished: the running ones and the queued ones. */
    private final AtomicInteger pending = new AtomicInteger();
    /** Requests let in by {@link #tryAdmit()} and not yet {@link #release() released}. */
    private final AtomicInteger admitted = new AtomicInteger();
    private final AtomicLong averageNanos = new AtomicLong();
    private final Future<PasswordHash> nobodysHash;

    /** Threads that hash without pause. */
    public PasswordHashing(PasswordHasher hasher, int threads, int queueCapacity) {
        this(hasher, threads, queueCapacity, 1.0);
    }

    /**
     * While hashes are queued, each thread hashes {@code dutyCycle} of its time (above 0, at most 1)
     * and rests the rest, so a flood takes that share of a core per thread and no more.
     */
    public PasswordHashing(PasswordHasher hasher, int threads, int queueCapacity, double dutyCycle) {
        this(hasher, threads, queueCapacity, dutyCycle, RestingExecutor.SLEEP);
    }

    PasswordHashing(PasswordHasher hasher, int threads, int queueCapacity, double dutyCycle,
            RestingExecutor.Pause pause) {
        if (threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("Password hashing needs at least 1 thread and 1 queue slot");
        }
        this.hasher = hasher;
        this.threads = threads;
        this.queueCapacity = queueCapacity;
        this.dutyCycle = dutyCycle;
        this.executor = new RestingExecutor(threads, queueCapacity, dutyCycle, new HashingThreads(), pause);
        this.nobodysHash = executor.submit(() -> hasher.hash(new Password(UUID.randomUUID().toString())));
    }

    public PasswordHash hash(Password password) {
        return run(() -> hasher.hash(password));
    }

    public boolean matches(Password password, PasswordHash hash) {
        return run(() -> hasher.matches(password, hash));
    }

    /** Spends exactly the work of a real check, against a hash no password is known to match. */
    public void matchNobody(Password password) {
        PasswordHash decoy = await(nobodysHash);
        run(() -> hasher.matches(password, decoy));
    }

    /** Runs a new password's strength check on the pool: it costs milliseconds of CPU, like a small hash. */
    public void checkStrength(PasswordPolicy policy, Username username, Password password) {
        run(() -> {
            policy.check(username, password);
            return null;
        });
    }

    public boolean needsRehash(PasswordHash hash) {
        return hasher.needsRehash(hash);
    }

    /** Hashes waiting for a thread right now. */
    public int queued() {
        return executor.getQueue().size();
    }

    /** Hashes running or waiting right now. */
    public int pending() {
        return pending.get();
    }

    /**
     * Reserves room for one request's password work, one task at a time, until {@link #release()}:
     * false when the requests already let in, or the tasks already running and queued, fill every
     * thread and queue slot. A gate in front of the request parser uses it, so that a flood's
     * requests are refused before any of them is parsed, not after a burst of them slipped in
     * through a freed slot.
     */
    public boolean tryAdmit() {
        int capacity = threads + queueCapacity;
        while (true) {
            int now = admitted.get();
            if (now >= capacity || pending.get() >= capacity) {
                return false;
            }
            if (admitted.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /** Requests let in by {@link #tryAdmit()} and not answered yet. */
    public int admitted() {
        return admitted.get();
    }

    /** Gives back what {@link #tryAdmit()} reserved, once the request is answered. */
    public void release() {
        admitted.decrementAndGet();
    }

    /** Whether a hash asked for now would be refused: every thread is busy and the queue is full. */
    public boolean saturated() {
        return pending.get() >= threads + queueCapacity;
    }

    /** Long enough for everything queued now to have run, and at least 1 s. */
    public Duration retryAfter() {
        long backlogNanos = (long) (averageNanos.get() * (queueCapacity + threads) / threads / dutyCycle);
        Duration backlog = Duration.ofNanos(backlogNanos);
        return backlog.compareTo(MIN_RETRY_AFTER) < 0 ? MIN_RETRY_AFTER : backlog;
    }

    /** The moving average time of one hash, zero before the first one. */
    public Duration averageHashTime() {
        return Duration.ofNanos(averageNanos.get());
    }

    /**
     * Stops the threads. Hashes still waiting in the queue are cancelled, so their callers get an
     * error instead of waiting forever for a result that will never come.
     */
    @Override
    public void close() {
        for (Runnable neverRun : executor.shutdownNow()) {
            if (neverRun instanceof Future<?> pending) {
                pending.cancel(false);
            }
        }
    }

    private <T> T run(Callable<T> work) {
        if (pending.incrementAndGet() > threads + queueCapacity) {
            pending.decrementAndGet();
            throw refusal();
        }
        Future<T> result;
        try {
            result = executor.submit(() -> {
                try {
                    return timed(work);
                } finally {
                    pending.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException saturated) {
            pending.decrementAndGet();
            throw refusal();
        }
        return await(result);
    }

    private PasswordHashingSaturated refusal() {
        return new PasswordHashingSaturated(threads, queueCapacity, retryAfter());
    }

    private <T> T timed(Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T value = work.call();
        long took = System.nanoTime() - start;
        averageNanos.updateAndGet(average -> average == 0 ? took : (average * 7 + took) / 8);
        return value;
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException interrupted) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a password hash", interrupted);
        } catch (CancellationException shutDown) {
            throw new IllegalStateException("Password hashing was shut down", shutDown);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Password hashing failed", failed.getCause());
        }
    }

    private static final class HashingThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "password-hashing-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        }
    }
}
