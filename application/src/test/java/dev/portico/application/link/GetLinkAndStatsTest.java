package dev.portico.application.link;

import static dev.portico.application.link.LinkFixture.ADA;
import static dev.portico.application.link.LinkFixture.ALICE;
import static dev.portico.application.link.LinkFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.link.port.IdempotencyKeys;
import dev.portico.application.support.FakeVisitLog.StatsQuery;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.error.LinkNotFound;
import dev.portico.domain.link.Link;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GetLinkAndStatsTest {

    private final LinkFixture fixture = new LinkFixture();
    private final Link link = fixture.link(ALICE, "abc");

    @Test
    void get_takesTheVisitCountFromTheLogNotTheLinkAsLookedUp() {
        fixture.logged(link, 3);
        GetLink overAStaleCache = new GetLink(code -> Optional.of(link), fixture.log);

        Link got = overAStaleCache.get(ALICE, "abc");

        assertThat(link.visits()).isZero();
        assertThat(got.visits()).isEqualTo(3);
        assertThat(got.withVisits(0)).isEqualTo(link);
    }

    @Test
    void get_isForTheOwnerOrAnAdmin() {
        assertThat(fixture.get.get(ADA, "abc").id()).isEqualTo(link.id());
        assertThatThrownBy(() -> fixture.get.get(BOB, "abc")).isInstanceOf(LinkNotFound.class);
        assertThatThrownBy(() -> fixture.get.get(ALICE, "zzz")).isInstanceOf(LinkNotFound.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 367})
    void givenDaysOutOfRange_stats_refusesThemOnDays(int days) {
        assertThatThrownBy(() -> fixture.stats.of(ALICE, "abc", days))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("days"));
    }

    @Test
    void stats_coverTheLastDaysInUtcTodayIncluded() {
        LinkFixture late = new LinkFixture();
        late.clock.advance(Duration.between(LinkFixture.START, Instant.parse("2026-03-02T23:59:59.999Z")));
        Link lateLink = late.link(ALICE, "abc");

        LinkStats.Report report = late.stats.of(ALICE, "abc", 7);

        assertThat(report.link()).isEqualTo(lateLink);
        assertThat(late.log.lastStatsQuery()).isEqualTo(new StatsQuery(lateLink.id(), LocalDate.of(2026, 2, 24),
                LocalDate.of(2026, 3, 2), LinkStats.TOP_REFERRERS));
    }

    @Test
    void givenOneDay_stats_coverToday() {
        fixture.stats.of(ALICE, "abc", 1);

        assertThat(fixture.log.lastStatsQuery().from()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(fixture.log.lastStatsQuery().to()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void given366Days_stats_reachBackAYearInALeapYear() {
        fixture.stats.of(ALICE, "abc", 366);

        assertThat(fixture.log.lastStatsQuery().from()).isEqualTo(LocalDate.of(2025, 3, 2));
    }

    @Test
    void stats_areForTheOwnerOrAnAdmin() {
        assertThat(fixture.stats.of(ADA, "abc", 30).link()).isEqualTo(link);
        assertThatThrownBy(() -> fixture.stats.of(BOB, "abc", 30)).isInstanceOf(LinkNotFound.class);
    }

    @Test
    void forgetIdempotencyKeys_deletesTheKeysOlderThanADay() {
        fixture.shorten.shorten(ALICE, new ShortenCommand("https://example.com/1", null, null, null, null),
                Optional.of("old"));
        fixture.clock.advance(Duration.ofHours(1));
        fixture.shorten.shorten(ALICE, new ShortenCommand("https://example.com/2", null, null, null, null),
                Optional.of("new"));
        fixture.clock.advance(Duration.ofHours(23).plusMillis(1));

        int forgotten = fixture.forgetKeys.forget();

        assertThat(forgotten).isEqualTo(1);
        assertThat(fixture.links.lastKeyCutoff()).contains(fixture.clock.instant().minus(IdempotencyKeys.IDEMPOTENCY_WINDOW));
        assertThat(fixture.links.lastKeyCutoff()).contains(fixture.clock.instant().minus(Duration.ofHours(24)));
        assertThat(fixture.links.idempotencyKeys()).isEqualTo(1);
    }
}
