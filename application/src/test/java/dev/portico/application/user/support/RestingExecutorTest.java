package dev.portico.application.user.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.support.FakePasswordHasher;
import dev.portico.domain.user.Password;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RestingExecutorTest {

    @Test
    void givenAHalfDutyCycle_theRestEqualsTheWork() {
        assertThat(RestingExecutor.restAfter(Duration.ofMillis(140), 0.5)).isEqualTo(Duration.ofMillis(140));
    }

    @Test
    void givenAQuarterDutyCycle_theRestIsThreeTimesTheWork() {
        assertThat(RestingExecutor.restAfter(Duration.ofMillis(100), 0.25)).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void givenAFullDutyCycle_thereIsNoRest() {
        assertThat(RestingExecutor.restAfter(Duration.ofMillis(100), 1.0)).isZero();
    }

    @Test
    void givenADutyCycleOutsideZeroToOne_theExecutorIsRefused() {
        for (double dutyCycle : new double[] {0, -0.5, 1.01, Double.NaN}) {
            assertThatThrownBy(() -> new RestingExecutor(1, 1, dutyCycle, Thread::new, RestingExecutor.SLEEP))
                    .as("duty cycle %s", dutyCycle).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void whileAHashIsQueued_theThreadRestsAfterItsTask() throws Exception {
        List<Duration> rests = heldThenQueued(0.5);

        assertThat(rests).as("a rest after the task that had another waiting behind it").isNotEmpty()
                .allSatisfy(rest -> assertThat(rest).isPositive());
    }

    @Test
    void givenAFullDutyCycle_theThreadNeverRests_evenWithWorkQueued() throws Exception {
        assertThat(heldThenQueued(1.0)).isEmpty();
    }

    /** Holds one check on the only thread, queues a second behind it, releases both; returns the rests taken. */
    private static List<Duration> heldThenQueued(double dutyCycle) throws Exception {
        FakePasswordHasher hasher = new FakePasswordHasher(2);
        List<Duration> rests = new CopyOnWriteArrayList<>();
        PasswordHashing hashing = new PasswordHashing(hasher, 1, 2, dutyCycle, rests::add);
        hashing.matchNobody(new Password("warm-up: the decoy hash has run"));
        rests.clear();
        hasher.blockChecksOf("held");
        CompletableFuture<Boolean> held = CompletableFuture.supplyAsync(
                () -> hashing.matches(new Password("held"), FakePasswordHasher.hashOf("other", 2)));
        hasher.awaitBlockedCheck();
        CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(
                () -> hashing.matches(new Password("queued"), FakePasswordHasher.hashOf("queued", 2)));
        while (hashing.queued() < 1) {
            Thread.onSpinWait();
        }

        hasher.releaseBlocked();

        assertThat(held.get()).isFalse();
        assertThat(queued.get()).isTrue();
        hashing.close();
        return rests;
    }
}
