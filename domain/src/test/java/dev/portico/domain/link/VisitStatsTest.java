package dev.portico.domain.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.link.VisitStats.DailyVisits;
import dev.portico.domain.link.VisitStats.ReferrerVisits;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitStatsTest {

    private static final LinkId LINK = new LinkId(1);
    private static final LocalDate FIRST = LocalDate.parse("2025-03-06");
    private static final LocalDate LAST = LocalDate.parse("2025-03-08");

    private static Visit visit(String at, String referrerHost) {
        return new Visit(LINK, Instant.parse(at), referrerHost, null);
    }

    @Test
    void everyDay_listsTheRangeOldestFirstWithZeroForDaysWithoutACount() {
        assertThat(VisitStats.everyDay(FIRST, LAST, Map.of(LocalDate.parse("2025-03-07"), 4L))).containsExactly(
                new DailyVisits(FIRST, 0), new DailyVisits(LocalDate.parse("2025-03-07"), 4), new DailyVisits(LAST, 0));
    }

    @Test
    void of_countsTheVisitsPerUtcDayAndRanksTheReferrersByVisitsThenHost() {
        List<Visit> inRange = List.of(
                visit("2025-03-06T00:00:00Z", "b.example"),
                visit("2025-03-06T23:59:59.999Z", "a.example"),
                visit("2025-03-08T12:00:00Z", "c.example"),
                visit("2025-03-08T13:00:00Z", "c.example"),
                visit("2025-03-08T14:00:00Z", null));

        VisitStats stats = VisitStats.of(9, inRange, FIRST, LAST, 2);

        assertThat(stats.total()).isEqualTo(9);
        assertThat(stats.daily()).containsExactly(new DailyVisits(FIRST, 2),
                new DailyVisits(LocalDate.parse("2025-03-07"), 0), new DailyVisits(LAST, 3));
        assertThat(stats.topReferrers()).containsExactly(new ReferrerVisits("c.example", 2),
                new ReferrerVisits("a.example", 1));
    }
}
