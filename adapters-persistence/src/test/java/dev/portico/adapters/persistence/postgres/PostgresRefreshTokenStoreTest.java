package dev.portico.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.auth.port.RefreshTokenStoreContract;
import dev.portico.domain.token.RefreshFamily;
import dev.portico.domain.token.StoredRefreshToken;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRefreshTokenStoreTest extends RefreshTokenStoreContract<PostgresRefreshTokenStore> {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123Z");

    @RegisterExtension
    static final PostgresTestDatabase database = PostgresTestDatabase.migrated();
    private final TestUsers users = new TestUsers(database);

    @Override
    protected PostgresRefreshTokenStore newStore() {
        return database.storage().refreshTokens();
    }

    @Override
    protected UserId existingUser(PostgresRefreshTokenStore store) {
        return users.existing();
    }

    @Test
    void givenAUserWithFamilies_deletingTheUser_deletesTheirFamiliesAndTokens() {
        PostgresRefreshTokenStore store = newStore();
        UserId user = users.existing();
        RefreshFamily family = RefreshFamily.started(new TokenFamilyId("family"), user, NOW, NOW.plusSeconds(3600));
        store.startFamily(family, StoredRefreshToken.unused("hash", family.id(), user, NOW, NOW.plusSeconds(60)));

        database.jdbi().useHandle(handle -> handle.execute("DELETE FROM users WHERE id = ?", user.value()));

        assertThat(database.queryLong("SELECT count(*) FROM refresh_token_families")).isZero();
        assertThat(database.queryLong("SELECT count(*) FROM refresh_tokens")).isZero();
    }

    @Test
    void givenAFamilyOfAnUnknownUser_startFamily_isRefusedByTheForeignKey() {
        PostgresRefreshTokenStore store = newStore();
        UserId nobody = new UserId(999_999);
        RefreshFamily family = RefreshFamily.started(new TokenFamilyId("family"), nobody, NOW, NOW.plusSeconds(3600));

        assertThatThrownBy(() -> store.startFamily(family,
                StoredRefreshToken.unused("hash", family.id(), nobody, NOW, NOW.plusSeconds(60))))
                .hasMessageContaining("refresh_token_families_user_id_fkey");
        assertThat(database.queryLong("SELECT count(*) FROM refresh_token_families")).isZero();
    }

    @Test
    void givenAFailingStatement_theErrorMessage_namesTheSqlButNotTheTokenHash() {
        PostgresRefreshTokenStore store = newStore();
        UserId user = users.existing();
        RefreshFamily family = RefreshFamily.started(new TokenFamilyId("family"), user, NOW, NOW.plusSeconds(3600));
        store.startFamily(family, StoredRefreshToken.unused("secret-hash-value", family.id(), user, NOW,
                NOW.plusSeconds(60)));
        RefreshFamily second = RefreshFamily.started(new TokenFamilyId("second"), user, NOW, NOW.plusSeconds(3600));

        assertThatThrownBy(() -> store.startFamily(second, StoredRefreshToken.unused("secret-hash-value", second.id(),
                user, NOW, NOW.plusSeconds(60))))
                .hasMessageContaining("INSERT INTO refresh_tokens")
                .hasMessageContaining("refresh_tokens_pkey")
                .hasMessageNotContaining("secret-hash-value");
    }
}
