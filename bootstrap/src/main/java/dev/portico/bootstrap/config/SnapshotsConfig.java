package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.quote.Symbol;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
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
    private List<@NotNull String> trackedSymbols = new ArrayList<>(List.of(
            "AAPL", "MSFT", "GOOGL", "AMZN", "NVDA", "META", "TSLA", "BRK.B", "JPM", "CSCO"));

    @ValidationMethod(message = "snapshots.zone must be a time zone ID, such as America/New_York")
    @JsonIgnore
    public boolean isZoneKnown() {
        try {
            return zone == null || ZoneId.of(zone) != null;
        } catch (DateTimeException unknown) {
            return false;
        }
    }

    @ValidationMethod(message = "snapshots.trackedSymbols must list ticker symbols only, such as AAPL or BRK.B")
    @JsonIgnore
    public boolean isEveryTrackedSymbolValid() {
        return trackedSymbols == null || trackedSymbols.stream().allMatch(SnapshotsConfig::isSymbol);
    }

    /** The tracked symbols, parsed; call only on a validated configuration. */
    @JsonIgnore
    public List<Symbol> trackedSymbols() {
        return trackedSymbols.stream().map(Symbol::parse).toList();
    }

    public ZoneId getZone() {
        return ZoneId.of(zone);
    }

    public LocalTime getCaptureAt() {
        return captureAt;
    }

    public List<String> getTrackedSymbols() {
        return trackedSymbols;
    }

    private static boolean isSymbol(String text) {
        try {
            return text != null && Symbol.parse(text) != null;
        } catch (InvalidInputException invalid) {
            return false;
        }
    }
}
