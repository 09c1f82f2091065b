package dev.portico.application.link;

import static dev.portico.application.link.LinkFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.link.port.VisitLimitsContract;
import dev.portico.application.link.support.LiveVisitCounts;
import dev.portico.domain.link.Link;
import dev.portico.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** The in-process counts, held to the contract of every {@code VisitLimits}, and what only they show. */
class LiveVisitCountsTest extends VisitLimitsContract {

    private final LinkFixture fixture = new LinkFixture();

    @Override
    protected Stores newStores() {
        return new Stores(fixture.links, fixture.log, fixture.liveCounts);
    }

    @Override
    protected UserId existingUser(Stores stores) {
        return ALICE.userId();
    }

    @Test
    void aCount_startsFromTheLoggedPlusTheQueuedVisits() {
        Link link = fixture.link(ALICE, "abc", null, 5L);
        fixture.logged(link, 2);
        fixture.queue.offer(LinkFixture.visit(link, "queued"));
        fixture.queue.offer(LinkFixture.visit(link, "queued"));

        assertThat(fixture.liveCounts.tryCount(link)).isTrue();
        assertThat(fixture.liveCounts.tryCount(link)).isFalse();
    }

    @Test
    void aCount_readsTheLogOnlyOnce() {
        Link link = fixture.link(ALICE, "abc", null, 5L);

        fixture.liveCounts.tryCount(link);
        fixture.logged(link, 5);

        assertThat(fixture.liveCounts.tryCount(link)).isTrue();
        assertThat(fixture.log.countCalls()).isEqualTo(1);
    }

    @Test
    void aLinkAtItsLimit_isNotCounted() {
        Link link = fixture.link(ALICE, "abc", null, 3L);
        fixture.logged(link, 3);

        assertThat(fixture.liveCounts.tryCount(link)).isFalse();
        assertThat(fixture.liveCounts.tryCount(link)).isFalse();
    }

    @Test
    void aRaisedLimit_letsMoreVisitsThrough() {
        Link link = fixture.link(ALICE, "abc", null, 1L);
        assertThat(fixture.liveCounts.tryCount(link)).isTrue();
        assertThat(fixture.liveCounts.tryCount(link)).isFalse();

        Link raised = new Link(link.id(), link.code(), link.owner(), link.target(), link.createdAt(), null, null, 2L,
                link.redirectStatus(), 0, 2);

        assertThat(fixture.liveCounts.tryCount(raised)).isTrue();
        assertThat(fixture.liveCounts.tryCount(raised)).isFalse();
    }

    @Test
    void forget_startsTheCountAgainFromTheLog() {
        Link link = fixture.link(ALICE, "abc", null, 2L);
        fixture.liveCounts.tryCount(link);
        fixture.liveCounts.tryCount(link);
        assertThat(fixture.liveCounts.tryCount(link)).isFalse();

        fixture.liveCounts.forget(link.id());

        assertThat(fixture.liveCounts.tryCount(link)).isTrue();
        assertThat(fixture.log.countCalls()).isEqualTo(2);
    }

    @Test
    void countUnlimited_countsOnlyALinkWhoseCountIsKept() {
        Link link = fixture.link(ALICE, "abc", null, 3L);
        Link other = fixture.link(ALICE, "def", null, 3L);
        fixture.liveCounts.tryCount(link);

        fixture.liveCounts.countUnlimited(link.id());
        fixture.liveCounts.countUnlimited(other.id());

        assertThat(fixture.liveCounts.tryCount(link)).isTrue();
        assertThat(fixture.liveCounts.tryCount(link)).isFalse();
        assertThat(fixture.liveCounts.tryCount(other)).as("not tracked before, so read from the log").isTrue();
    }

    @Test
    void aLinkWithoutALimit_isRefused() {
        Link link = fixture.link(ALICE, "abc");

        assertThatThrownBy(() -> fixture.liveCounts.tryCount(link)).isInstanceOf(IllegalArgumentException.class);
    }
}
