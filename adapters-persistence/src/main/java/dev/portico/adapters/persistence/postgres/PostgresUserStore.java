package dev.portico.adapters.persistence.postgres;

import dev.portico.adapters.persistence.sql.EpochMillis;
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

/** Accounts in {@code users}; the constraint {@code users_username_unique} decides who gets a name. */
public final class PostgresUserStore implements UserStore {

    private static final String SELECT_USER = "SELECT id, username, role, password_hash, created_at FROM users ";

    private final PostgresCalls calls;

    public PostgresUserStore(Jdbi jdbi) {
        this.calls = new PostgresCalls(jdbi);
    }

    @Override
    public User create(NewUser user) {
        try {
            long id = calls.withHandle(handle -> handle
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
            if (UniqueViolations.violates(failure, "users_username_unique")) {
                throw new UsernameTaken(Username.FIELD, user.username().value());
            }
            throw failure;
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return calls.withHandle(handle -> handle.createQuery(SELECT_USER + "WHERE id = :id")
                .bind("id", id.value())
                .map(PostgresUserStore::user)
                .findOne());
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return calls.withHandle(handle -> handle.createQuery(SELECT_USER + "WHERE username = :username")
                .bind("username", username.value())
                .map(PostgresUserStore::user)
                .findOne());
    }

    @Override
    public void updatePasswordHash(UserId id, PasswordHash hash) {
        calls.useHandle(handle -> handle.createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("hash", hash.encoded())
                .bind("id", id.value())
                .execute());
    }

    @Override
    public List<User> listAfter(long afterId, int limit) {
        return calls.withHandle(handle -> handle.createQuery(SELECT_USER + "WHERE id > :afterId ORDER BY id LIMIT :limit")
                .bind("afterId", afterId)
                .bind("limit", limit)
                .map(PostgresUserStore::user)
                .list());
    }

    /** Keeps the later time (GREATEST ignores NULL): a clock that stepped back must not accept refused tokens. */
    @Override
    public void setTokensNotBefore(UserId id, Instant notBefore) {
        calls.useHandle(handle -> handle
                .createUpdate("UPDATE users SET tokens_not_before = GREATEST(tokens_not_before, :notBefore) WHERE id = :id")
                .bind("notBefore", EpochMillis.of(notBefore))
                .bind("id", id.value())
                .execute());
    }

    @Override
    public Map<UserId, Instant> tokensNotBeforeLaterThan(Instant after) {
        return calls.withHandle(handle -> handle
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
