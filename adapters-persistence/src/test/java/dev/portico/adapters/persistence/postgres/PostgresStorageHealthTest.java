package dev.portico.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.application.pulse.port.StorageHealthContract;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresStorageHealthTest extends StorageHealthContract<PostgresStorageHealth> {

    @RegisterExtension
    static final PostgresTestDatabase database = PostgresTestDatabase.migrated();

    @Override
    protected PostgresStorageHealth newStorageHealth() {
        return database.storage().health();
    }

    @Test
    void givenNoServerAtThePort_isReachable_returnsFalse() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        PostgresSettings nowhere = new PostgresSettings("jdbc:postgresql://127.0.0.1:" + closedPort + "/portico",
                "portico", "secret", 1, Duration.ofMillis(500));

        try (PostgresStorage storage = PostgresStorage.open(nowhere)) {
            assertThat(storage.health().isReachable()).isFalse();
        }
    }

    @Test
    void givenAWrongPassword_isReachable_returnsFalse() {
        PostgresSettings wrong = new PostgresSettings(database.database().url(), database.database().user(),
                "not-the-password", 1, Duration.ofMillis(500));

        try (PostgresStorage storage = PostgresStorage.open(wrong)) {
            assertThat(storage.health().isReachable()).isFalse();
        }
    }
}
