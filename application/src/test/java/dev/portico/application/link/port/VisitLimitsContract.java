package dev.portico.application.link.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.link.Link;
import dev.portico.domain.link.NewLink;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.TargetUrl;
import dev.portico.domain.link.Visit;
import dev.portico.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link VisitLimits} must show, with the link store and visit log it counts beside.
 * Each test follows links as {@code ResolveLink} does: a link without a limit is noted through
 * {@link VisitLimits#countUnlimited}, one with a limit through {@link VisitLimits#tryCount}, and every
 * visit let through is then appended to the log, as the visit queue would. Limits are changed through
 * the link store, and the link the store returns is the one followed next.
 */
public abstract class VisitLimitsContract {

    private static final Instant NOW = Instant.parse("2025-03-10T12:00:00.000Z");

    /** The three ports over one empty storage. */
    public record Stores(LinkStore links, VisitLog log, VisitLimits limits) {
    }

    private Stores stores;
    private int linkCount;

    protected abstract Stores newStores();

    /** A user that exists wherever the link store needs it to; a different one on each call. */
    protected abstract UserId existingUser(Stores stores);

    @BeforeEach
    void startWithEmptyStores() {
        stores = newStores();
    }

    private Link link(Long maxVisits) {
        linkCount++;
        NewLink link = new NewLink(new ShortCode("limited-" + linkCount), existingUser(stores),
                new TargetUrl("https://example.com/" + linkCount), NOW, null, maxVisits, RedirectStatus.FOUND);
        return ((LinkWriter.Inserted) stores.links().insert(link, Optional.empty())).link();
    }

    private Link withLimit(Link link, Long maxVisits) {
        Link current = stores.links().findByCode(link.code()).orElseThrow();
        Link changed = new Link(current.id(), current.code(), current.owner(), current.target(), current.createdAt(),
                current.expiresIn(), current.expiresAt(), maxVisits, current.redirectStatus(), current.visits(),
                current.version());
        return stores.links().update(changed, current.version()).orElseThrow();
    }

    private void logged(Link link, int count) {
        stores.log().append(Collections.nCopies(count, new Visit(link.id(), NOW, null, "Agent/1.0")));
    }

    /** What a redirect does with the limit: true when the visit was let through (and then logged). */
    private boolean follow(Link link) {
        boolean admitted;
        if (link.maxVisits() == null) {
            stores.limits().countUnlimited(link.id());
            admitted = true;
        } else {
            admitted = stores.limits().tryCount(link);
        }
        if (admitted) {
            logged(link, 1);
        }
        return admitted;
    }

    private int followed(Link link, int times) {
        int admitted = 0;
        for (int i = 0; i < times; i++) {
            admitted += follow(link) ? 1 : 0;
        }
        return admitted;
    }

    @Test
    void givenALinkWithALimit_tryCount_letsExactlyThatManyVisitsThrough() {
        Link link = link(3L);

        assertThat(followed(link, 5)).isEqualTo(3);
        assertThat(stores.limits().tryCount(link)).isFalse();
    }

    @Test
    void givenVisitsAlreadyLogged_tryCount_letsOnlyTheRestThrough() {
        Link link = link(5L);
        logged(link, 2);

        assertThat(followed(link, 5)).isEqualTo(3);
    }

    @Test
    void givenALinkWhoseLoggedVisitsReachTheLimit_tryCount_returnsFalse() {
        Link link = link(3L);
        logged(link, 3);

        assertThat(stores.limits().tryCount(link)).isFalse();
        assertThat(stores.limits().tryCount(link)).isFalse();
    }

    @Test
    void givenALimitOfOne_theSecondVisit_isRefused() {
        Link link = link(1L);

        assertThat(stores.limits().tryCount(link)).isTrue();
        assertThat(stores.limits().tryCount(link)).isFalse();
    }

    @Test
    void givenTwoLinks_eachCountsOnlyItsOwnVisits() {
        Link first = link(2L);
        Link second = link(2L);

        assertThat(followed(first, 3)).isEqualTo(2);
        assertThat(followed(second, 3)).isEqualTo(2);
    }

    @Test
    void givenALinkAtItsLimit_raisingTheLimit_letsTheDifferenceThrough() {
        Link link = link(2L);
        assertThat(followed(link, 3)).isEqualTo(2);

        Link raised = withLimit(link, 4L);

        assertThat(followed(raised, 5)).isEqualTo(2);
    }

    @Test
    void givenALinkFollowedWithoutALimit_aLimitSetLater_countsEveryVisitMadeBefore() {
        Link link = link(null);
        assertThat(followed(link, 3)).isEqualTo(3);

        Link limited = withLimit(link, 5L);

        assertThat(followed(limited, 5)).isEqualTo(2);
    }

    @Test
    void givenALimitRemovedAndSetAgain_theVisitsInBetween_countTowardsTheNewLimit() {
        Link link = link(2L);
        assertThat(followed(link, 2)).isEqualTo(2);
        Link unlimited = withLimit(link, null);
        assertThat(followed(unlimited, 3)).isEqualTo(3);

        Link limitedAgain = withLimit(unlimited, 6L);

        assertThat(followed(limitedAgain, 5)).isEqualTo(1);
    }

    @Test
    void givenALinkWithoutALimit_tryCount_isRefused() {
        Link link = link(null);

        assertThatThrownBy(() -> stores.limits().tryCount(link)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenSixteenThreadsRacingOnALimitOfFifty_exactlyFiftyVisitsAreLetThrough() throws Exception {
        Link link = link(50L);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                Callable<Integer> task = () -> {
                    start.await();
                    int admitted = 0;
                    for (int i = 0; i < 10; i++) {
                        admitted += stores.limits().tryCount(link) ? 1 : 0;
                    }
                    return admitted;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Integer> future : futures) {
                admitted += future.get(60, TimeUnit.SECONDS);
            }

            assertThat(admitted).isEqualTo(50);
            assertThat(stores.limits().tryCount(link)).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }
}
