package dev.portico.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.user.port.UserStoreContract;
import dev.portico.domain.error.UsernameTaken;
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.PasswordHash;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.Username;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresUserStoreTest extends UserStoreContract<PostgresUserStore> {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123Z");

    @RegisterExtension
    static final PostgresTestDatabase database = PostgresTestDatabase.migrated();

    @Override
    protected PostgresUserStore newStore() {
        return database.storage().users();
    }

    @Test
    void givenAUser_itsRow_holdsTheTimesInEpochMilliseconds() {
        newStore().create(new NewUser(new Username("alice"), Role.USER, new PasswordHash("test$hash"), NOW));
        newStore().setTokensNotBefore(newStore().findByUsername(new Username("alice")).orElseThrow().id(),
                NOW.plusSeconds(1));

        assertThat(database.queryString("SELECT created_at || ' ' || tokens_not_before FROM users"))
                .isEqualTo(NOW.toEpochMilli() + " " + NOW.plusSeconds(1).toEpochMilli());
    }

    @Test
    void givenAnotherUniqueViolation_create_isNotMistakenForATakenUsername() {
        database.jdbi().useHandle(handle -> handle.execute(
                "CREATE UNIQUE INDEX users_one_created_at ON users (created_at)"));
        try {
            PostgresUserStore store = newStore();
            store.create(new NewUser(new Username("alice"), Role.USER, new PasswordHash("test$hash"), NOW));

            assertThatThrownBy(() -> store.create(new NewUser(new Username("bob"), Role.USER,
                    new PasswordHash("secret$hash"), NOW)))
                    .isNotInstanceOf(UsernameTaken.class)
                    .hasMessageContaining("users_one_created_at")
                    .hasMessageContaining("INSERT INTO users")
                    .hasMessageNotContaining("secret$hash")
                    .hasMessageNotContaining(Long.toString(NOW.toEpochMilli()));
        } finally {
            database.jdbi().useHandle(handle -> handle.execute("DROP INDEX users_one_created_at"));
        }
    }
}
