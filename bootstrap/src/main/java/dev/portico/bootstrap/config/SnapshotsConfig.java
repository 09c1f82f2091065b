package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** {@code snapshots:} the market's time zone, when the daily capture runs, and which symbols it stores. */
public class SnapshotsConfig {

    @NotEmpty
    @JsonProperty
    private String zone = "America/New_York";

    /** Local time in {@code zone}, on weekdays; after the 16:00 close by default. */
    @NotNull
    @JsonProperty
    private LocalTime captureAt = LocalTime.of(16, 30);

    @NotNull
    @JsonProperty
    private List<String> trackedSymbols = new ArrayList<>(List.of(
            "AAPL", "MSFT", "GOOGL", "AMZN", "NVDA", "META", "TSLA", "BRK.B", "JPM", "CSCO"));

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }

    public LocalTime getCaptureAt() {
        return captureAt;
    }

    public List<String> getTrackedSymbols() {
        return trackedSymbols;
    }
}
