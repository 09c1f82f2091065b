package dev.portico.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.error.StoreUnavailable;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionFailuresTest {

    private static RuntimeException wrapped(Throwable cause) {
        return new IllegalStateException("statement failed", cause);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "08003", "57P01", "57P02", "57P03", "57014", "53300"})
    void givenASqlStateOfReachingTheDatabase_translate_returnsStoreUnavailable(String sqlState) {
        RuntimeException translated = ConnectionFailures.translate(wrapped(new SQLException("down", sqlState)));

        assertThat(translated).isInstanceOfSatisfying(StoreUnavailable.class, unavailable -> {
            assertThat(unavailable.store()).isEqualTo(StoreUnavailable.Store.DATABASE);
            assertThat(unavailable.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23503", "42P01", "40001", "22001"})
    void givenAStatementTheDatabaseRefused_translate_returnsTheFailureItself(String sqlState) {
        RuntimeException failure = wrapped(new SQLException("refused", sqlState));

        assertThat(ConnectionFailures.translate(failure)).isSameAs(failure);
    }

    @Test
    void givenAPoolTimeout_translate_returnsStoreUnavailable() {
        assertThat(ConnectionFailures.translate(wrapped(new SQLTransientConnectionException("pool timed out"))))
                .isInstanceOf(StoreUnavailable.class);
    }

    @Test
    void givenARefusedConnectionDeepInTheCauses_translate_returnsStoreUnavailable() {
        assertThat(ConnectionFailures.translate(wrapped(new SQLException("no", (String) null,
                new ConnectException("Connection refused"))))).isInstanceOf(StoreUnavailable.class);
    }

    @Test
    void givenAFailureWithoutASqlCause_translate_returnsItUnchanged() {
        RuntimeException failure = new IllegalArgumentException("bad argument");

        assertThat(ConnectionFailures.translate(failure)).isSameAs(failure);
    }
}
