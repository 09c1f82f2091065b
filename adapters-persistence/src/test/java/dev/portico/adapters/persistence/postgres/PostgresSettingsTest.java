package dev.portico.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PostgresSettingsTest {

    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    @Test
    void toString_showsNeitherThePasswordNorAPasswordInTheUrl() {
        PostgresSettings settings = new PostgresSettings(
                "jdbc:postgresql://db:5432/portico?ssl=true&password=in-the-url", "portico", "s3cret-pw", 8, TWO_SECONDS);

        assertThat(settings.toString())
                .doesNotContain("s3cret-pw")
                .doesNotContain("in-the-url")
                .contains("jdbc:postgresql://db:5432/portico?ssl=true&password=***")
                .contains("user=portico");
        assertThat(settings.redactedUrl()).isEqualTo("jdbc:postgresql://db:5432/portico?ssl=true&password=***");
    }

    @Test
    void givenNoStatementTimeout_itIsTenSeconds() {
        assertThat(new PostgresSettings("jdbc:postgresql://db/portico", "portico", "pw", 8, TWO_SECONDS)
                .statementTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void givenAUrlOfAnotherDatabase_itIsRefused() {
        assertThatThrownBy(() -> new PostgresSettings("jdbc:sqlite:portico.db", "portico", "pw", 8, TWO_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void givenAPoolOfNoConnections_itIsRefused() {
        assertThatThrownBy(() -> new PostgresSettings("jdbc:postgresql://db/portico", "portico", "pw", 0, TWO_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pool size");
    }

    @Test
    void givenAConnectTimeoutBelowWhatThePoolAccepts_itIsRefused() {
        assertThatThrownBy(() -> new PostgresSettings("jdbc:postgresql://db/portico", "portico", "pw", 4,
                Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("250 ms");
    }

    @Test
    void thePool_waitsTheConnectTimeoutAndBoundsEveryStatementAndSocketRead() {
        HikariConfig config = PostgresStorage.poolConfig(new PostgresSettings("jdbc:postgresql://db/portico",
                "portico", "pw", 12, TWO_SECONDS, Duration.ofSeconds(7)));

        assertThat(config.getMaximumPoolSize()).isEqualTo(12);
        assertThat(config.getConnectionTimeout()).isEqualTo(2000);
        assertThat(config.getValidationTimeout()).isEqualTo(1000);
        assertThat(config.getDataSourceProperties())
                .containsEntry("options", "-c statement_timeout=7000")
                .containsEntry("socketTimeout", "12")
                .containsEntry("connectTimeout", "2")
                .containsEntry("logServerErrorDetail", "false");
    }
}
