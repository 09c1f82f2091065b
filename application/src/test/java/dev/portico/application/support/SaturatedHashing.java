package dev.portico.application.support;

import dev.portico.application.user.support.PasswordHashing;
import dev.portico.domain.user.Password;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills a one-thread, one-slot {@link PasswordHashing}: one check blocked on the thread and one
 * waiting in the queue, so the next call is refused. Closing releases both and waits for them.
 */
public final class SaturatedHashing implements AutoCloseable {

    private static final String BLOCKED = "blocked password, held by the test";

    private final FakePasswordHasher hasher;
    private final List<Thread> callers = new ArrayList<>();

    private SaturatedHashing(FakePasswordHasher hasher) {
        this.hasher = hasher;
    }

    public static SaturatedHashing fill(PasswordHashing hashing, FakePasswordHasher hasher) {
        SaturatedHashing saturated = new SaturatedHashing(hasher);
        try {
            hasher.blockChecksOf(BLOCKED);
            saturated.start(hashing);
            hasher.awaitBlockedCheck();
            saturated.start(hashing);
            while (hashing.queued() < 1) {
                Thread.onSpinWait();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
        return saturated;
    }

    private void start(PasswordHashing hashing) {
        Thread caller = new Thread(() -> hashing.matches(new Password(BLOCKED),
                FakePasswordHasher.hashOf("something else", 1)), "saturating-caller-" + callers.size());
        caller.setDaemon(true);
        callers.add(caller);
        caller.start();
    }

    /** Whether both held callers have returned (normally or not) within the timeout. */
    public boolean callersFinishWithin(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread caller : callers) {
            caller.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return callers.stream().noneMatch(Thread::isAlive);
    }

    @Override
    public void close() throws InterruptedException {
        hasher.releaseBlocked();
        for (Thread caller : callers) {
            caller.join();
        }
    }
}
