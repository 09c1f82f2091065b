package dev.portico.application.user.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.application.support.FakePasswordHasher;
import dev.portico.application.support.SaturatedHashing;
import dev.portico.application.user.port.PasswordStrength;
import dev.portico.application.user.support.PasswordHashing;
import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.error.PasswordHashingSaturated;
import dev.portico.domain.user.Password;
import dev.portico.domain.user.PasswordHash;
import dev.portico.domain.user.Username;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final FakePasswordHasher hasher = new FakePasswordHasher(2);
    private final PasswordHashing hashing = hasher.startHashing(1, 1);

    @AfterEach
    void stop() {
        hashing.close();
    }

    @Test
    void givenAPassword_hash_delegatesToTheHasher() {
        PasswordHash hash = hashing.hash(new Password("correct horse"));

        assertThat(FakePasswordHasher.isHashOf(hash, "correct horse", 2)).isTrue();
        assertThat(hasher.hashCalls()).isEqualTo(1);
    }

    @Test
    void givenTheRightAndAWrongPassword_matches_delegatesToTheHasher() {
        PasswordHash hash = FakePasswordHasher.hashOf("correct horse", 2);

        assertThat(hashing.matches(new Password("correct horse"), hash)).isTrue();
        assertThat(hashing.matches(new Password("wrong horse"), hash)).isFalse();
        assertThat(hasher.matchesCalls()).isEqualTo(2);
    }

    @Test
    void givenAHashWithOtherParameters_needsRehash_isTrue() {
        assertThat(hashing.needsRehash(FakePasswordHasher.hashOf("x", 1))).isTrue();
        assertThat(hashing.needsRehash(FakePasswordHasher.hashOf("x", 2))).isFalse();
    }

    @Test
    void givenABusyThreadAndAFullQueue_hash_isRefusedAtOnceWithRetryAfter() throws InterruptedException {
        try (SaturatedHashing saturated = SaturatedHashing.fill(hashing, hasher)) {
            assertThatThrownBy(() -> hashing.hash(new Password("one too many")))
                    .isInstanceOfSatisfying(PasswordHashingSaturated.class, error -> {
                        assertThat(error.retryAfter()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
                        assertThat(error.threads()).isEqualTo(1);
                        assertThat(error.queueCapacity()).isEqualTo(1);
                    });
            assertThatThrownBy(() -> hashing.matchNobody(new Password("one too many")))
                    .isInstanceOf(PasswordHashingSaturated.class);
        }
        assertThat(hasher.hashedPasswords()).doesNotContain("one too many");
    }

    @Test
    void givenABusyThreadAndAFullQueue_saturated_isTrueAndPendingCountsBoth() throws InterruptedException {
        assertThat(hashing.saturated()).isFalse();
        assertThat(hashing.pending()).isZero();

        try (SaturatedHashing saturated = SaturatedHashing.fill(hashing, hasher)) {
            assertThat(hashing.saturated()).isTrue();
            assertThat(hashing.pending()).isEqualTo(2);
            assertThat(hashing.retryAfter()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
        assertThat(hashing.saturated()).isFalse();
        assertThat(hashing.pending()).isZero();
    }

    @Test
    void givenARefusedCall_pending_isUnchanged() throws InterruptedException {
        try (SaturatedHashing saturated = SaturatedHashing.fill(hashing, hasher)) {
            for (int attempt = 0; attempt < 3; attempt++) {
                assertThatThrownBy(() -> hashing.hash(new Password("refused"))).isInstanceOf(PasswordHashingSaturated.class);
            }
            assertThat(hashing.pending()).isEqualTo(2);
        }
        assertThat(hashing.pending()).isZero();
    }

    @Test
    void givenANewPassword_checkStrength_runsThePolicyOnAHashingThread() {
        List<String> ranOn = new CopyOnWriteArrayList<>();
        PasswordPolicy policy = new PasswordPolicy((password, inputs) -> {
            ranOn.add(Thread.currentThread().getName());
            return new PasswordStrength.Estimate(4, "", List.of());
        });

        hashing.checkStrength(policy, Username.of("alice"), new Password("correct horse battery staple"));

        assertThat(ranOn).singleElement().asString().startsWith("password-hashing-");
    }

    @Test
    void givenAWeakPassword_checkStrength_throwsThePolicysRefusal() {
        PasswordPolicy policy = new PasswordPolicy((password, inputs) -> new PasswordStrength.Estimate(1, "", List.of()));

        assertThatThrownBy(() -> hashing.checkStrength(policy, Username.of("alice"), new Password("correct horse battery")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refusal -> assertThat(refusal.field()).contains("password"));
        assertThat(hashing.pending()).isZero();
    }

    @Test
    void givenSaturation_checkStrength_isRefusedWithoutRunningThePolicy() throws InterruptedException {
        List<String> ranOn = new CopyOnWriteArrayList<>();
        PasswordPolicy policy = new PasswordPolicy((password, inputs) -> {
            ranOn.add(Thread.currentThread().getName());
            return new PasswordStrength.Estimate(4, "", List.of());
        });
        try (SaturatedHashing saturated = SaturatedHashing.fill(hashing, hasher)) {
            assertThatThrownBy(() -> hashing.checkStrength(policy, Username.of("alice"),
                    new Password("correct horse battery staple"))).isInstanceOf(PasswordHashingSaturated.class);
        }
        assertThat(ranOn).isEmpty();
    }

    @Test
    void theHashingThreads_runAtTheLowestJavaPriority() {
        List<Integer> priorities = new CopyOnWriteArrayList<>();
        PasswordPolicy policy = new PasswordPolicy((password, inputs) -> {
            priorities.add(Thread.currentThread().getPriority());
            return new PasswordStrength.Estimate(4, "", List.of());
        });

        hashing.checkStrength(policy, Username.of("alice"), new Password("correct horse battery staple"));

        assertThat(priorities).containsExactly(Thread.MIN_PRIORITY);
    }

    @Test
    void tryAdmit_letsInAsManyRequestsAsThereAreThreadsAndQueueSlots_untilOneIsReleased() {
        assertThat(hashing.tryAdmit()).isTrue();
        assertThat(hashing.tryAdmit()).isTrue();
        assertThat(hashing.tryAdmit()).as("one thread and one queue slot are spoken for").isFalse();

        hashing.release();

        assertThat(hashing.tryAdmit()).isTrue();
        assertThat(hashing.tryAdmit()).isFalse();
    }

    @Test
    void givenABusyThreadAndAFullQueue_tryAdmit_isFalse() throws InterruptedException {
        try (SaturatedHashing saturated = SaturatedHashing.fill(hashing, hasher)) {
            assertThat(hashing.tryAdmit()).isFalse();
        }
        assertThat(hashing.tryAdmit()).isTrue();
    }

    @Test
    void givenTheSaturationIsOver_hash_worksAgain() throws InterruptedException {
        SaturatedHashing.fill(hashing, hasher).close();

        assertThat(hashing.queued()).isZero();
        assertThat(FakePasswordHasher.isHashOf(hashing.hash(new Password("later")), "later", 2)).isTrue();
    }

    @Test
    void givenAnyPassword_matchNobody_doesExactlyOneCheckAgainstAHashAndReturns() {
        assertThatCode(() -> hashing.matchNobody(new Password("guess"))).doesNotThrowAnyException();

        assertThat(hasher.matchesCalls()).isEqualTo(1);
        assertThat(hasher.hashCalls()).isZero();
        assertThat(hasher.checkedAgainst()).singleElement()
                .satisfies(decoy -> assertThat(decoy.encoded()).startsWith("fake$2$"));
    }

    @Test
    void givenSomeHashes_averageHashTime_isMeasured() {
        hashing.hash(new Password("a"));

        assertThat(hashing.averageHashTime()).isPositive();
    }

    @Test
    void givenClosed_hash_isRefused() {
        hashing.close();

        assertThatThrownBy(() -> hashing.hash(new Password("after close")))
                .isInstanceOf(PasswordHashingSaturated.class);
        assertThat(hasher.hashCalls()).isZero();
    }

    @Test
    void givenACallerWaitingInTheQueue_close_releasesItInsteadOfLeavingItHanging() throws InterruptedException {
        SaturatedHashing saturated = SaturatedHashing.fill(hashing, hasher);

        hashing.close();

        assertThat(saturated.callersFinishWithin(Duration.ofSeconds(5))).isTrue();
        saturated.close();
    }

    @Test
    void givenNoThreadsOrNoQueue_constructor_refuses() {
        assertThatThrownBy(() -> new PasswordHashing(hasher, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHashing(hasher, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
