package dev.portico.adapters.rest.pulse;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portico.application.pulse.Pulse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;

/** The public health summary of {@code GET /api/v1/pulse}. */
@Schema(name = "Pulse", description = "Whether the service can do its work right now.")
public record PulseResponse(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ok", allowableValues = {"ok", "degraded", "down"})
        String status,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "0.1.0")
        String version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "3600", description = "Whole seconds since start-up.")
        long uptimeSeconds,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
        Checks checks) {

    @Schema(name = "PulseChecks", description = "One entry per dependency, each checked for real.")
    public record Checks(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ok", allowableValues = {"ok", "down"},
                    description = "Result of a real query against the store.")
            String database,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(example = "ok", allowableValues = {"ok", "down"}, description = "Only when instances share state "
                    + "through Redis: a real command against it. Down makes the status degraded: limits then "
                    + "count per instance and new stream connections wait.")
            String redis,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The quote feed: its circuit breaker "
                    + "and the age of its last good answer.")
            QuoteFeedCheck quoteFeed) {
    }

    @Schema(name = "PulseQuoteFeed", description = "ok while the feed's circuit is closed or half open; degraded when open.")
    public record QuoteFeedCheck(
            @Schema(example = "ok", allowableValues = {"ok", "degraded"}) String status,
            @Schema(example = "closed", allowableValues = {"closed", "half_open", "open"}) String circuit,
            @Schema(example = "120", nullable = true, description = "Milliseconds since the feed last answered; null "
                    + "before its first answer.") Long lastUpdateAgeMs) {
    }

    static PulseResponse from(Pulse pulse) {
        return new PulseResponse(
                pulse.status().name().toLowerCase(Locale.ROOT),
                pulse.version(),
                pulse.uptime().toSeconds(),
                new Checks(pulse.databaseReachable() ? "ok" : "down",
                        pulse.sharedStateReachable().map(up -> up ? "ok" : "down").orElse(null), new QuoteFeedCheck(
                        pulse.quoteFeed().isHealthy() ? "ok" : "degraded",
                        pulse.quoteFeed().circuit().wireName(),
                        pulse.quoteFeed().lastUpdateAge().map(java.time.Duration::toMillis).orElse(null))));
    }
}
