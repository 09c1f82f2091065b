package dev.portico.adapters.rest.link;

import dev.portico.application.link.LinkStats;
import dev.portico.domain.link.VisitStats;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A link's numbers. */
@Schema(name = "LinkStats", description = "Visits of one link.")
public record LinkStatsResponse(
        @Schema(example = "my-link") String code,
        @Schema(description = "Every visit recorded, all time.", example = "12") long total,
        @Schema(description = "Visits per UTC day of the range, oldest first, zero days included.") List<Daily> daily,
        @Schema(description = "The 10 hosts that referred most visits in the range.") List<Referrer> topReferrers) {

    static LinkStatsResponse from(LinkStats.Report report) {
        VisitStats stats = report.stats();
        return new LinkStatsResponse(report.link().code().value(), stats.total(),
                stats.daily().stream().map(day -> new Daily(day.date().toString(), day.visits())).toList(),
                stats.topReferrers().stream().map(ref -> new Referrer(ref.host(), ref.visits())).toList());
    }

    @Schema(name = "DailyVisits")
    public record Daily(@Schema(example = "2026-03-02") String date, @Schema(example = "12") long visits) {
    }

    @Schema(name = "ReferrerVisits")
    public record Referrer(@Schema(example = "news.ycombinator.com") String host, @Schema(example = "7") long visits) {
    }
}
