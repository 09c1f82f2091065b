package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDataSize;
import io.dropwizard.validation.MinDataSize;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** {@code stream:} the WebSocket quote stream at /api/v1/stream. */
public class StreamConfig {

    @Min(1)
    @JsonProperty
    private int maxConnectionsPerUser = 5;

    @Min(1)
    @JsonProperty
    private int maxConnections = 10_000;

    /** How often the feed is asked for each watched symbol. */
    @NotNull
    @MinDuration(value = 50, unit = TimeUnit.MILLISECONDS)
    @JsonProperty
    private Duration pollInterval = Duration.milliseconds(250);

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @JsonProperty
    private Duration authTimeout = Duration.seconds(5);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @JsonProperty
    private Duration pingInterval = Duration.seconds(30);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    @JsonProperty
    private Duration idleTimeout = Duration.seconds(120);

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @JsonProperty
    private Duration expiryGrace = Duration.seconds(30);

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @JsonProperty
    private Duration lagWarning = Duration.seconds(2);

    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @JsonProperty
    private Duration lagClose = Duration.seconds(10);

    @NotNull
    @MinDataSize(64)
    @MaxDataSize(1048576)
    @JsonProperty
    private DataSize maxMessageSize = DataSize.kibibytes(4);

    @Min(1)
    @JsonProperty
    private int maxBadMessages = 10;

    public int getMaxConnectionsPerUser() {
        return maxConnectionsPerUser;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public Duration getAuthTimeout() {
        return authTimeout;
    }

    public Duration getPingInterval() {
        return pingInterval;
    }

    public Duration getIdleTimeout() {
        return idleTimeout;
    }

    public Duration getExpiryGrace() {
        return expiryGrace;
    }

    public Duration getLagWarning() {
        return lagWarning;
    }

    public Duration getLagClose() {
        return lagClose;
    }

    public DataSize getMaxMessageSize() {
        return maxMessageSize;
    }

    public int getMaxBadMessages() {
        return maxBadMessages;
    }
}
