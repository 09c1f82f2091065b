package dev.portico.application.support;

import dev.portico.application.user.support.PasswordHashing;
import dev.portico.application.user.port.PasswordHasher;
import dev.portico.domain.user.Password;
import dev.portico.domain.user.PasswordHash;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast stand-in for the slow hash: {@code fake$<iterations>$<salt>$<reversed password>}, the salt
 * counting up. It counts its calls, and can hold a chosen password's checks on a latch so tests can
 * fill the hashing threads without sleeping.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private final int iterations;
    private final AtomicInteger hashCalls = new AtomicInteger();
    private final AtomicInteger matchesCalls = new AtomicInteger();
    private final AtomicInteger salts = new AtomicInteger();
    private final List<String> hashed = new CopyOnWriteArrayList<>();
    private final List<PasswordHash> checkedAgainst = new CopyOnWriteArrayList<>();
    private volatile String blockedPassword;
    private volatile CountDownLatch blockedEntered = new CountDownLatch(0);
    private volatile CountDownLatch release = new CountDownLatch(0);
    private volatile Runnable beforeNeedsRehash = () -> { };

    public FakePasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    /** A hash of the password with the given iterations, as this fake makes them (with salt 0). */
    public static PasswordHash hashOf(String password, int iterations) {
        return hashOf(password, iterations, 0);
    }

    /** Whether {@code hash} is one this fake made of {@code password} with {@code iterations}, whatever its salt. */
    public static boolean isHashOf(PasswordHash hash, String password, int iterations) {
        String[] parts = hash.encoded().split("\\$", 4);
        return parts.length == 4 && parts[0].equals("fake") && parts[1].equals(Integer.toString(iterations))
                && parts[3].equals(new StringBuilder(password).reverse().toString());
    }

    private static PasswordHash hashOf(String password, int iterations, int salt) {
        return new PasswordHash("fake$" + iterations + "$" + salt + "$" + new StringBuilder(password).reverse());
    }

    /** A {@link PasswordHashing} on this fake whose decoy hash is made, with the counters then reset. */
    public PasswordHashing startHashing(int threads, int queueCapacity) {
        PasswordHashing hashing = new PasswordHashing(this, threads, queueCapacity);
        hashing.matchNobody(new Password("warm-up, waits for the decoy hash"));
        resetCounts();
        return hashing;
    }

    @Override
    public PasswordHash hash(Password password) {
        hashCalls.incrementAndGet();
        hashed.add(password.value());
        return hashOf(password.value(), iterations, salts.incrementAndGet());
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        matchesCalls.incrementAndGet();
        checkedAgainst.add(hash);
        if (password.value().equals(blockedPassword)) {
            blockedEntered.countDown();
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        String[] parts = hash.encoded().split("\\$", 4);
        return parts.length == 4 && parts[0].equals("fake")
                && parts[3].equals(new StringBuilder(password.value()).reverse().toString());
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        beforeNeedsRehash.run();
        String[] parts = hash.encoded().split("\\$", 4);
        return parts.length != 4 || !parts[1].equals(Integer.toString(iterations));
    }

    /** From now on, checks of this password wait until {@link #releaseBlocked()}. */
    public void blockChecksOf(String password) {
        blockedEntered = new CountDownLatch(1);
        release = new CountDownLatch(1);
        blockedPassword = password;
    }

    /** Waits until a check of the blocked password has started on a hashing thread. */
    public void awaitBlockedCheck() throws InterruptedException {
        blockedEntered.await();
    }

    public void releaseBlocked() {
        blockedPassword = null;
        release.countDown();
    }

    /** Runs before every {@link #needsRehash} answer, on the caller's thread. */
    public void beforeNeedsRehash(Runnable action) {
        beforeNeedsRehash = action;
    }

    public void resetCounts() {
        hashCalls.set(0);
        matchesCalls.set(0);
        hashed.clear();
        checkedAgainst.clear();
    }

    public int hashCalls() {
        return hashCalls.get();
    }

    public int matchesCalls() {
        return matchesCalls.get();
    }

    /** Every call of either kind: the work a request cost. */
    public int calls() {
        return hashCalls.get() + matchesCalls.get();
    }

    /** The plain passwords hashed since the last reset. */
    public List<String> hashedPasswords() {
        return List.copyOf(hashed);
    }

    /** The hashes checked against since the last reset. */
    public List<PasswordHash> checkedAgainst() {
        return List.copyOf(checkedAgainst);
    }
}
