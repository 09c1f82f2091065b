package dev.portico.application.stream.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link StreamSeats} adapter must show. Each adapter's test class extends this and
 * supplies seats over a store in which no user holds a seat yet.
 */
public abstract class StreamSeatsContract<T extends StreamSeats> {

    private static final UserId ALICE = new UserId(1);
    private static final UserId BOB = new UserId(2);

    protected T seats;

    protected abstract T newSeats();

    /** Releases what the seats hold; nothing by default. */
    protected void close(T closing) {
    }

    @BeforeEach
    void startWithNoSeats() {
        seats = newSeats();
    }

    @AfterEach
    void closeSeats() {
        close(seats);
    }

    private List<Boolean> take(UserId user, int limit, String... connections) {
        List<Boolean> answers = new ArrayList<>();
        for (String connection : connections) {
            answers.add(seats.take(user, connection, limit));
        }
        return answers;
    }

    @Test
    void givenAUserWithNoSeats_take_succeedsUpToTheLimitAndThenRefuses() {
        assertThat(take(ALICE, 3, "c1", "c2", "c3", "c4", "c5")).containsExactly(true, true, true, false, false);
    }

    @Test
    void takingASeatTheConnectionHolds_answersTrueAndTakesNoOtherSeat() {
        seats.take(ALICE, "c1", 2);

        assertThat(seats.take(ALICE, "c1", 2)).isTrue();
        assertThat(take(ALICE, 2, "c2", "c3")).containsExactly(true, false);
    }

    @Test
    void takingTheSeatAConnectionHolds_answersTrueEvenAtTheLimit() {
        take(ALICE, 2, "c1", "c2");

        assertThat(seats.take(ALICE, "c2", 2)).isTrue();
    }

    @Test
    void aReleasedSeat_canBeTakenByAnotherConnection() {
        take(ALICE, 2, "c1", "c2");

        seats.release(ALICE, "c1");

        assertThat(take(ALICE, 2, "c3", "c4")).containsExactly(true, false);
    }

    @Test
    void releasingASeatNotHeld_changesNothing() {
        seats.release(BOB, "never-taken");
        take(ALICE, 2, "c1", "c2");

        seats.release(ALICE, "never-taken");
        seats.release(BOB, "c1");

        assertThat(seats.take(ALICE, "c3", 2)).isFalse();
    }

    @Test
    void releasingTheSameSeatTwice_givesBackOneSeat() {
        take(ALICE, 2, "c1", "c2");

        seats.release(ALICE, "c1");
        seats.release(ALICE, "c1");

        assertThat(take(ALICE, 2, "c3", "c4")).containsExactly(true, false);
    }

    @Test
    void theSeatsOfOneUser_doNotCountForAnother() {
        take(ALICE, 2, "c1", "c2");

        assertThat(take(BOB, 2, "c1", "c3", "c4")).containsExactly(true, true, false);
    }

    @Test
    void givenAllSeatsReleased_theUserHasTheWholeLimitAgain() {
        take(ALICE, 2, "c1", "c2");
        seats.release(ALICE, "c1");
        seats.release(ALICE, "c2");

        assertThat(take(ALICE, 2, "c3", "c4", "c5")).containsExactly(true, true, false);
    }

    @Test
    void givenEightThreadsTakingSeatsForOneUser_exactlyTheLimitIsTaken() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String thread = "t" + t;
                results.add(pool.submit(() -> {
                    start.await();
                    return IntStream.range(0, 10)
                            .filter(i -> seats.take(ALICE, thread + "-c" + i, 5))
                            .count();
                }));
            }
            start.countDown();
            long taken = 0;
            for (Future<Long> result : results) {
                taken += result.get(60, TimeUnit.SECONDS);
            }

            assertThat(taken).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }
}
