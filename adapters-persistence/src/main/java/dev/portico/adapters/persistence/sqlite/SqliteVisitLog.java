package dev.portico.adapters.persistence.sqlite;

import dev.portico.adapters.persistence.sql.EpochMillis;
import dev.portico.adapters.persistence.sql.ValueFreeErrors;
import dev.portico.application.link.port.VisitLog;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.Visit;
import dev.portico.domain.link.VisitStats;
import dev.portico.domain.link.VisitStats.ReferrerVisits;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Visits in {@code visits}, each batch stored in one writer transaction together with the counts in
 * {@code links.visits}, which are what totals read.
 */
public final class SqliteVisitLog implements VisitLog {

    private static final String INSERT_VISIT =
            "INSERT INTO visits (link_id, at, day, referrer_host, user_agent) VALUES (?, ?, ?, ?, ?)";
    private static final String ADD_VISITS = "UPDATE links SET visits = visits + ? WHERE id = ?";

    /** Rows of one link go into neighbouring index pages; sorting the batch by link touches each page once. */
    private static final Comparator<Visit> BY_LINK = Comparator.comparingLong(visit -> visit.link().value());

    private final Jdbi writer;
    private final Jdbi reader;

    public SqliteVisitLog(Jdbi writer, Jdbi reader) {
        this.writer = writer;
        this.reader = reader;
    }

    @Override
    public void append(List<Visit> batch) {
        if (batch.isEmpty()) {
            return;
        }
        writer.useTransaction(handle -> {
            ValueFreeErrors.on(handle);
            Set<LinkId> counted = addToCounts(handle, batch);
            insertRows(handle, batch.stream()
                    .filter(visit -> counted.contains(visit.link()))
                    .sorted(BY_LINK)
                    .toList());
        });
    }

    /** Plain JDBC for the rows: the visit batch is the busiest write, and Jdbi's per-value binding showed up in profiles. */
    private static void insertRows(Handle handle, List<Visit> visits) {
        if (visits.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = handle.getConnection().prepareStatement(INSERT_VISIT)) {
            for (Visit visit : visits) {
                insert.setLong(1, visit.link().value());
                insert.setLong(2, EpochMillis.of(visit.at()));
                insert.setString(3, LocalDate.ofInstant(visit.at(), ZoneOffset.UTC).toString());
                insert.setString(4, visit.referrerHost());
                insert.setString(5, visit.userAgent());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not run [" + INSERT_VISIT + "] for a batch of " + visits.size()
                    + " visits: " + failed.getMessage(), failed);
        }
    }

    /**
     * Adds each link's visits to its count with one prepared statement; the links the update finds are
     * those still there.
     */
    private static Set<LinkId> addToCounts(Handle handle, List<Visit> batch) {
        Map<LinkId, Long> perLink = batch.stream()
                .collect(Collectors.groupingBy(Visit::link, LinkedHashMap::new, Collectors.counting()));
        Set<LinkId> counted = new HashSet<>();
        try (PreparedStatement update = handle.getConnection().prepareStatement(ADD_VISITS)) {
            for (Map.Entry<LinkId, Long> link : perLink.entrySet()) {
                update.setLong(1, link.getValue());
                update.setLong(2, link.getKey().value());
                if (update.executeUpdate() == 1) {
                    counted.add(link.getKey());
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not run [" + ADD_VISITS + "] for " + perLink.size() + " links: "
                    + failed.getMessage(), failed);
        }
        return counted;
    }

    @Override
    public long countFor(LinkId link) {
        return reader.withHandle(handle -> count(ValueFreeErrors.on(handle), link));
    }

    private static long count(Handle handle, LinkId link) {
        return handle.createQuery("SELECT visits FROM links WHERE id = :id")
                .bind("id", link.value())
                .mapTo(Long.class)
                .findOne()
                .orElse(0L);
    }

    /** Reads the total, the days and the referrers in one transaction, so they agree with each other. */
    @Override
    public VisitStats stats(LinkId link, LocalDate from, LocalDate to, int topReferrers) {
        return reader.inTransaction(handle -> {
            ValueFreeErrors.on(handle);
            Map<LocalDate, Long> perDay = handle.createQuery("SELECT day, count(*) AS visits FROM visits "
                            + "WHERE link_id = :link AND day BETWEEN :from AND :to GROUP BY day")
                    .bind("link", link.value())
                    .bind("from", from.toString())
                    .bind("to", to.toString())
                    .map((row, context) -> Map.entry(LocalDate.parse(row.getString("day")), row.getLong("visits")))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            return new VisitStats(count(handle, link), VisitStats.everyDay(from, to, perDay),
                    topReferrers(handle, link, from, to, topReferrers));
        });
    }

    private static List<ReferrerVisits> topReferrers(Handle handle, LinkId link, LocalDate from, LocalDate to,
            int limit) {
        return handle.createQuery("SELECT referrer_host, count(*) AS visits FROM visits "
                        + "WHERE link_id = :link AND day BETWEEN :from AND :to AND referrer_host IS NOT NULL "
                        + "GROUP BY referrer_host ORDER BY visits DESC, referrer_host LIMIT :limit")
                .bind("link", link.value())
                .bind("from", from.toString())
                .bind("to", to.toString())
                .bind("limit", limit)
                .map((row, context) -> new ReferrerVisits(row.getString("referrer_host"), row.getLong("visits")))
                .list();
    }
}
