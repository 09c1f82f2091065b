package dev.portico.adapters.persistence.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.auth.port.RefreshTokenStoreContract;
import dev.portico.domain.token.RefreshFamily;
import dev.portico.domain.token.StoredRefreshToken;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.PasswordHash;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.UserId;
import dev.portico.domain.user.Username;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SqliteRefreshTokenStoreTest extends RefreshTokenStoreContract<SqliteRefreshTokenStore> {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123Z");

    @RegisterExtension
    final SqliteTestDatabase database = SqliteTestDatabase.withProductionSchema();
    private int userCount;

    @Override
    protected SqliteRefreshTokenStore newStore() {
        return new SqliteRefreshTokenStore(database.schemaWriter(), database.reader());
    }

    @Override
    protected UserId existingUser(SqliteRefreshTokenStore store) {
        userCount++;
        return new SqliteUserStore(database.schemaWriter(), database.reader())
                .create(new NewUser(new Username("user-" + userCount), Role.USER, new PasswordHash("test$hash"), NOW))
                .id();
    }

    private int count(String sql) {
        return database.reader().withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void givenAUserWithFamilies_deletingTheUser_deletesTheirFamiliesAndTokens() {
        SqliteRefreshTokenStore store = newStore();
        UserId user = existingUser(store);
        RefreshFamily family = RefreshFamily.started(new TokenFamilyId("family"), user, NOW, NOW.plusSeconds(3600));
        store.startFamily(family, StoredRefreshToken.unused("hash", family.id(), user, NOW, NOW.plusSeconds(60)));

        database.schemaWriter().useHandle(handle -> handle.execute("DELETE FROM users WHERE id = ?", user.value()));

        assertThat(count("SELECT count(*) FROM refresh_token_families")).isZero();
        assertThat(count("SELECT count(*) FROM refresh_tokens")).isZero();
    }

    @Test
    void givenAFamilyOfAnUnknownUser_startFamily_isRefusedByTheForeignKey() {
        SqliteRefreshTokenStore store = newStore();
        UserId nobody = new UserId(999_999);
        RefreshFamily family = RefreshFamily.started(new TokenFamilyId("family"), nobody, NOW, NOW.plusSeconds(3600));

        assertThatThrownBy(() -> store.startFamily(family,
                StoredRefreshToken.unused("hash", family.id(), nobody, NOW, NOW.plusSeconds(60))))
                .hasMessageContaining("FOREIGN KEY");
        assertThat(count("SELECT count(*) FROM refresh_token_families")).isZero();
    }

    @Test
    void givenAFailingStatement_theErrorMessage_namesTheSqlButNotTheTokenHash() {
        SqliteRefreshTokenStore store = newStore();
        UserId user = existingUser(store);
        RefreshFamily family = RefreshFamily.started(new TokenFamilyId("family"), user, NOW, NOW.plusSeconds(3600));
        StoredRefreshToken first = StoredRefreshToken.unused("secret-hash-value", family.id(), user, NOW,
                NOW.plusSeconds(60));
        store.startFamily(family, first);
        RefreshFamily second = RefreshFamily.started(new TokenFamilyId("second"), user, NOW, NOW.plusSeconds(3600));

        assertThatThrownBy(() -> store.startFamily(second, StoredRefreshToken.unused("secret-hash-value", second.id(),
                user, NOW, NOW.plusSeconds(60))))
                .hasMessageContaining("INSERT INTO refresh_tokens")
                .hasMessageContaining("refresh_tokens.id_hash")
                .hasMessageNotContaining("secret-hash-value");
    }
}
