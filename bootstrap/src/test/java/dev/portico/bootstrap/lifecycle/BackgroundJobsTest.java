package dev.portico.bootstrap.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.portico.domain.error.StoreUnavailable;
import io.dropwizard.lifecycle.JettyManaged;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.component.LifeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Background jobs on real managed executors; waits are bounded latches, never sleeps. */
class BackgroundJobsTest {

    private final LifecycleEnvironment lifecycle = new LifecycleEnvironment(new MetricRegistry());
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean claimsDown = new AtomicBoolean();
    /** Claims as a shared store would: the first claim of a name wins, later ones are refused. */
    private final BackgroundJobs jobs = new BackgroundJobs(lifecycle, (name, holdFor) -> {
        if (claimsDown.get()) {
            throw new StoreUnavailable(StoreUnavailable.Store.SHARED_STATE, Duration.ofSeconds(1));
        }
        return claimed.add(name);
    });

    @Test
    void aClusterJob_runsOnlyWhereItIsClaimed() {
        AtomicInteger runs = new AtomicInteger();
        Runnable purge = jobs.onceInCluster("purge", Duration.ofMinutes(50), runs::incrementAndGet);

        purge.run();
        purge.run();

        assertThat(runs).as("the second instance's run finds the claim taken").hasValue(1);
    }

    @Test
    void aClusterJob_whoseClaimsCannotBeReached_runsAnyway() {
        AtomicInteger runs = new AtomicInteger();
        claimsDown.set(true);

        jobs.onceInCluster("purge", Duration.ofMinutes(50), runs::incrementAndGet).run();

        assertThat(runs).hasValue(1);
    }

    /** As Dropwizard does: in the reverse order of registration. */
    @AfterEach
    void stopEverything() throws Exception {
        List<LifeCycle> managed = new ArrayList<>(lifecycle.getManagedObjects());
        Collections.reverse(managed);
        for (LifeCycle each : managed) {
            each.stop();
        }
    }

    @Test
    void givenARunThatThrows_every_runsTheJobAgainAtItsNextTime() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch secondRun = new CountDownLatch(2);

        jobs.every("test-job", Duration.ZERO, Duration.ofMillis(1), "Testing", () -> {
            secondRun.countDown();
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("the first run fails");
            }
        });

        assertThat(secondRun.await(10, TimeUnit.SECONDS)).as("the job ran again after failing").isTrue();
    }

    @Test
    void givenAJobWithADelayOfItsOwn_after_asksForTheNextDelayAfterEachRun() throws Exception {
        AtomicInteger delaysAsked = new AtomicInteger();
        CountDownLatch twoRuns = new CountDownLatch(2);

        jobs.after("test-daily", () -> {
            delaysAsked.incrementAndGet();
            return Duration.ZERO;
        }, "Testing", twoRuns::countDown);
        startManaged();

        assertThat(twoRuns.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(delaysAsked.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void givenAPendingRun_stopping_cancelsItSoTheJobNeverRuns() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        jobs.after("test-daily", () -> Duration.ofDays(1), "Testing", runs::incrementAndGet);
        startManaged();

        stopEverything();

        assertThat(runs.get()).isZero();
        assertThat(lifecycle.getManagedObjects()).allSatisfy(managed -> assertThat(managed.isStopped()).isTrue());
    }

    private void startManaged() throws Exception {
        for (LifeCycle managed : lifecycle.getManagedObjects()) {
            if (managed instanceof JettyManaged) {
                managed.start();
            }
        }
    }
}
