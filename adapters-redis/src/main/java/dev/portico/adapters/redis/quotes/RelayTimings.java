package dev.portico.adapters.redis.quotes;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the leader's lease lasts, how often every instance renews what it holds (the lease, its
 * interests) and looks at the cluster's interests, and how long an interest lives unrenewed.
 */
public record RelayTimings(Duration lease, Duration renewEvery, Duration interestTtl) {

    public static final RelayTimings DEFAULT = new RelayTimings(Duration.ofSeconds(5), Duration.ofSeconds(1),
            Duration.ofSeconds(15));

    public RelayTimings {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(renewEvery, "renewEvery");
        Objects.requireNonNull(interestTtl, "interestTtl");
        if (renewEvery.isNegative() || renewEvery.isZero()) {
            throw new IllegalArgumentException("renewEvery must be positive, got " + renewEvery);
        }
        if (lease.compareTo(renewEvery.multipliedBy(2)) < 0 || interestTtl.compareTo(renewEvery.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("The lease and the interest ttl outlast at least two renewals");
        }
    }
}
