package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** {@code database:} which store backs the ports, and how SQLite is opened. */
public class DatabaseConfig {

    public enum Type { sqlite, memory }

    @NotNull
    @JsonProperty
    private Type type = Type.sqlite;

    @NotEmpty
    @JsonProperty
    private String path = "./data/portico.db";

    @NotNull
    @JsonProperty
    private Duration busyTimeout = Duration.seconds(5);

    @Min(1)
    @Max(64)
    @JsonProperty
    private int readConnections = 4;

    @JsonProperty
    private boolean migrateOnStart = true;

    public Type getType() {
        return type;
    }

    public String getPath() {
        return path;
    }

    public Duration getBusyTimeout() {
        return busyTimeout;
    }

    public int getReadConnections() {
        return readConnections;
    }

    public boolean isMigrateOnStart() {
        return migrateOnStart;
    }
}
