package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/** {@code visits:} the queue between redirects and the visit log. */
public class VisitsConfig {

    /** Visits waiting to be written; beyond this, visits are dropped (and counted), never the redirect. */
    @Min(1)
    @JsonProperty
    private int queueCapacity = 100_000;

    @NotNull
    @MinDuration(value = 10, unit = TimeUnit.MILLISECONDS)
    @JsonProperty
    private Duration flushInterval = Duration.milliseconds(500);

    /** Visits written per transaction. */
    @Min(1)
    @JsonProperty
    private int batchSize = 5_000;

    public int getQueueCapacity() {
        return queueCapacity;
    }

    public Duration getFlushInterval() {
        return flushInterval;
    }

    public int getBatchSize() {
        return batchSize;
    }
}
