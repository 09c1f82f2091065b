package dev.portico.application.link;

import static dev.portico.application.link.LinkFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.LinkExpired;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.error.VisitLimitReached;
import dev.portico.domain.link.Link;
import dev.portico.domain.link.RedirectStatus;
import dev.portico.domain.link.Visit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResolveLinkTest {

    private final LinkFixture fixture = new LinkFixture();

    private Redirect resolve(String code) {
        return fixture.resolve.resolve(code, null, null);
    }

    @Test
    void givenALink_resolve_redirectsToItsTargetWithItsStatus() {
        fixture.link(ALICE, "abc");

        Redirect redirect = resolve("abc");

        assertThat(redirect).isEqualTo(new Redirect("https://example.com/abc", 307));
    }

    @Test
    void givenAnUnknownCode_resolve_isNotFound() {
        fixture.link(ALICE, "abc");

        assertThatThrownBy(() -> resolve("abd")).isInstanceOf(LinkNotFound.class);
        assertThatThrownBy(() -> resolve("ABC")).isInstanceOf(LinkNotFound.class);
        assertThat(fixture.queue.queued()).isZero();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ab", "a/b/c", "../abc", "abc.html", "-abc", "é-abc"})
    void givenAMalformedCode_resolve_isNotFound(String code) {
        assertThatThrownBy(() -> resolve(code)).isInstanceOf(LinkNotFound.class);
    }

    @Test
    void givenAnExpiredLink_resolve_isGone() {
        fixture.link(ALICE, "abc", Duration.ofMinutes(1), null);
        fixture.clock.advance(Duration.ofMinutes(1).minusMillis(1));
        assertThat(resolve("abc").location()).isEqualTo("https://example.com/abc");

        fixture.clock.advance(Duration.ofMillis(1));

        assertThatThrownBy(() -> resolve("abc")).isInstanceOfSatisfying(LinkExpired.class, expired -> {
            assertThat(expired.code()).isEqualTo("abc");
            assertThat(expired.expiredAt()).isEqualTo(fixture.clock.instant());
        });
        assertThat(fixture.queue.queued()).isEqualTo(1);
    }

    @Test
    void givenAVisitLimitOfThree_resolve_redirectsThreeTimesThenIsGone() {
        fixture.link(ALICE, "abc", null, 3L);

        for (int i = 0; i < 3; i++) {
            assertThat(resolve("abc").status()).isEqualTo(307);
        }

        assertThatThrownBy(() -> resolve("abc")).isInstanceOfSatisfying(VisitLimitReached.class, reached -> {
            assertThat(reached.code()).isEqualTo("abc");
            assertThat(reached.maxVisits()).isEqualTo(3);
        });
        assertThatThrownBy(() -> resolve("abc")).isInstanceOf(VisitLimitReached.class);
        assertThat(fixture.queue.queued()).isEqualTo(3);
    }

    @Test
    void givenVisitsAlreadyLogged_resolve_countsThemAgainstTheLimit() {
        Link link = fixture.link(ALICE, "abc", null, 3L);
        fixture.logged(link, 2);

        resolve("abc");

        assertThatThrownBy(() -> resolve("abc")).isInstanceOf(VisitLimitReached.class);
    }

    @Test
    void givenALimitRemovedAndSetAgain_resolve_countsTheVisitsMadeInBetween() {
        fixture.link(ALICE, "abc", null, 10L);
        for (int i = 0; i < 2; i++) {
            resolve("abc");
        }
        fixture.update.update(ALICE, "abc", maxVisitsPatch(null), java.util.Optional.empty());
        for (int i = 0; i < 3; i++) {
            resolve("abc");
        }

        fixture.update.update(ALICE, "abc", maxVisitsPatch(6L), java.util.Optional.empty());

        assertThat(resolve("abc").status()).isEqualTo(307);
        assertThatThrownBy(() -> resolve("abc")).as("6 visits made, 6 allowed").isInstanceOf(VisitLimitReached.class);
        assertThat(fixture.queue.queued()).isEqualTo(6);
    }

    private static LinkPatch maxVisitsPatch(Long value) {
        return new LinkPatch(LinkPatch.Change.absent(), LinkPatch.Change.absent(), LinkPatch.Change.to(value),
                LinkPatch.Change.absent());
    }

    @Test
    void givenManyThreads_resolve_letsExactlyTheLimitThrough() throws Exception {
        fixture.link(ALICE, "abc", null, 50L);
        int threads = 8;
        int perThread = 100;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            Callable<int[]> visitor = () -> {
                start.await();
                int[] outcome = new int[2];
                for (int i = 0; i < perThread; i++) {
                    try {
                        fixture.resolve.resolve("abc", null, "agent");
                        outcome[0]++;
                    } catch (VisitLimitReached gone) {
                        outcome[1]++;
                    }
                }
                return outcome;
            };
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(visitor));
            }
            start.countDown();
            int redirected = 0;
            int gone = 0;
            for (Future<int[]> result : results) {
                int[] outcome = result.get(10, TimeUnit.SECONDS);
                redirected += outcome[0];
                gone += outcome[1];
            }

            assertThat(redirected).isEqualTo(50);
            assertThat(gone).isEqualTo(threads * perThread - 50);
            assertThat(fixture.queue.queued()).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenAFollowedLink_resolve_queuesTheVisitWithReferrerHostAndUserAgent() {
        Link link = fixture.link(ALICE, "abc");

        resolve("abc");
        fixture.resolve.resolve("abc", "https://user:pw@News.Example.COM:8443/item?id=1", "Mozilla/5.0");
        fixture.queue.flush();

        assertThat(fixture.log.visits()).containsExactly(
                new Visit(link.id(), LinkFixture.START, null, null),
                new Visit(link.id(), LinkFixture.START, "news.example.com", "Mozilla/5.0"));
    }

    @Test
    void aVisitIsStampedWithTheClock() {
        fixture.link(ALICE, "abc");
        fixture.clock.advance(Duration.ofSeconds(5));

        resolve("abc");
        fixture.queue.flush();

        assertThat(fixture.log.visits()).extracting(Visit::at).containsExactly(LinkFixture.START.plusSeconds(5));
    }

    @Test
    void givenAFullQueue_resolve_stillRedirectsAndCountsTheDrop() {
        LinkFixture small = new LinkFixture(RedirectStatus.FOUND, 2, 10);
        small.link(ALICE, "abc");

        for (int i = 0; i < 3; i++) {
            assertThat(small.resolve.resolve("abc", null, null).location()).isEqualTo("https://example.com/abc");
        }

        assertThat(small.queue.queued()).isEqualTo(2);
        assertThat(small.queue.dropped()).isEqualTo(1);
    }
}
