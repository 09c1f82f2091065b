package dev.portico.adapters.persistence.postgres;

import dev.portico.adapters.persistence.sql.EpochMillis;
import dev.portico.application.auth.port.RefreshTokenStore;
import dev.portico.domain.token.RefreshFamily;
import dev.portico.domain.token.RefreshTokenState;
import dev.portico.domain.token.StoredRefreshToken;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Families in {@code refresh_token_families}, token hashes in {@code refresh_tokens}. A rotation marks
 * the used token with {@code used_at IS NULL} in its WHERE clause, so of two instances rotating one
 * token at once, the database lets exactly one through: the other's UPDATE, once the first commits,
 * finds the token used.
 */
public final class PostgresRefreshTokenStore implements RefreshTokenStore {

    private final PostgresCalls calls;

    public PostgresRefreshTokenStore(Jdbi jdbi) {
        this.calls = new PostgresCalls(jdbi);
    }

    @Override
    public void startFamily(RefreshFamily family, StoredRefreshToken first) {
        calls.useTransaction(handle -> {
            handle.createUpdate("INSERT INTO refresh_token_families (id, user_id, created_at, expires_at, revoked_at) "
                            + "VALUES (:id, :userId, :createdAt, :expiresAt, :revokedAt)")
                    .bind("id", family.id().value())
                    .bind("userId", family.userId().value())
                    .bind("createdAt", EpochMillis.of(family.createdAt()))
                    .bind("expiresAt", EpochMillis.of(family.expiresAt()))
                    .bind("revokedAt", EpochMillis.of(family.revokedAt()))
                    .execute();
            insert(handle, first);
        });
    }

    @Override
    public Optional<RefreshTokenState> find(String idHash) {
        return calls.withHandle(handle -> handle
                .createQuery("SELECT t.id_hash, t.family_id, t.user_id, t.issued_at, t.expires_at, t.used_at, "
                        + "f.user_id AS family_user_id, f.created_at AS family_created_at, "
                        + "f.expires_at AS family_expires_at, f.revoked_at AS family_revoked_at "
                        + "FROM refresh_tokens t JOIN refresh_token_families f ON f.id = t.family_id "
                        + "WHERE t.id_hash = :idHash")
                .bind("idHash", idHash)
                .map(PostgresRefreshTokenStore::state)
                .findOne());
    }

    @Override
    public boolean rotate(String usedIdHash, StoredRefreshToken successor, Instant usedAt) {
        return calls.inTransaction(handle -> {
            int marked = handle
                    .createUpdate("UPDATE refresh_tokens SET used_at = :usedAt WHERE id_hash = :idHash AND used_at IS NULL")
                    .bind("usedAt", EpochMillis.of(usedAt))
                    .bind("idHash", usedIdHash)
                    .execute();
            if (marked != 1) {
                return false;
            }
            insert(handle, successor);
            return true;
        });
    }

    @Override
    public void revokeFamily(TokenFamilyId family, Instant revokedAt) {
        calls.useHandle(handle -> handle
                .createUpdate("UPDATE refresh_token_families SET revoked_at = COALESCE(revoked_at, :revokedAt) "
                        + "WHERE id = :id")
                .bind("revokedAt", EpochMillis.of(revokedAt))
                .bind("id", family.value())
                .execute());
    }

    @Override
    public int revokeAllFamilies(UserId userId, Instant revokedAt) {
        return calls.withHandle(handle -> handle
                .createUpdate("UPDATE refresh_token_families SET revoked_at = :revokedAt "
                        + "WHERE user_id = :userId AND revoked_at IS NULL")
                .bind("revokedAt", EpochMillis.of(revokedAt))
                .bind("userId", userId.value())
                .execute());
    }

    /** The tokens go with their family through {@code ON DELETE CASCADE}. */
    @Override
    public int deleteFamiliesExpiredBefore(Instant cutoff) {
        return calls.withHandle(handle -> handle
                .createUpdate("DELETE FROM refresh_token_families WHERE expires_at < :cutoff")
                .bind("cutoff", EpochMillis.of(cutoff))
                .execute());
    }

    private static void insert(Handle handle, StoredRefreshToken token) {
        handle.createUpdate("INSERT INTO refresh_tokens (id_hash, family_id, user_id, issued_at, expires_at, used_at) "
                        + "VALUES (:idHash, :familyId, :userId, :issuedAt, :expiresAt, :usedAt)")
                .bind("idHash", token.idHash())
                .bind("familyId", token.family().value())
                .bind("userId", token.userId().value())
                .bind("issuedAt", EpochMillis.of(token.issuedAt()))
                .bind("expiresAt", EpochMillis.of(token.expiresAt()))
                .bind("usedAt", EpochMillis.of(token.usedAt()))
                .execute();
    }

    private static RefreshTokenState state(ResultSet row, StatementContext context) throws SQLException {
        TokenFamilyId familyId = new TokenFamilyId(row.getString("family_id"));
        StoredRefreshToken token = new StoredRefreshToken(row.getString("id_hash"), familyId,
                new UserId(row.getLong("user_id")), EpochMillis.read(row, "issued_at"),
                EpochMillis.read(row, "expires_at"), EpochMillis.read(row, "used_at"));
        RefreshFamily family = new RefreshFamily(familyId, new UserId(row.getLong("family_user_id")),
                EpochMillis.read(row, "family_created_at"), EpochMillis.read(row, "family_expires_at"),
                EpochMillis.read(row, "family_revoked_at"));
        return new RefreshTokenState(token, family);
    }
}
