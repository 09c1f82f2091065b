package dev.portico.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code database:} which store backs the ports, how SQLite is opened, and where PostgreSQL is. The
 * PostgreSQL password comes only from the environment ({@code PORTICO_DB_PASSWORD}).
 */
public class DatabaseConfig {

    public enum Type { sqlite, memory, postgresql }

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

    /** PostgreSQL only: a JDBC URL without credentials. */
    @JsonProperty
    private String url;

    /** PostgreSQL only. */
    @JsonProperty
    private String user = "portico";

    /** PostgreSQL only: connections in this instance's pool. */
    @Min(1)
    @Max(200)
    @JsonProperty
    private int poolSize = 16;

    /** PostgreSQL only: how long a request waits for a connection before it is answered 503. */
    @NotNull
    @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
    @JsonProperty
    private Duration connectTimeout = Duration.seconds(2);

    @ValidationMethod(message = "database.url must be a jdbc:postgresql:// URL without a password when database.type is postgresql")
    @JsonIgnore
    public boolean isPostgresqlUrlGiven() {
        return type != Type.postgresql
                || url != null && url.startsWith("jdbc:postgresql://") && !url.toLowerCase(Locale.ROOT).contains("password=");
    }

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

    public String getUrl() {
        return url;
    }

    public String getUser() {
        return user;
    }

    public int getPoolSize() {
        return poolSize;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }
}
