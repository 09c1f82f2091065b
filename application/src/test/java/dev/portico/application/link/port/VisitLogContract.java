package dev.portico.application.link.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.link.Link;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import dev.portico.domain.link.Visit;
import dev.portico.domain.link.VisitStats;
import dev.portico.domain.link.VisitStats.DailyVisits;
import dev.portico.domain.link.VisitStats.ReferrerVisits;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link VisitLog} adapter must show, together with the {@link LinkStore} whose links
 * it counts. Each adapter's test class extends this and supplies both over one empty storage per
 * test, and users the link store will accept as owners.
 */
public abstract class VisitLogContract {

    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00.000Z");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2025-03-06");
    private static final LocalDate LAST_DAY = LocalDate.parse("2025-03-10");

    /** A link store and the visit log that counts into it, over the same storage. */
    public record Stores(LinkStore links, VisitLog visits) {
    }

    private LinkStore links;
    private VisitLog log;
    private Stores stores;
    private int linkCount;

    protected abstract Stores newStores();

    /** A user that exists wherever the link store needs it to; a different one on each call. */
    protected abstract UserId existingUser(Stores stores);

    @BeforeEach
    void startWithEmptyStores() {
        stores = newStores();
        links = stores.links();
        log = stores.visits();
    }

    private Link link() {
        linkCount++;
        NewLink link = new NewLink(new ShortCode("link-" + linkCount), existingUser(stores),
                new TargetUrl("https://example.com/" + linkCount), NOW, null, null, RedirectStatus.FOUND);
        return ((LinkWriter.Inserted) links.insert(link, Optional.empty())).link();
    }

    private static Visit visit(Link link, Instant at, String referrerHost) {
        return new Visit(link.id(), at, referrerHost, "Agent/1.0");
    }

    private static Visit visit(Link link) {
        return visit(link, NOW, null);
    }

    private static List<Visit> times(int count, Visit visit) {
        return Collections.nCopies(count, visit);
    }

    private static List<Visit> concat(List<Visit> first, List<Visit> second) {
        List<Visit> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private VisitStats stats(Link link, int topReferrers) {
        return log.stats(link.id(), FIRST_DAY, LAST_DAY, topReferrers);
    }

    private static List<DailyVisits> zeroDays() {
        return FIRST_DAY.datesUntil(LAST_DAY.plusDays(1)).map(day -> new DailyVisits(day, 0)).toList();
    }

    @Test
    void givenABatch_append_addsEachVisitToItsLinksCount() {
        Link first = link();
        Link second = link();

        log.append(List.of(visit(first), visit(second), visit(first)));
        log.append(List.of(visit(first)));

        assertThat(log.countFor(first.id())).isEqualTo(3);
        assertThat(log.countFor(second.id())).isEqualTo(1);
    }

    @Test
    void givenAppendedVisits_theLinkStore_readsTheLinksCountWithIt() {
        Link link = link();

        log.append(times(4, visit(link)));

        assertThat(links.findByCode(link.code()).orElseThrow().visits()).isEqualTo(4);
    }

    @Test
    void givenAnEmptyBatch_append_changesNothing() {
        Link link = link();

        log.append(List.of());

        assertThat(log.countFor(link.id())).isZero();
        assertThat(stats(link, 10)).isEqualTo(new VisitStats(0, zeroDays(), List.of()));
    }

    @Test
    void givenAVisitOfADeletedLink_append_dropsItAndStoresTheRest() {
        Link kept = link();
        Link deleted = link();
        links.delete(deleted.id());

        log.append(List.of(visit(kept), visit(deleted), visit(kept)));

        assertThat(log.countFor(kept.id())).isEqualTo(2);
        assertThat(log.countFor(deleted.id())).isZero();
        assertThat(log.stats(deleted.id(), FIRST_DAY, LAST_DAY, 10).daily()).isEqualTo(zeroDays());
    }

    @Test
    void givenAnUnknownLink_countFor_returnsZero() {
        link();

        assertThat(log.countFor(new LinkId(999_999))).isZero();
    }

    @Test
    void givenALinkWithVisits_deletingTheLink_deletesItsVisits() {
        Link link = link();
        log.append(times(3, visit(link, NOW, "example.org")));

        links.delete(link.id());

        assertThat(log.countFor(link.id())).isZero();
        assertThat(stats(link, 10)).isEqualTo(new VisitStats(0, zeroDays(), List.of()));
    }

    @Test
    void givenVisitsOnSomeDays_stats_countsEveryUtcDayOfTheRangeOldestFirstZerosIncluded() {
        Link link = link();
        log.append(List.of(
                visit(link, Instant.parse("2025-03-05T23:59:59.999Z"), null),
                visit(link, Instant.parse("2025-03-06T00:00:00.000Z"), null),
                visit(link, Instant.parse("2025-03-06T23:59:59.999Z"), null),
                visit(link, Instant.parse("2025-03-08T08:00:00.000Z"), null),
                visit(link, Instant.parse("2025-03-08T12:00:00.000Z"), null),
                visit(link, Instant.parse("2025-03-08T16:00:00.000Z"), null),
                visit(link, Instant.parse("2025-03-10T23:59:59.999Z"), null),
                visit(link, Instant.parse("2025-03-11T00:00:00.000Z"), null)));

        VisitStats stats = stats(link, 10);

        assertThat(stats.total()).isEqualTo(8);
        assertThat(stats.daily()).containsExactly(
                new DailyVisits(LocalDate.parse("2025-03-06"), 2),
                new DailyVisits(LocalDate.parse("2025-03-07"), 0),
                new DailyVisits(LocalDate.parse("2025-03-08"), 3),
                new DailyVisits(LocalDate.parse("2025-03-09"), 0),
                new DailyVisits(LocalDate.parse("2025-03-10"), 1));
    }

    @Test
    void givenAOneDayRange_stats_returnsThatDayAlone() {
        Link link = link();
        log.append(times(2, visit(link)));

        VisitStats stats = log.stats(link.id(), LAST_DAY, LAST_DAY, 10);

        assertThat(stats.daily()).containsExactly(new DailyVisits(LAST_DAY, 2));
    }

    @Test
    void givenVisitsFromSeveralHosts_stats_ranksTheTopReferrersByVisitsThenByHost() {
        Link link = link();
        log.append(concat(
                concat(times(3, visit(link, NOW, "b.example")), times(2, visit(link, NOW, "c.example"))),
                concat(times(2, visit(link, NOW, "a.example")), List.of(visit(link, NOW, "d.example")))));
        log.append(times(5, visit(link, NOW, null)));
        log.append(times(9, visit(link, Instant.parse("2025-03-05T12:00:00Z"), "before.example")));

        VisitStats stats = stats(link, 3);

        assertThat(stats.topReferrers()).containsExactly(
                new ReferrerVisits("b.example", 3),
                new ReferrerVisits("a.example", 2),
                new ReferrerVisits("c.example", 2));
        assertThat(stats.total()).isEqualTo(22);
    }

    @Test
    void givenVisitsOfAnotherLink_stats_leavesThemOut() {
        Link link = link();
        Link other = link();
        log.append(List.of(visit(link, NOW, "mine.example")));
        log.append(times(4, visit(other, NOW, "theirs.example")));

        VisitStats stats = stats(link, 10);

        assertThat(stats.total()).isEqualTo(1);
        assertThat(stats.daily()).extracting(DailyVisits::visits).containsExactly(0L, 0L, 0L, 0L, 1L);
        assertThat(stats.topReferrers()).containsExactly(new ReferrerVisits("mine.example", 1));
    }

    @Test
    void givenEightThreadsAppendingAtOnce_everyVisitIsCountedOnce() throws Exception {
        Link first = link();
        Link second = link();
        List<Visit> batch = concat(times(10, visit(first, NOW, "a.example")), times(10, visit(second)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 25; i++) {
                        log.append(batch);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(log.countFor(first.id())).isEqualTo(2000);
        assertThat(log.countFor(second.id())).isEqualTo(2000);
        assertThat(stats(first, 10).topReferrers()).containsExactly(new ReferrerVisits("a.example", 2000));
        assertThat(stats(second, 10).daily()).extracting(DailyVisits::visits).containsExactly(0L, 0L, 0L, 0L, 2000L);
    }
}
