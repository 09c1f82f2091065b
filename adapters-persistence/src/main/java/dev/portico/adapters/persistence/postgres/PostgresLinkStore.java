package dev.portico.adapters.persistence.postgres;

import dev.portico.adapters.persistence.sql.EpochMillis;
import dev.portico.adapters.persistence.sql.LinkRows;
import dev.portico.application.link.port.LinkStore;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.user.UserId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Links in {@code links}, idempotency keys in {@code idempotency_keys}. Concurrent inserts, from any
 * number of instances, are decided by the constraints: {@code links_code_unique} for a code,
 * {@code idempotency_keys_pkey} for an owner's key; a link and its key are written in one transaction.
 */
public final class PostgresLinkStore implements LinkStore {

    private static final String SELECT_LINK = "SELECT " + LinkRows.COLUMNS + " FROM links l ";
    private static final String INSERT_LINK_RETURNING_ID = "INSERT INTO links (code, owner_id, target, created_at, "
            + "expires_in, expires_at, max_visits, redirect_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

    private final PostgresCalls calls;

    public PostgresLinkStore(Jdbi jdbi) {
        this.calls = new PostgresCalls(jdbi);
    }

    @Override
    public InsertOutcome insert(NewLink link, Optional<IdempotencyClaim> claim) {
        if (claim.isEmpty()) {
            return insertAlone(link);
        }
        try {
            return calls.inTransaction(handle -> {
                claim.ifPresent(given -> forgetExpiredKey(handle, link.owner(), given));
                LinkId id = insertLink(handle, link);
                claim.ifPresent(given -> insertKey(handle, link.owner(), given, id));
                return new Inserted(link.withId(id));
            });
        } catch (UnableToExecuteStatementException failure) {
            if (UniqueViolations.violates(failure, "links_code_unique")) {
                return new CodeTaken();
            }
            if (UniqueViolations.violates(failure, "idempotency_keys_pkey")) {
                return new KeyTaken();
            }
            throw failure;
        }
    }

    /**
     * A link without an idempotency key is one statement in autocommit: one round trip, no
     * transaction to open and commit, and a prepared statement of plain JDBC instead of Jdbi's
     * parsing, since creation is the busiest write after visits.
     */
    private InsertOutcome insertAlone(NewLink link) {
        try {
            return calls.withHandle(handle -> {
                try (PreparedStatement insert = handle.getConnection().prepareStatement(INSERT_LINK_RETURNING_ID)) {
                    Instant expiresAt = link.expiresIn() == null ? null : link.createdAt().plus(link.expiresIn());
                    insert.setString(1, link.code().value());
                    insert.setLong(2, link.owner().value());
                    insert.setString(3, link.target().value());
                    insert.setLong(4, EpochMillis.of(link.createdAt()));
                    insert.setObject(5, LinkRows.seconds(link.expiresIn()), Types.BIGINT);
                    insert.setObject(6, EpochMillis.of(expiresAt), Types.BIGINT);
                    insert.setObject(7, link.maxVisits(), Types.BIGINT);
                    insert.setInt(8, link.redirectStatus().code());
                    try (ResultSet id = insert.executeQuery()) {
                        id.next();
                        return new Inserted(link.withId(new LinkId(id.getLong(1))));
                    }
                } catch (SQLException failed) {
                    throw new UnableToExecuteStatementException(
                            "Could not run [" + INSERT_LINK_RETURNING_ID + "]: " + failed.getMessage(), failed, null);
                }
            });
        } catch (UnableToExecuteStatementException failure) {
            if (UniqueViolations.violates(failure, "links_code_unique")) {
                return new CodeTaken();
            }
            throw failure;
        }
    }

    private static void forgetExpiredKey(Handle handle, UserId owner, IdempotencyClaim claim) {
        handle.createUpdate("DELETE FROM idempotency_keys WHERE owner_id = :owner AND key = :key "
                        + "AND created_at < :oldestValid")
                .bind("owner", owner.value())
                .bind("key", claim.key())
                .bind("oldestValid", EpochMillis.of(claim.createdAt().minus(IDEMPOTENCY_WINDOW)))
                .execute();
    }

