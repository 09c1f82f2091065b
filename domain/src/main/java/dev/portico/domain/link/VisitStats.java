package dev.portico.domain.link;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A link's visits: the total, a count per UTC day of the range (zero days included), and the top referrers. */
public record VisitStats(long total, List<DailyVisits> daily, List<ReferrerVisits> topReferrers) {

    public VisitStats {
        daily = List.copyOf(daily);
        topReferrers = List.copyOf(topReferrers);
    }

    /**
     * The stats of a link with {@code total} visits, of which {@code inRange} fall in the UTC days
     * {@code from} to {@code to}: those counted per day and per referrer host, the {@code topReferrers}
     * busiest hosts first and hosts with as many visits by name.
     */
    public static VisitStats of(long total, Collection<Visit> inRange, LocalDate from, LocalDate to,
            int topReferrers) {
        Map<LocalDate, Long> perDay = inRange.stream()
                .collect(Collectors.groupingBy(visit -> LocalDate.ofInstant(visit.at(), ZoneOffset.UTC),
                        Collectors.counting()));
        List<ReferrerVisits> top = inRange.stream()
                .map(Visit::referrerHost)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .map(host -> new ReferrerVisits(host.getKey(), host.getValue()))
                .sorted(Comparator.comparingLong(ReferrerVisits::visits).reversed().thenComparing(ReferrerVisits::host))
                .limit(topReferrers)
                .toList();
        return new VisitStats(total, everyDay(from, to, perDay), top);
    }

    /** Each day from {@code from} to {@code to}, oldest first, with its count in {@code perDay} or zero. */
    public static List<DailyVisits> everyDay(LocalDate from, LocalDate to, Map<LocalDate, Long> perDay) {
        return from.datesUntil(to.plusDays(1))
                .map(day -> new DailyVisits(day, perDay.getOrDefault(day, 0L)))
                .toList();
    }

    public record DailyVisits(LocalDate date, long visits) {
    }

    public record ReferrerVisits(String host, long visits) {
    }
}
