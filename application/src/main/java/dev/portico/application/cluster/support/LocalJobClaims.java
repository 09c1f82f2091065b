package dev.portico.application.cluster.support;

import dev.portico.application.cluster.port.JobClaims;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Job claims of a cluster of one: the process is its own cluster, so the only competitor for a job is
 * an earlier claim of it in this process, which holds for its {@code holdFor} as it would in a cluster.
 */
public final class LocalJobClaims implements JobClaims {

    private final Map<String, Long> heldUntilNanos = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    public LocalJobClaims() {
        this(System::nanoTime);
    }

    /** Reads the time, in nanoseconds from any fixed origin, from {@code nanoTime}. */
    public LocalJobClaims(LongSupplier nanoTime) {
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public boolean claim(String job, Duration holdFor) {
        Objects.requireNonNull(job, "job");
        if (holdFor == null || holdFor.isNegative() || holdFor.isZero()) {
            throw new IllegalArgumentException("A job is claimed for a positive time, got " + holdFor);
        }
        AtomicBoolean claimed = new AtomicBoolean();
        heldUntilNanos.compute(job, (name, until) -> {
            long now = nanoTime.getAsLong();
            if (until != null && until - now > 0) {
                return until;
            }
            claimed.set(true);
            return now + holdFor.toNanos();
        });
        return claimed.get();
    }
}
