package dev.portico.bootstrap.quote;

import dev.portico.application.quote.CaptureDailySnapshots;
import dev.portico.domain.quote.MarketCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The snapshot capture as a job of each trading day, at the configured local time of the market. */
public final class DailyCapture {

    private static final Logger LOG = LoggerFactory.getLogger(DailyCapture.class);

    private final CaptureDailySnapshots capture;
    private final Clock clock;
    private final MarketCalendar calendar;
    private final LocalTime at;

    public DailyCapture(CaptureDailySnapshots capture, Clock clock, MarketCalendar calendar, LocalTime at) {
        this.capture = capture;
        this.clock = clock;
        this.calendar = calendar;
        this.at = at;
    }

    /** The delay from now until the capture time of the next trading day. */
    public Duration untilNextRun() {
        return untilNext(ZonedDateTime.now(clock.withZone(calendar.zone())), at, calendar);
    }

    public void run() {
        try {
            CaptureDailySnapshots.Result result = capture.capture();
            LOG.info("Captured daily snapshots for {}: {} stored, {} unknown, {} failed", result.day(), result.stored(),
                    result.unknown(), result.failed());
        } catch (RuntimeException failed) {
            LOG.warn("The daily snapshot capture failed; it runs again tomorrow", failed);
        }
    }

    static Duration untilNext(ZonedDateTime now, LocalTime at, MarketCalendar calendar) {
        ZonedDateTime next = now.with(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        while (!calendar.trades(next.toLocalDate())) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }
}
