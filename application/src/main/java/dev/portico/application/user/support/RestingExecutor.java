package dev.portico.application.user.support;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool with a bounded queue whose threads, while work is waiting, rest after each task so
 * that they spend at most {@code dutyCycle} of their time working. A lone task runs at full speed; a
 * sustained flood of them gets a steady share of the cores and leaves the rest to everything else.
 * The rest comes after the task's caller has its result.
 */
final class RestingExecutor extends ThreadPoolExecutor {

    /** How a thread rests; tests record the rests instead of sleeping. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration rest) throws InterruptedException;
    }

    static final Pause SLEEP = rest -> TimeUnit.NANOSECONDS.sleep(rest.toNanos());

    private final double dutyCycle;
    private final Pause pause;
    private final ThreadLocal<Long> startedAt = new ThreadLocal<>();

    RestingExecutor(int threads, int queueCapacity, double dutyCycle, ThreadFactory threadFactory, Pause pause) {
        super(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity), threadFactory,
                new ThreadPoolExecutor.AbortPolicy());
        if (!(dutyCycle > 0 && dutyCycle <= 1)) {
            throw new IllegalArgumentException("A duty cycle is above 0 and at most 1, not " + dutyCycle);
        }
        this.dutyCycle = dutyCycle;
        this.pause = pause;
    }

    /** The rest after {@code worked} that keeps the working share at {@code dutyCycle}. */
    static Duration restAfter(Duration worked, double dutyCycle) {
        return Duration.ofNanos((long) (worked.toNanos() * (1 - dutyCycle) / dutyCycle));
    }

    @Override
    protected void beforeExecute(Thread thread, Runnable task) {
        startedAt.set(System.nanoTime());
    }

    @Override
    protected void afterExecute(Runnable task, Throwable failure) {
        if (dutyCycle >= 1 || getQueue().isEmpty() || isShutdown()) {
            return;
        }
        try {
            pause.pause(restAfter(Duration.ofNanos(System.nanoTime() - startedAt.get()), dutyCycle));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
