package dev.portico.adapters.persistence.sqlite;

import dev.portico.adapters.persistence.sql.EpochMillis;
import dev.portico.adapters.persistence.sql.ValueFreeErrors;
import dev.portico.application.user.port.UserStore;
import dev.portico.domain.error.UsernameTaken;
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.PasswordHash;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.User;
import dev.portico.domain.user.UserId;
import dev.portico.domain.user.Username;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Accounts in the {@code users} table; the UNIQUE constraint on {@code username} decides who gets a name. */
public final class SqliteUserStore implements UserStore {

    private static final String SELECT_USER = "SELECT id, username, role, password_hash, created_at FROM users ";

    private final Jdbi writer;
    private final Jdbi reader;

    public SqliteUserStore(Jdbi writer, Jdbi reader) {
        this.writer = writer;
        this.reader = reader;
    }

    @Override
    public User create(NewUser user) {
        try {
            long id = writer.withHandle(handle -> ValueFreeErrors.on(handle)
                    .createUpdate("INSERT INTO users (username, role, password_hash, created_at) "
                            + "VALUES (:username, :role, :passwordHash, :createdAt)")
                    .bind("username", user.username().value())
                    .bind("role", user.role().wireName())
                    .bind("passwordHash", user.passwordHash().encoded())
                    .bind("createdAt", EpochMillis.of(user.createdAt()))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
            return user.withId(new UserId(id));
        } catch (UnableToExecuteStatementException failure) {
            if (isTakenUsername(failure)) {
                throw new UsernameTaken(Username.FIELD, user.username().value());
            }
            throw failure;
        }
    }

    private static boolean isTakenUsername(UnableToExecuteStatementException failure) {
        return failure.getCause() instanceof SQLiteException cause
                && cause.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                && cause.getMessage().contains("users.username");
    }

    @Override
    public Optional<User> findById(UserId id) {
        return reader.withHandle(handle -> ValueFreeErrors.on(handle)
                .createQuery(SELECT_USER + "WHERE id = :id")
                .bind("id", id.value())
                .map(SqliteUserStore::user)
                .findOne());
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return reader.withHandle(handle -> ValueFreeErrors.on(handle)
                .createQuery(SELECT_USER + "WHERE username = :username")
                .bind("username", username.value())
                .map(SqliteUserStore::user)
                .findOne());
    }

    @Override
    public void updatePasswordHash(UserId id, PasswordHash hash) {
        writer.useHandle(handle -> ValueFreeErrors.on(handle)
                .createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("hash", hash.encoded())
                .bind("id", id.value())
                .execute());
    }

    @Override
    public List<User> listAfter(long afterId, int limit) {
        return reader.withHandle(handle -> ValueFreeErrors.on(handle)
                .createQuery(SELECT_USER + "WHERE id > :afterId ORDER BY id LIMIT :limit")
                .bind("afterId", afterId)
                .bind("limit", limit)
                .map(SqliteUserStore::user)
                .list());
    }

    /** Keeps the later time: a clock that stepped back must not accept tokens that were refused. */
    @Override
    public void setTokensNotBefore(UserId id, Instant notBefore) {
        writer.useHandle(handle -> ValueFreeErrors.on(handle)
                .createUpdate("UPDATE users SET tokens_not_before = max(coalesce(tokens_not_before, :notBefore), "
                        + ":notBefore) WHERE id = :id")
                .bind("notBefore", EpochMillis.of(notBefore))
                .bind("id", id.value())
                .execute());
    }

    @Override
    public Map<UserId, Instant> tokensNotBeforeLaterThan(Instant after) {
        return reader.withHandle(handle -> ValueFreeErrors.on(handle)
                .createQuery("SELECT id, tokens_not_before FROM users WHERE tokens_not_before > :after")
                .bind("after", EpochMillis.of(after))
                .map((row, context) -> Map.entry(new UserId(row.getLong("id")),
                        EpochMillis.read(row, "tokens_not_before")))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private static User user(ResultSet row, StatementContext context) throws SQLException {
        String role = row.getString("role");
        return new User(new UserId(row.getLong("id")), new Username(row.getString("username")),
                Role.fromWireName(role).orElseThrow(() -> new IllegalStateException("Unknown role in users: " + role)),
                new PasswordHash(row.getString("password_hash")), EpochMillis.read(row, "created_at"));
    }
}
