package dev.portico.bootstrap.lifecycle;

import dev.portico.application.cluster.port.JobClaims;
import dev.portico.domain.error.StoreUnavailable;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way Portico runs background work: each named job gets a scheduled executor of its own
 * (its thread carries the name) that Dropwizard manages, so every job stops with the server. A run
 * that throws is logged and the job runs again at its next time. Jobs of the whole cluster (a purge,
 * the daily capture) run on the one instance that claims each run; jobs of this instance (flushing
 * its visit queue) run everywhere.
 */
public final class BackgroundJobs {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);

    private final LifecycleEnvironment lifecycle;
    private final JobClaims claims;

    public BackgroundJobs(LifecycleEnvironment lifecycle, JobClaims claims) {
        this.lifecycle = lifecycle;
        this.claims = claims;
    }

    /**
     * {@code job} as a job of the cluster: a run goes ahead only on the instance that claims it, and
     * the claim holds for {@code holdFor}, so the other instances' runs of that time do nothing. When
     * the claims cannot be reached the run goes ahead anyway: every cluster job is idempotent, and a
     * run twice is better than none.
     */
    public Runnable onceInCluster(String name, Duration holdFor, Runnable job) {
        return () -> {
            boolean mine;
            try {
                mine = claims.claim(name, holdFor);
            } catch (StoreUnavailable unreachable) {
                LOG.warn("Cannot reach the job claims; running {} here in case no other instance does", name);
                mine = true;
            }
            if (mine) {
                job.run();
            } else {
                LOG.debug("{} runs on another instance this time", name);
            }
        };
    }

    /**
     * Runs {@code job} first after {@code firstRun}, then {@code interval} after each run ends.
     *
     * @param what what the job does, for the log line of a failed run ("Writing queued visits")
     */
    public void every(String name, Duration firstRun, Duration interval, String what, Runnable job) {
        executor(name).scheduleWithFixedDelay(() -> quietly(what, job), firstRun.toNanos(), interval.toNanos(),
                TimeUnit.NANOSECONDS);
    }

    /** Runs {@code job} every {@code interval}, the first time one interval from now. */
    public void every(String name, Duration interval, String what, Runnable job) {
        every(name, interval, interval, what, job);
    }

    /**
     * Runs {@code job} after the delay {@code untilNextRun} gives, and again after the delay it gives
     * once that run has ended. Stopping cancels the pending run, so a shutdown does not wait for it.
     */
    public void after(String name, Supplier<Duration> untilNextRun, String what, Runnable job) {
        lifecycle.manage(new Rescheduling(executor(name), untilNextRun, () -> quietly(what, job)));
    }

    private ScheduledExecutorService executor(String name) {
        return lifecycle.scheduledExecutorService(name).build();
    }

    private static void quietly(String what, Runnable job) {
        try {
            job.run();
        } catch (RuntimeException failed) {
            LOG.warn("{} failed; retrying on the next run", what, failed);
        }
    }

    /** A job whose next run is computed after each run; managed so that stopping cancels what is pending. */
    private static final class Rescheduling implements Managed {

        private final ScheduledExecutorService executor;
        private final Supplier<Duration> untilNextRun;
        private final Runnable job;
        private volatile ScheduledFuture<?> next;
        private volatile boolean stopped;

        Rescheduling(ScheduledExecutorService executor, Supplier<Duration> untilNextRun, Runnable job) {
            this.executor = executor;
            this.untilNextRun = untilNextRun;
            this.job = job;
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

        private void scheduleNext() {
            next = executor.schedule(this::runAndReschedule, untilNextRun.get().toNanos(), TimeUnit.NANOSECONDS);
        }

        private void runAndReschedule() {
            try {
                job.run();
            } finally {
                if (!stopped) {
                    scheduleNext();
                }
            }
        }
    }
}
