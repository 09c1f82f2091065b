package dev.portico.adapters.rest.filter;

import dev.portico.adapters.rest.headers.SecurityHeaders.Header;
import java.util.List;
import java.util.Set;

/**
 * The CORS allow-list and the headers it grants, for the servlet filter and for the handlers that
 * answer in front of it. An origin that is not listed (and {@code null}, which is never listable)
 * gets no CORS headers at all, so browsers refuse the cross-origin read.
 */
public final class CorsPolicy {

    static final String ALLOWED_METHODS = "GET, POST, PATCH, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, X-Request-Id";
    static final String EXPOSED_HEADERS = "X-Request-Id, ETag, Location, Retry-After, RateLimit, RateLimit-Policy, "
            + "Deprecation, Sunset, Link, X-Quote-Stale";
    static final String MAX_AGE_SECONDS = "600";
    static final Header VARY_ORIGIN = new Header("Vary", "Origin");

    private final Set<String> allowedOrigins;

    public CorsPolicy(List<String> allowedOrigins) {
        this.allowedOrigins = Set.copyOf(allowedOrigins.stream().filter(origin -> !"null".equals(origin)).toList());
    }

    /** Whether any origin is allowed; without one, responses carry no CORS header, not even {@code Vary}. */
    public boolean enabled() {
        return !allowedOrigins.isEmpty();
    }

    public boolean allows(String origin) {
        return origin != null && allowedOrigins.contains(origin);
    }

    /** What a response that is not a preflight carries for a request from {@code origin} (null when none was sent). */
    public List<Header> responseHeaders(String origin) {
        if (!enabled()) {
            return List.of();
        }
        if (!allows(origin)) {
            return List.of(VARY_ORIGIN);
        }
        return List.of(VARY_ORIGIN, new Header("Access-Control-Allow-Origin", origin),
                new Header("Access-Control-Allow-Credentials", "true"),
                new Header("Access-Control-Expose-Headers", EXPOSED_HEADERS));
    }
}
