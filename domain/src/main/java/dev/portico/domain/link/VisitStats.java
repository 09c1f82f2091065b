package dev.portico.domain.link;

import java.time.LocalDate;
import java.util.List;

/** A link's visits: the total, a count per UTC day of the range (zero days included), and the top referrers. */
public record VisitStats(long total, List<DailyVisits> daily, List<ReferrerVisits> topReferrers) {

    public VisitStats {
        daily = List.copyOf(daily);
        topReferrers = List.copyOf(topReferrers);
    }

    public record DailyVisits(LocalDate date, long visits) {
    }

    public record ReferrerVisits(String host, long visits) {
    }
}
