package dev.portico.bootstrap.quote;

import dev.portico.application.quote.CaptureDailySnapshots;
import dev.portico.domain.quote.MarketCalendar;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the snapshot capture once each trading day at the configured local time of the market. Stopping
 * cancels the next run, so a shutdown does not wait for the executor to give up on it.
 */
public final class DailyCapture implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(DailyCapture.class);

    private final CaptureDailySnapshots capture;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final MarketCalendar calendar;
    private final LocalTime at;
    private volatile ScheduledFuture<?> next;
    private volatile boolean stopped;

    public DailyCapture(CaptureDailySnapshots capture, ScheduledExecutorService scheduler, Clock clock,
            MarketCalendar calendar, LocalTime at) {
        this.capture = capture;
        this.scheduler = scheduler;
        this.clock = clock;
        this.calendar = calendar;
        this.at = at;
    }

    @Override
    public void start() {
        scheduleNext();
    }

    @Override
    public void stop() {
        stopped = true;
        ScheduledFuture<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /** The delay from now until the capture time of the next trading day. */
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

    private void scheduleNext() {
        Duration delay = untilNext(ZonedDateTime.now(clock.withZone(calendar.zone())), at, calendar);
        next = scheduler.schedule(this::runAndReschedule, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runAndReschedule() {
        try {
            CaptureDailySnapshots.Result result = capture.capture();
            LOG.info("Captured daily snapshots for {}: {} stored, {} unknown, {} failed", result.day(), result.stored(),
                    result.unknown(), result.failed());
        } catch (RuntimeException failed) {
            LOG.warn("The daily snapshot capture failed; it runs again tomorrow", failed);
        } finally {
            if (!stopped) {
                scheduleNext();
            }
        }
    }
}
