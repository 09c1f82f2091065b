package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;

/**
 * {@code quoteFeed:} which feed; for a remote one, the cache, retries, limiter and circuit breaker around it.
 */
public class QuoteFeedConfig {

    public enum Type { simulated, finnhub }

    @NotNull
    @JsonProperty
    private Type type = Type.simulated;

    /** Seed of the simulated market's random walk: the same seed gives the same prices. */
    @JsonProperty
    private long seed = 42;

    @NotNull
    @MinDuration(value = 0, inclusive = false)
    @JsonProperty
    private Duration cacheTtl = Duration.seconds(2);

    /** How old a cached price may be and still be served, marked stale, when the feed fails. */
    @NotNull
    @MinDuration(value = 0, inclusive = false)
    @JsonProperty
    private Duration maxStaleAge = Duration.minutes(15);

    @NotNull
    @MinDuration(value = 0, inclusive = false)
    @JsonProperty
    private Duration callTimeout = Duration.seconds(3);

    @Min(0)
    @Max(5)
    @JsonProperty
    private int maxRetries = 2;

    /** Client-side limit on upstream calls, to stay inside the provider's quota. */
    @Min(1)
    @JsonProperty
    private int callsPerSecond = 30;

    @NotNull
    @MinDuration(value = 0, inclusive = false)
    @JsonProperty
    private Duration circuitOpenFor = Duration.seconds(30);

    @Valid
    @NotNull
    @JsonProperty
    private Finnhub finnhub = new Finnhub();

    @Valid
    @NotNull
    @JsonProperty
    private Simulated simulated = new Simulated();

    public Type getType() {
        return type;
    }

    public long getSeed() {
        return seed;
    }

    public Duration getCacheTtl() {
        return cacheTtl;
    }

    public Duration getMaxStaleAge() {
        return maxStaleAge;
    }

    public Duration getCallTimeout() {
        return callTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public int getCallsPerSecond() {
        return callsPerSecond;
    }

    public Duration getCircuitOpenFor() {
        return circuitOpenFor;
    }

    public Finnhub getFinnhub() {
        return finnhub;
    }

    public Simulated getSimulated() {
        return simulated;
    }

    /**
     * {@code quoteFeed.simulated:} when the simulated market trades, and how often its prices tick.
     * {@code continuous} trades around the clock, every day; {@code exchange} 09:30 to 16:00 on weekdays
     * in {@code snapshots.zone}.
     */
    public static class Simulated {

        public enum Hours { continuous, exchange }

        @NotNull
        @JsonProperty
        private Hours hours = Hours.continuous;

        @Min(1)
        @Max(50)
        @JsonProperty
        private int ticksPerSecond = 4;

        public Hours getHours() {
            return hours;
        }

        public int getTicksPerSecond() {
            return ticksPerSecond;
        }
    }

    /** {@code quoteFeed.finnhub:} the provider's base URL and request timeout; the key is FINNHUB_API_KEY. */
    public static class Finnhub {

        @NotEmpty
        @JsonProperty
        private String baseUrl = "https://finnhub.io/api/v1";

        @NotNull
        @MinDuration(value = 0, inclusive = false)
        @JsonProperty
        private Duration requestTimeout = Duration.seconds(2);

        @ValidationMethod(message = "quoteFeed.finnhub.baseUrl must be a URL, such as https://finnhub.io/api/v1")
        @JsonIgnore
        public boolean isBaseUrlAUrl() {
            try {
                return baseUrl == null || URI.create(baseUrl) != null;
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }

        public String getBaseUrl() {
            return baseUrl;
        }

        public Duration getRequestTimeout() {
            return requestTimeout;
        }
    }
}
