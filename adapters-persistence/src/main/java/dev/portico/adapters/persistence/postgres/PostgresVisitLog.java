package dev.portico.adapters.persistence.postgres;

import dev.portico.application.link.port.VisitLog;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.Visit;
import dev.portico.domain.link.VisitStats;
import dev.portico.domain.link.VisitStats.ReferrerVisits;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Visits in {@code visits}, each batch stored in one transaction of three statements, whatever its
 * size: lock the batch's links in id order (so two instances appending batches of the same links take
 * turns instead of deadlocking; the links not found were deleted, and their visits are dropped), add
 * each link's visits to {@code links.visits} in one UPDATE, and insert every row in one INSERT over
 * arrays. The statement texts never change, so the driver prepares each once per connection.
 */
public final class PostgresVisitLog implements VisitLog {

    private static final String LOCK_LINKS = "SELECT id FROM links WHERE id = ANY (?) ORDER BY id FOR UPDATE";
    private static final String ADD_VISITS = "UPDATE links SET visits = links.visits + v.n "
            + "FROM unnest(?::bigint[], ?::bigint[]) AS v (id, n) WHERE links.id = v.id";
    private static final String INSERT_VISITS = "INSERT INTO visits (link_id, at, day, referrer_host, user_agent) "
            + "SELECT link_id, at, day::date, referrer_host, user_agent "
            + "FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[]) "
            + "AS v (link_id, at, day, referrer_host, user_agent)";

    private final PostgresCalls calls;

    public PostgresVisitLog(Jdbi jdbi) {
        this.calls = new PostgresCalls(jdbi);
    }

    @Override
    public void append(List<Visit> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<Long, Long> perLink = batch.stream()
                .collect(Collectors.groupingBy(visit -> visit.link().value(), TreeMap::new, Collectors.counting()));
        calls.useTransaction(handle -> {
            Set<Long> present = lockLinks(handle, perLink.keySet());
            perLink.keySet().retainAll(present);
            if (perLink.isEmpty()) {
                return;
            }
            addToCounts(handle, perLink);
            insertRows(handle, batch.stream().filter(visit -> present.contains(visit.link().value())).toList());
        });
    }

    private static Set<Long> lockLinks(Handle handle, Set<Long> ids) {
        Connection connection = handle.getConnection();
        try (PreparedStatement lock = connection.prepareStatement(LOCK_LINKS)) {
            lock.setArray(1, connection.createArrayOf("bigint", ids.toArray(Long[]::new)));
            Set<Long> present = new HashSet<>();
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    present.add(rows.getLong(1));
                }
            }
            return present;
        } catch (SQLException failed) {
            throw failure(LOCK_LINKS, ids.size() + " links", failed);
        }
    }

    private static void addToCounts(Handle handle, Map<Long, Long> perLink) {
        Connection connection = handle.getConnection();
        try (PreparedStatement update = connection.prepareStatement(ADD_VISITS)) {
            update.setArray(1, connection.createArrayOf("bigint", perLink.keySet().toArray(Long[]::new)));
            update.setArray(2, connection.createArrayOf("bigint", perLink.values().toArray(Long[]::new)));
            update.executeUpdate();
        } catch (SQLException failed) {
            throw failure(ADD_VISITS, perLink.size() + " links", failed);
        }
    }

    private static void insertRows(Handle handle, List<Visit> visits) {
        int size = visits.size();
        Long[] links = new Long[size];
        Long[] ats = new Long[size];
        String[] days = new String[size];
        String[] referrers = new String[size];
        String[] agents = new String[size];
        for (int i = 0; i < size; i++) {
            Visit visit = visits.get(i);
            links[i] = visit.link().value();
            ats[i] = visit.at().toEpochMilli();
            days[i] = LocalDate.ofInstant(visit.at(), ZoneOffset.UTC).toString();
            referrers[i] = visit.referrerHost();
            agents[i] = visit.userAgent();
        }
        Connection connection = handle.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_VISITS)) {
            insert.setArray(1, connection.createArrayOf("bigint", links));
            insert.setArray(2, connection.createArrayOf("bigint", ats));
            insert.setArray(3, connection.createArrayOf("text", days));
            insert.setArray(4, connection.createArrayOf("text", referrers));
            insert.setArray(5, connection.createArrayOf("text", agents));
            insert.executeUpdate();
        } catch (SQLException failed) {
            throw failure(INSERT_VISITS, size + " visits", failed);
        }
    }

    /** Names the statement and the batch size, never a user agent or referrer of the batch. */
    private static IllegalStateException failure(String sql, String what, SQLException failed) {
        return new IllegalStateException("Could not run [" + sql + "] for " + what + ": " + failed.getMessage(), failed);
    }

    @Override
    public long countFor(LinkId link) {
        return calls.withHandle(handle -> count(handle, link));
    }

    private static long count(Handle handle, LinkId link) {
        return handle.createQuery("SELECT visits FROM links WHERE id = :id")
                .bind("id", link.value())
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }

    /**
     * Reads the total, the days and the referrers in one snapshot (REPEATABLE READ), so they agree. Ties
     * between referrers go by byte order (COLLATE "C"), as in SQLite, whatever the database's locale.
     */
    @Override
    public VisitStats stats(LinkId link, LocalDate from, LocalDate to, int topReferrers) {
        return calls.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            Map<LocalDate, Long> perDay = handle.createQuery("SELECT day, count(*) AS visits FROM visits "
                            + "WHERE link_id = :link AND day BETWEEN :from AND :to GROUP BY day")
                    .bind("link", link.value())
                    .bind("from", from)
                    .bind("to", to)
                    .map((row, context) -> Map.entry(row.getObject("day", LocalDate.class), row.getLong("visits")))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            return new VisitStats(count(handle, link), VisitStats.everyDay(from, to, perDay),
                    topReferrers(handle, link, from, to, topReferrers));
        });
    }

    private static List<ReferrerVisits> topReferrers(Handle handle, LinkId link, LocalDate from, LocalDate to,
            int limit) {
        return handle.createQuery("SELECT referrer_host, count(*) AS visits FROM visits "
                        + "WHERE link_id = :link AND day BETWEEN :from AND :to AND referrer_host IS NOT NULL "
                        + "GROUP BY referrer_host ORDER BY visits DESC, referrer_host COLLATE \"C\" LIMIT :limit")
                .bind("link", link.value())
                .bind("from", from)
                .bind("to", to)
                .bind("limit", limit)
                .map((row, context) -> new ReferrerVisits(row.getString("referrer_host"), row.getLong("visits")))
                .list();
    }
}
