package dev.portico.adapters.quotefeed.resilient;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link ResilientQuoteFeed} protects its provider and its callers. {@code callsPerSecond} is a
 * client-side limit kept under the provider's quota (Finnhub's free tier allows 30 a second);
 * {@code permitWait} is how long a call may wait for a permit before it counts as unavailable.
 */
public record ResilienceSettings(Duration cacheTtl, Duration maxStaleAge, Duration callTimeout, int maxRetries,
        Duration retryBackoff, int callsPerSecond, Duration permitWait, CircuitSettings circuit) {

    public ResilienceSettings {
        positive(cacheTtl, "cacheTtl");
        positive(maxStaleAge, "maxStaleAge");
        positive(callTimeout, "callTimeout");
        positive(retryBackoff, "retryBackoff");
        Objects.requireNonNull(permitWait, "permitWait");
        Objects.requireNonNull(circuit, "circuit");
        if (maxRetries < 0 || callsPerSecond < 1 || permitWait.isNegative()) {
            throw new IllegalArgumentException("maxRetries >= 0, callsPerSecond >= 1 and permitWait >= 0");
        }
    }

    public static ResilienceSettings defaults() {
        return new ResilienceSettings(Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofSeconds(3), 2,
                Duration.ofMillis(100), 30, Duration.ofMillis(100), CircuitSettings.defaults());
    }

    /** The circuit breaker: opens when {@code failureRateThreshold} percent of the last calls failed. */
    public record CircuitSettings(float failureRateThreshold, int slidingWindowSize, int minimumNumberOfCalls,
            Duration waitInOpenState, int permittedCallsInHalfOpen) {

        public CircuitSettings {
            positive(waitInOpenState, "waitInOpenState");
            if (failureRateThreshold <= 0 || failureRateThreshold > 100 || slidingWindowSize < 1
                    || minimumNumberOfCalls < 1 || permittedCallsInHalfOpen < 1) {
                throw new IllegalArgumentException("Invalid circuit breaker settings");
            }
        }

        public static CircuitSettings defaults() {
            return new CircuitSettings(50, 20, 5, Duration.ofSeconds(30), 3);
        }
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " is positive");
        }
    }
}