    private static LinkId insertLink(Handle handle, NewLink link) {
        Instant expiresAt = link.expiresIn() == null ? null : link.createdAt().plus(link.expiresIn());
        long id = handle.createUpdate("INSERT INTO links (code, owner_id, target, created_at, expires_in, expires_at, "
                        + "max_visits, redirect_status) VALUES (:code, :owner, :target, :createdAt, :expiresIn, "
                        + ":expiresAt, :maxVisits, :redirectStatus)")
                .bind("code", link.code().value())
                .bind("owner", link.owner().value())
                .bind("target", link.target().value())
                .bind("createdAt", EpochMillis.of(link.createdAt()))
                .bind("expiresIn", LinkRows.seconds(link.expiresIn()))
                .bind("expiresAt", EpochMillis.of(expiresAt))
                .bind("maxVisits", link.maxVisits())
                .bind("redirectStatus", link.redirectStatus().code())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return new LinkId(id);
    }

    private static void insertKey(Handle handle, UserId owner, IdempotencyClaim claim, LinkId link) {
        handle.createUpdate("INSERT INTO idempotency_keys (owner_id, key, request_hash, link_id, created_at) "
                        + "VALUES (:owner, :key, :requestHash, :link, :createdAt)")
                .bind("owner", owner.value())
                .bind("key", claim.key())
                .bind("requestHash", claim.requestHash())
                .bind("link", link.value())
                .bind("createdAt", EpochMillis.of(claim.createdAt()))
                .execute();
    }

    @Override
    public Optional<IdempotentCreation> findByIdempotencyKey(UserId owner, String key, Instant notBefore) {
        return calls.withHandle(handle -> handle
                .createQuery("SELECT " + LinkRows.COLUMNS + ", k.request_hash FROM idempotency_keys k "
                        + "JOIN links l ON l.id = k.link_id "
                        + "WHERE k.owner_id = :owner AND k.key = :key AND k.created_at >= :notBefore")
                .bind("owner", owner.value())
                .bind("key", key)
                .bind("notBefore", EpochMillis.of(notBefore))
                .map((row, context) -> new IdempotentCreation(LinkRows.link(row, context), row.getString("request_hash")))
                .findOne());
    }

    @Override
    public Optional<Link> findByCode(ShortCode code) {
        return calls.withHandle(handle -> handle.createQuery(SELECT_LINK + "WHERE l.code = :code")
                .bind("code", code.value())
                .map(LinkRows::link)
                .findOne());
    }

    /** One statement: the version check and the change happen together, and RETURNING reads the result. */
    @Override
    public Optional<Link> update(Link changed, long expectedVersion) {
        return calls.withHandle(handle -> handle
                .createQuery("UPDATE links l SET target = :target, expires_in = :expiresIn, expires_at = :expiresAt, "
                        + "max_visits = :maxVisits, redirect_status = :redirectStatus, version = version + 1 "
                        + "WHERE id = :id AND version = :expectedVersion RETURNING " + LinkRows.COLUMNS)
                .bind("target", changed.target().value())
                .bind("expiresIn", LinkRows.seconds(changed.expiresIn()))
                .bind("expiresAt", EpochMillis.of(changed.expiresAt()))
                .bind("maxVisits", changed.maxVisits())
                .bind("redirectStatus", changed.redirectStatus().code())
                .bind("id", changed.id().value())
                .bind("expectedVersion", expectedVersion)
                .map(LinkRows::link)
                .findOne());
    }

    /** The link's visits and idempotency key go with it through {@code ON DELETE CASCADE}. */
    @Override
    public boolean delete(LinkId id) {
        return calls.withHandle(handle -> handle.createUpdate("DELETE FROM links WHERE id = :id")
                .bind("id", id.value())
                .execute()) > 0;
    }

    @Override
    public List<Link> listByOwner(UserId owner, long beforeId, int limit) {
        return calls.withHandle(handle -> handle
                .createQuery(SELECT_LINK + "WHERE l.owner_id = :owner AND l.id < :beforeId ORDER BY l.id DESC LIMIT :limit")
                .bind("owner", owner.value())
                .bind("beforeId", beforeId)
                .bind("limit", limit)
                .map(LinkRows::link)
                .list());
    }

    @Override
    public List<Link> listAll(long beforeId, int limit) {
        return calls.withHandle(handle -> handle
                .createQuery(SELECT_LINK + "WHERE l.id < :beforeId ORDER BY l.id DESC LIMIT :limit")
                .bind("beforeId", beforeId)
                .bind("limit", limit)
                .map(LinkRows::link)
                .list());
    }

    @Override
    public int deleteIdempotencyKeysBefore(Instant cutoff) {
        return calls.withHandle(handle -> handle.createUpdate("DELETE FROM idempotency_keys WHERE created_at < :cutoff")
                .bind("cutoff", EpochMillis.of(cutoff))
                .execute());
    }
}
