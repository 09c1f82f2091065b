package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/**
 * {@code rateLimiter:} which store counts the requests that {@code rateLimits} allows. {@code memory}
 * keeps token buckets in this process, so each instance counts on its own.
 */
public class RateLimiterConfig {

    public enum Type { memory }

    @NotNull
    @JsonProperty
    private Type type = Type.memory;

    public Type getType() {
        return type;
    }
}
