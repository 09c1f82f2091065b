package dev.portico.adapters.redis.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.adapters.redis.connection.RedisConnections;
import dev.portico.adapters.redis.testing.RedisTestServer;
import dev.portico.application.stream.port.StreamSeatsContract;
import dev.portico.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RedisTestServer.Extension.class)
class RedisStreamSeatsTest extends StreamSeatsContract<RedisStreamSeats> {

    private static final UserId CAROL = new UserId(3);
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static RedisConnections connections;
    private static RedisConnections otherConnections;

    @BeforeAll
    static void connect() {
        connections = new RedisConnections(RedisTestServer.shared().settings());
        otherConnections = new RedisConnections(RedisTestServer.shared().settings());
    }

    @AfterAll
    static void disconnect() {
        connections.close();
        otherConnections.close();
    }

    @Override
    protected RedisStreamSeats newSeats() {
        RedisTestServer.shared().flushAll();
        return new RedisStreamSeats(connections, "instance-a");
    }

    @Override
    protected void close(RedisStreamSeats closing) {
        closing.close();
    }

    @Test
    void twoInstances_shareEachUsersLimit() {
        try (RedisStreamSeats there = new RedisStreamSeats(otherConnections, "instance-b")) {
            assertThat(seats.take(CAROL, "c1", 3)).isTrue();
            assertThat(there.take(CAROL, "c1", 3)).isTrue();
            assertThat(seats.take(CAROL, "c2", 3)).isTrue();

            assertThat(there.take(CAROL, "c2", 3)).isFalse();
            assertThat(seats.take(CAROL, "c3", 3)).isFalse();

            seats.release(CAROL, "c1");
            assertThat(there.take(CAROL, "c2", 3)).isTrue();
        }
    }

    @Test
    void theSeatsOfAnInstanceThatDied_lapseAndAnotherInstanceMayTakeThem() throws InterruptedException {
        RedisStreamSeats dying = new RedisStreamSeats(otherConnections, "instance-b", Duration.ofMillis(600));
        assertThat(dying.take(CAROL, "c1", 1)).isTrue();
        dying.abandon();
        assertThat(seats.take(CAROL, "c2", 1)).isFalse();

        assertThat(eventuallyTakes(CAROL, "c2", 1)).isTrue();
    }

    @Test
    void theSeatsOfALiveInstance_areRenewedPastTheirTtl() throws InterruptedException {
        try (RedisStreamSeats living = new RedisStreamSeats(otherConnections, "instance-b", Duration.ofMillis(1200))) {
            assertThat(living.take(CAROL, "c1", 1)).isTrue();

            Thread.sleep(2_000);

            assertThat(seats.take(CAROL, "c2", 1)).isFalse();
            assertThat(RedisTestServer.shared().send("ZCARD portico:seats:3")).isEqualTo(":1");
        }
    }

    @Test
    void close_givesBackEverySeatTheInstanceHolds() {
        RedisStreamSeats closing = new RedisStreamSeats(otherConnections, "instance-b");
        closing.take(CAROL, "c1", 2);
        closing.take(CAROL, "c2", 2);

        closing.close();

        assertThat(RedisTestServer.shared().send("EXISTS portico:seats:3")).isEqualTo(":0");
        assertThat(seats.take(CAROL, "c3", 2)).isTrue();
    }

    @Test
    void aUsersKey_expiresWithItsLastSeat() {
        seats.take(CAROL, "c1", 2);

        long millisToLive = Long.parseLong(RedisTestServer.shared().send("PTTL portico:seats:3").substring(1));
        assertThat(millisToLive).isPositive().isLessThanOrEqualTo(RedisStreamSeats.DEFAULT_TTL.toMillis());
    }

    private boolean eventuallyTakes(UserId user, String connection, int limit) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (seats.take(user, connection, limit)) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
