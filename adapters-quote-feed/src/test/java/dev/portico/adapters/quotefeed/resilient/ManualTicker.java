package dev.portico.adapters.quotefeed.resilient;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker that moves only when slept on or advanced, so backoffs and deadlines cost no wall-clock time. */
final class ManualTicker implements Ticker {

    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long nanos() {
        return nanos.get();
    }

    @Override
    public void sleep(Duration pause) {
        advance(pause);
    }

    void advance(Duration step) {
        nanos.addAndGet(step.toNanos());
    }
}
