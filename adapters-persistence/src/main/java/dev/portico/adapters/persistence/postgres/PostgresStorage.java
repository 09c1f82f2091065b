package dev.portico.adapters.persistence.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Every PostgreSQL adapter over one HikariCP pool, opened from {@link PostgresSettings}; closing it
 * closes the pool. Opening does not need the server to be up: the pool connects when first used, and
 * until the server answers every call fails fast with {@code StoreUnavailable}. Nothing is migrated
 * here; call {@link #migrations()} where the application decides to.
 *
 * <p>Durability stays PostgreSQL's default ({@code synchronous_commit} on): a write this returns from
 * has been flushed to the server's WAL.
 */
public final class PostgresStorage implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private PostgresStorage(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    public static PostgresStorage open(PostgresSettings settings) {
        return new PostgresStorage(new HikariDataSource(poolConfig(settings)));
    }

    static HikariConfig poolConfig(PostgresSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("portico-postgres");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        config.setValidationTimeout(Math.max(250, Math.min(1000, settings.connectTimeout().toMillis() / 2)));
        // Start without the server: the first calls fail with StoreUnavailable until it answers.
        config.setInitializationFailTimeout(-1);
        long connectSeconds = ceilSeconds(settings.connectTimeout());
        config.addDataSourceProperty("connectTimeout", Long.toString(connectSeconds));
        config.addDataSourceProperty("loginTimeout", Long.toString(connectSeconds));
        // A statement past its timeout is cancelled by the server; the socket timeout, a little longer,
        // ends the wait for a server that stopped answering altogether.
        config.addDataSourceProperty("options", "-c statement_timeout=" + settings.statementTimeout().toMillis());
        config.addDataSourceProperty("socketTimeout", Long.toString(ceilSeconds(settings.statementTimeout()) + 5));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "portico");
        // The server's DETAIL line quotes the values of a violated key (a username, a token hash):
        // keep it out of exception messages, which end up in logs.
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return config;
    }

    private static long ceilSeconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    public PostgresUserStore users() {
        return new PostgresUserStore(jdbi);
    }

    public PostgresRefreshTokenStore refreshTokens() {
        return new PostgresRefreshTokenStore(jdbi);
    }

    public PostgresLinkStore links() {
        return new PostgresLinkStore(jdbi);
    }

    public PostgresVisitLog visits() {
        return new PostgresVisitLog(jdbi);
    }

    public PostgresVisitLimits visitLimits() {
        return new PostgresVisitLimits(jdbi);
    }

    public PostgresSnapshotStore snapshots() {
        return new PostgresSnapshotStore(jdbi);
    }

    public PostgresStorageHealth health() {
        return new PostgresStorageHealth(dataSource);
    }

    public PostgresMigrations migrations() {
        return new PostgresMigrations(jdbi);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
