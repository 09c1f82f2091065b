package dev.portico.application.user.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.UsernameTaken;
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.PasswordHash;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.User;
import dev.portico.domain.user.UserId;
import dev.portico.domain.user.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link UserStore} adapter must show. Each adapter's test class extends this and
 * supplies an empty store per test. Times are whole milliseconds, the precision stores keep.
 */
public abstract class UserStoreContract<T extends UserStore> {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123Z");
    private static final PasswordHash HASH = new PasswordHash("test$1$salt$key");

    private T store;

    protected abstract T newStore();

    @BeforeEach
    void startWithAnEmptyStore() {
        store = newStore();
    }

    private static NewUser newUser(String username) {
        return new NewUser(new Username(username), Role.USER, HASH, NOW);
    }

    private User create(String username) {
        return store.create(newUser(username));
    }

    @Test
    void givenANewUser_create_returnsItWithAPositiveIdAndEveryField() {
        NewUser alice = new NewUser(new Username("alice"), Role.ADMIN, HASH, NOW);

        User created = store.create(alice);

        assertThat(created.id().value()).isPositive();
        assertThat(created).isEqualTo(alice.withId(created.id()));
    }

    @Test
    void givenTwoUsers_create_givesEachItsOwnId() {
        assertThat(create("alice").id()).isNotEqualTo(create("bob").id());
    }

    @Test
    void givenACreatedUser_findById_returnsIt() {
        User alice = create("alice");

        assertThat(store.findById(alice.id())).contains(alice);
    }

    @Test
    void givenACreatedUser_findByUsername_returnsIt() {
        User alice = create("alice");
        create("bob");

        assertThat(store.findByUsername(Username.of("ALICE"))).contains(alice);
    }

    @Test
    void givenNoSuchUser_findByIdAndByUsername_returnEmpty() {
        create("alice");

        assertThat(store.findById(new UserId(999_999))).isEmpty();
        assertThat(store.findByUsername(new Username("nobody"))).isEmpty();
    }

    @Test
    void givenATakenUsername_create_throwsConflictOnUsernameAndStoresNothing() {
        User alice = create("alice");

        assertThatThrownBy(() -> store.create(new NewUser(Username.of("Alice"), Role.ADMIN,
                new PasswordHash("other$hash"), NOW.plusSeconds(1))))
                .isInstanceOfSatisfying(UsernameTaken.class, taken -> {
                    assertThat(taken.field()).contains(Username.FIELD);
                    assertThat(taken.username()).isEqualTo("alice");
                });
        assertThat(store.findByUsername(alice.username())).contains(alice);
        assertThat(store.listAfter(0, 10)).containsExactly(alice);
    }

    @Test
    void givenFiftyThreadsCreatingTheSameUsername_create_letsExactlyOneSucceed() throws Exception {
        int threads = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                attempts.add(() -> {
                    start.await();
                    try {
                        store.create(newUser("contested"));
                        return true;
                    } catch (UsernameTaken taken) {
                        return false;
                    }
                });
            }
            List<Future<Boolean>> results = new ArrayList<>();
            attempts.forEach(attempt -> results.add(pool.submit(attempt)));
            start.countDown();
            int successes = 0;
            for (Future<Boolean> result : results) {
                successes += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(successes).isEqualTo(1);
            assertThat(store.listAfter(0, 100)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenAUser_updatePasswordHash_replacesOnlyTheHash() {
        User alice = create("alice");
        User bob = create("bob");
        PasswordHash rehashed = new PasswordHash("test$2$salt$newkey");

        store.updatePasswordHash(alice.id(), rehashed);

        assertThat(store.findById(alice.id())).contains(
                new User(alice.id(), alice.username(), alice.role(), rehashed, alice.createdAt()));
        assertThat(store.findById(bob.id())).contains(bob);
    }

    @Test
    void givenNoSuchUser_updatePasswordHash_changesNothing() {
        User alice = create("alice");

        store.updatePasswordHash(new UserId(999_999), new PasswordHash("test$2$salt$newkey"));

        assertThat(store.listAfter(0, 10)).containsExactly(alice);
    }

    @Test
    void givenFiveUsers_listAfter_pagesThroughThemInIdOrder() {
        List<User> all = new ArrayList<>();
        for (String name : List.of("eve", "dan", "carol", "bob", "alice")) {
            all.add(create(name));
        }

        List<User> first = store.listAfter(0, 2);
        List<User> second = store.listAfter(first.get(1).id().value(), 2);
        List<User> third = store.listAfter(second.get(1).id().value(), 2);

        assertThat(first).containsExactly(all.get(0), all.get(1));
        assertThat(second).containsExactly(all.get(2), all.get(3));
        assertThat(third).containsExactly(all.get(4));
        assertThat(store.listAfter(all.get(4).id().value(), 2)).isEmpty();
    }

    @Test
    void givenNoUsers_listAfter_returnsAnEmptyList() {
        assertThat(store.listAfter(0, 10)).isEmpty();
    }

    @Test
    void givenNoNotBeforeSet_tokensNotBeforeLaterThan_returnsNothing() {
        create("alice");

        assertThat(store.tokensNotBeforeLaterThan(Instant.EPOCH)).isEmpty();
    }

    @Test
    void givenNotBeforeTimes_tokensNotBeforeLaterThan_returnsOnlyTheLaterOnes() {
        User alice = create("alice");
        User bob = create("bob");
        User carol = create("carol");
        store.setTokensNotBefore(alice.id(), NOW.minusSeconds(60));
        store.setTokensNotBefore(bob.id(), NOW);
        store.setTokensNotBefore(carol.id(), NOW.plusMillis(1));

        Map<UserId, Instant> later = store.tokensNotBeforeLaterThan(NOW);

        assertThat(later).containsExactlyInAnyOrderEntriesOf(Map.of(carol.id(), NOW.plusMillis(1)));
        assertThat(store.tokensNotBeforeLaterThan(NOW.minusSeconds(61))).containsExactlyInAnyOrderEntriesOf(
                Map.of(alice.id(), NOW.minusSeconds(60), bob.id(), NOW, carol.id(), NOW.plusMillis(1)));
    }

    @Test
    void givenANotBefore_settingALaterOne_replacesIt() {
        User alice = create("alice");
        Instant later = NOW.plusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        store.setTokensNotBefore(alice.id(), NOW);

        store.setTokensNotBefore(alice.id(), later);

        assertThat(store.tokensNotBeforeLaterThan(Instant.EPOCH)).containsExactlyEntriesOf(Map.of(alice.id(), later));
    }

    /** A clock stepping back must not make tokens that were refused acceptable again. */
    @Test
    void givenANotBefore_settingAnEarlierOne_keepsTheLater() {
        User alice = create("alice");
        store.setTokensNotBefore(alice.id(), NOW);

        store.setTokensNotBefore(alice.id(), NOW.minusSeconds(30));

        assertThat(store.tokensNotBeforeLaterThan(Instant.EPOCH)).containsExactlyEntriesOf(Map.of(alice.id(), NOW));
    }

    @Test
    void givenANotBefore_theUser_isOtherwiseUnchanged() {
        User alice = create("alice");

        store.setTokensNotBefore(alice.id(), NOW);

        assertThat(store.findById(alice.id())).contains(alice);
    }
}
