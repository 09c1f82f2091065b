package dev.portico.adapters.quotefeed.resilient;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The monotonic time upstream calls are measured in: each call's deadline and duration are read from it,
 * and the backoff between retries is slept on it, so tests drive it instead of waiting.
 */
public interface Ticker {

    /** Nanoseconds from an arbitrary origin, never going back. */
    long nanos();

    void sleep(Duration pause) throws InterruptedException;

    /** {@link System#nanoTime()} and a real sleep. */
    static Ticker system() {
        return new Ticker() {
            @Override
            public long nanos() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration pause) throws InterruptedException {
                TimeUnit.NANOSECONDS.sleep(pause.toNanos());
            }
        };
    }
}
