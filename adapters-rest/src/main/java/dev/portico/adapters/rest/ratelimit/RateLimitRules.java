package dev.portico.adapters.rest.ratelimit;

import dev.portico.application.ratelimit.RateLimitPolicy;
import java.util.Map;
import java.util.Optional;

/** The configured policies by name, and the trusted proxies for finding a client's address. */
public record RateLimitRules(Map<String, RateLimitPolicy> policies, TrustedProxies trustedProxies) {

    /** The policy for authenticated calls that name no other. */
    public static final String API = "api";

    public RateLimitRules {
        policies = Map.copyOf(policies);
        if (!policies.containsKey(API)) {
            throw new IllegalArgumentException("The '" + API + "' rate limit policy is required");
        }
    }

    public RateLimitPolicy policy(String name) {
        return Optional.ofNullable(policies.get(name))
                .orElseThrow(() -> new IllegalArgumentException("No rate limit policy named '" + name + "'"));
    }
}
