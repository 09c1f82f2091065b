package dev.portico.adapters.persistence.sqlite;

import dev.portico.adapters.persistence.sql.EpochMillis;
import dev.portico.adapters.persistence.sql.ValueFreeErrors;
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
 * Families in {@code refresh_token_families}, token hashes in {@code refresh_tokens}. Every write that
 * touches more than one row runs in one writer transaction.
 */
public final class SqliteRefreshTokenStore implements RefreshTokenStore {

    private final Jdbi writer;
    private final Jdbi reader;

    public SqliteRefreshTokenStore(Jdbi writer, Jdbi reader) {
        this.writer = writer;
        this.reader = reader;
    }

    @Override
    public void startFamily(RefreshFamily family, StoredRefreshToken first) {
        writer.useTransaction(handle -> {
            ValueFreeErrors.on(handle)
                    .createUpdate("INSERT INTO refresh_token_families (id, user_id, created_at, expires_at, revoked_at) "
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
        return reader.withHandle(handle -> ValueFreeErrors.on(handle)
                .createQuery("SELECT t.id_hash, t.family_id, t.user_id, t.issued_at, t.expires_at, t.used_at, "
                        + "f.user_id AS family_user_id, f.created_at AS family_created_at, "
                        + "f.expires_at AS family_expires_at, f.revoked_at AS family_revoked_at "
                        + "FROM refresh_tokens t JOIN refresh_token_families f ON f.id = t.family_id "
                        + "WHERE t.id_hash = :idHash")
                .bind("idHash", idHash)
                .map(SqliteRefreshTokenStore::state)
                .findOne());
    }

    @Override
    public boolean rotate(String usedIdHash, StoredRefreshToken successor, Instant usedAt) {
        return writer.inTransaction(handle -> {
            int marked = ValueFreeErrors.on(handle)
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
        writer.useHandle(handle -> ValueFreeErrors.on(handle)
                .createUpdate("UPDATE refresh_token_families SET revoked_at = coalesce(revoked_at, :revokedAt) "
                        + "WHERE id = :id")
                .bind("revokedAt", EpochMillis.of(revokedAt))
                .bind("id", family.value())
                .execute());
    }

    @Override
    public int revokeAllFamilies(UserId userId, Instant revokedAt) {
        return writer.withHandle(handle -> ValueFreeErrors.on(handle)
                .createUpdate("UPDATE refresh_token_families SET revoked_at = :revokedAt "
                        + "WHERE user_id = :userId AND revoked_at IS NULL")
                .bind("revokedAt", EpochMillis.of(revokedAt))
                .bind("userId", userId.value())
                .execute());
    }

    /** The tokens go with their family through {@code ON DELETE CASCADE}. */
    @Override
    public int deleteFamiliesExpiredBefore(Instant cutoff) {
        return writer.withHandle(handle -> ValueFreeErrors.on(handle)
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
