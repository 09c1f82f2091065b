package dev.portico.application.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** {@code limit} requests per {@code window}, under a name unique among the policies. */
public record RateLimitPolicy(String name, int limit, Duration window) {

    public RateLimitPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
        if (limit < 1) {
            throw new IllegalArgumentException("A rate limit allows at least 1 request, got " + limit);
        }
        if (window.toSeconds() < 1) {
            throw new IllegalArgumentException("A rate limit window is at least 1 s, got " + window);
        }
    }
}
