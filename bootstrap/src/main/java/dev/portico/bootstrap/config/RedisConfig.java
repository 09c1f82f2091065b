package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code redis:} where instances share what must be shared and fast: rate limits, cluster events,
 * stream seats, the live-quote relay and job claims. Unset, everything stays in this process. A
 * password comes only from the environment ({@code PORTICO_REDIS_PASSWORD}), never from the URL.
 */
public class RedisConfig {

    private static final Pattern URL = Pattern.compile("rediss?://[^:@/\\s]+(:\\d{1,5})?(/\\d{1,2})?");

    @JsonProperty
    private String url;

    /** Longest wait for one Redis command before the call gives up (and the caller degrades or answers 503). */
    @NotNull
    @MinDuration(value = 50, unit = TimeUnit.MILLISECONDS)
    @JsonProperty
    private Duration commandTimeout = Duration.seconds(1);

    @ValidationMethod(message = "redis.url must be redis://host[:port][/db] (no credentials: the password comes from PORTICO_REDIS_PASSWORD)")
    @JsonIgnore
    public boolean isUrlWellFormed() {
        return url == null || URL.matcher(url).matches();
    }

    public Optional<String> getUrl() {
        return Optional.ofNullable(url).filter(given -> !given.isBlank());
    }

    public Duration getCommandTimeout() {
        return commandTimeout;
    }
}
