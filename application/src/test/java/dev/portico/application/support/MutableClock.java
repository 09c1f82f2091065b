package dev.portico.application.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock tests move by hand, so time-dependent rules are tested without sleeping: stopped at an
 * instant ({@link #MutableClock(Instant)}), or running with the system clock ({@link #running()}) for a
 * whole application under test; either way {@link #advance}, {@link #set} and {@link #reset} move it.
 * Safe to read from other threads.
 */
public final class MutableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public MutableClock(Instant start) {
        this(Clock.fixed(start, ZoneOffset.UTC));
    }

    private MutableClock(Clock base) {
        this.base = base;
    }

    /** The system clock plus an offset that tests move. */
    public static MutableClock running() {
        return new MutableClock(Clock.systemUTC());
    }

    public void advance(Duration step) {
        offset.updateAndGet(current -> current.plus(step));
    }

    public void set(Instant instant) {
        offset.set(Duration.between(base.instant(), instant));
    }

    /** Back to where it started (or, running, to the system time). */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
