package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code rateLimiter:} which store counts the requests that {@code rateLimits} allows. {@code memory}
 * keeps token buckets in this process, so each instance counts on its own; {@code redis} keeps them
 * in Redis, shared by every instance (and counts in this process while Redis is unreachable). Unset:
 * {@code redis} when {@code redis.url} is set, else {@code memory}.
 */
public class RateLimiterConfig {

    public enum Type { memory, redis }

    @JsonProperty
    private Type type;

    /** The type chosen, or the default for whether Redis is configured. */
    public Type typeFor(RedisConfig redis) {
        return type != null ? type : redis.getUrl().isPresent() ? Type.redis : Type.memory;
    }
}
