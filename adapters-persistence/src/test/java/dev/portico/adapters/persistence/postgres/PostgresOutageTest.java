package dev.portico.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.StoreUnavailable;
import dev.portico.domain.link.LinkId;
import dev.portico.domain.link.ShortCode;
import dev.portico.domain.link.Visit;
import dev.portico.domain.quote.Symbol;
import dev.portico.domain.user.NewUser;
import dev.portico.domain.user.PasswordHash;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.User;
import dev.portico.domain.user.UserId;
import dev.portico.domain.user.Username;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database going away under the adapters, on a server of this class's own that it stops and
 * starts: every call fails with {@link StoreUnavailable} rather than a driver or Jdbi exception, and
 * works again once the server is back. The pool here waits half a second for a connection, to keep
 * the test short; production's default is {@link PostgresSettings#DEFAULT_CONNECT_TIMEOUT}.
 */
class PostgresOutageTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30.123Z");
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

    private static PostgresTestServer server;
    private static PostgresStorage storage;

    /** Started by the first test, not in {@code @BeforeAll}, so that without PostgreSQL each test reports its skip. */
    @BeforeEach
    void aServerOfOurOwnRunning() {
        if (server == null) {
            server = PostgresTestServer.startPrivate();
            PostgresTestServer.Database database = server.createDatabase();
            storage = PostgresStorage.open(database.settings(4, CONNECT_TIMEOUT));
            storage.migrations().migrate();
        }
        server.start();
    }

    @AfterAll
    static void stopIt() {
        if (storage != null) {
            storage.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void assertUnavailable(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StoreUnavailable.class, unavailable -> {
            assertThat(unavailable.store()).isEqualTo(StoreUnavailable.Store.DATABASE);
            assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofSeconds(2));
            assertThat(unavailable.getMessage()).doesNotContain(server.password());
        });
    }

    private static User createUser(String name) {
        return storage.users().create(new NewUser(new Username(name), Role.USER, new PasswordHash("test$hash"), NOW));
    }

    @Test
    void givenTheServerStopped_everyStoreCall_throwsStoreUnavailableAndHealthIsFalse() {
        User alice = onceReconnected(() -> createUser("alice"));

        server.stop();

        assertUnavailable(() -> storage.users().findById(alice.id()));
        assertUnavailable(() -> createUser("bob"));
        assertUnavailable(() -> storage.links().findByCode(new ShortCode("abcdef")));
        assertUnavailable(() -> storage.visits().append(List.of(new Visit(new LinkId(1), NOW, null, "Agent"))));
        assertUnavailable(() -> storage.refreshTokens().find("hash"));
        assertUnavailable(() -> storage.snapshots().find(new Symbol("AAPL"), LocalDate.of(2025, 3, 3)));
        assertUnavailable(() -> storage.migrations().status());
        assertThat(storage.health().isReachable()).isFalse();
    }

    /**
     * The pool notices the server is back when it next manages to connect, so the first call or two
     * may still be refused; every refusal is {@link StoreUnavailable}, and the pool recovers by itself.
     */
    private static <T> T onceReconnected(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (StoreUnavailable stillReconnecting) {
                if (attempt == 50) {
                    throw stillReconnecting;
                }
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        }
    }

    @Test
    void givenTheServerStartedAgain_theSamePool_servesAgain() {
        User carol = onceReconnected(() -> createUser("carol"));
        server.stop();
        assertUnavailable(() -> storage.users().findById(carol.id()));

        server.start();

        assertThat(onceReconnected(() -> storage.users().findById(carol.id()))).contains(carol);
        assertThat(storage.health().isReachable()).isTrue();
    }

    @Test
    void givenAStatementPastItsTimeout_itThrowsStoreUnavailable() {
        PostgresTestServer.Database database = server.createDatabase();
        PostgresSettings impatient = new PostgresSettings(database.url(), database.user(), database.password(), 1,
                CONNECT_TIMEOUT, Duration.ofMillis(200));
        try (PostgresStorage quick = PostgresStorage.open(impatient)) {
            PostgresCalls calls = new PostgresCalls(quick.jdbi());

            assertUnavailable(() -> calls.useHandle(handle -> handle.execute("SELECT pg_sleep(5)")));
        }
    }

    @Test
    void givenNoServerAtThePort_openSucceedsAndEveryCallThrowsStoreUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        PostgresSettings nowhere = new PostgresSettings("jdbc:postgresql://127.0.0.1:" + closedPort + "/portico",
                "portico", "secret", 2, PostgresSettings.DEFAULT_CONNECT_TIMEOUT);

        try (PostgresStorage unreachable = PostgresStorage.open(nowhere)) {
            assertUnavailable(() -> unreachable.users().findById(new UserId(1)));
            assertUnavailable(() -> unreachable.migrations().migrate());
        }
    }
}
