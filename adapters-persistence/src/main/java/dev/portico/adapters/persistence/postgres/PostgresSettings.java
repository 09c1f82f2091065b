package dev.portico.adapters.persistence.postgres;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach PostgreSQL: a JDBC URL ({@code jdbc:postgresql://host:5432/portico}), the user and
 * the password (which the caller reads from the environment), the pool size, how long to wait for a
 * connection, and how long one statement may run. {@link #toString()} never shows the password.
 */
public record PostgresSettings(String url, String user, String password, int poolSize, Duration connectTimeout,
        Duration statementTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(10);

    public PostgresSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("The database URL must start with jdbc:postgresql:");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("The pool size must be at least 1, not " + poolSize);
        }
        if (connectTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("The connect timeout must be at least 250 ms");
        }
        if (statementTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("The statement timeout must be positive");
        }
    }

    /** With the default statement timeout of ten seconds. */
    public PostgresSettings(String url, String user, String password, int poolSize, Duration connectTimeout) {
        this(url, user, password, poolSize, connectTimeout, DEFAULT_STATEMENT_TIMEOUT);
    }

    /** The URL with any password parameter in it masked, fit for logs. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "PostgresSettings[url=" + redactedUrl() + ", user=" + user + ", password="
                + (password == null ? "none" : "***") + ", poolSize=" + poolSize + ", connectTimeout="
                + connectTimeout + ", statementTimeout=" + statementTimeout + "]";
    }
}
