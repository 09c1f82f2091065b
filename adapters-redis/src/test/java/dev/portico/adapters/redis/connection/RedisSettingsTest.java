package dev.portico.adapters.redis.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedisSettingsTest {

    @Test
    void toString_showsNeitherThePasswordInTheUrlNorTheOneGivenApart() {
        assertThat(RedisSettings.of("redis://default:s3cret-in-url@cache.internal:6379/0").toString())
                .doesNotContain("s3cret-in-url")
                .contains("redis://***@cache.internal:6379/0");
        assertThat(RedisSettings.of("redis://cache.internal:6379", "s3cret-apart").toString())
                .doesNotContain("s3cret-apart")
                .contains("password=***");
    }

    @Test
    void theDefaults_areOneSecondForCommandsAndForConnecting() {
        RedisSettings settings = RedisSettings.of("redis://127.0.0.1:6379");

        assertThat(settings.commandTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.password()).isNull();
    }

    @Test
    void aUrlOfAnotherScheme_isRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> RedisSettings.of("http://user:s3cret@127.0.0.1:6379"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("s3cret")
                .hasMessageContaining("redis://");
    }

    @Test
    void aTimeoutOfNothing_isRefused() {
        assertThatThrownBy(() -> new RedisSettings("redis://127.0.0.1:6379", null, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("commandTimeout");
        assertThatThrownBy(() -> new RedisSettings("redis://127.0.0.1:6379", null, Duration.ofSeconds(1), Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
    }
}
