package dev.portico.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.portico.adapters.security.password.Pbkdf2PasswordHasher;
import dev.portico.bootstrap.config.JwtConfig;
import dev.portico.bootstrap.config.PasswordsConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Tests lower the PBKDF2 work factor for speed; what ships must not. */
class ShippedPasswordSettingsTest {

    @Test
    void theDefaultAndTheShippedConfiguration_use600000Iterations() throws Exception {
        JsonNode shipped = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "config.yml").toFile());

        assertThat(new PasswordsConfig().getIterations()).isEqualTo(600_000);
        assertThat(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS).isEqualTo(600_000);
        assertThat(shipped.path("passwords").path("iterations").asInt()).isEqualTo(600_000);
    }

    @Test
    void theHashingPoolByDefault_takesHalfTheProcessors_leavingTheRestACoreWhereThereIsOneToLeave() {
        assertThat(PasswordsConfig.defaultHashingThreads(1)).isEqualTo(1);
        assertThat(PasswordsConfig.defaultHashingThreads(2)).isEqualTo(1);
        assertThat(PasswordsConfig.defaultHashingThreads(3)).isEqualTo(1);
        assertThat(PasswordsConfig.defaultHashingThreads(4)).isEqualTo(2);
        assertThat(PasswordsConfig.defaultHashingThreads(16)).isEqualTo(8);
        for (int processors = 2; processors <= 64; processors++) {
            assertThat(processors - PasswordsConfig.defaultHashingThreads(processors)).as("%d processors", processors)
                    .isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void unsetHashingThreads_followTheMachine_andAConfiguredCountIsKept() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        PasswordsConfig unset = yaml.readValue("iterations: 600000", PasswordsConfig.class);
        PasswordsConfig three = yaml.readValue("hashingThreads: 3", PasswordsConfig.class);
        JsonNode shipped = yaml.readTree(Path.of("..", "config.yml").toFile());

        assertThat(unset.getHashingThreads())
                .isEqualTo(PasswordsConfig.defaultHashingThreads(Runtime.getRuntime().availableProcessors()));
        assertThat(three.getHashingThreads()).isEqualTo(3);
        assertThat(shipped.path("passwords").has("hashingThreads")).as("config.yml leaves the count to the machine")
                .isFalse();
    }

    @Test
    void theDefaultTokenSettings_areTheContracts() {
        JwtConfig jwt = new JwtConfig();

        assertThat(jwt.tokenSettings().accessTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(jwt.tokenSettings().refreshTtl()).isEqualTo(Duration.ofDays(7));
        assertThat(jwt.tokenSettings().familyTtl()).isEqualTo(Duration.ofDays(30));
        assertThat(jwt.getClockSkew()).isEqualTo(Duration.ofSeconds(30));
        assertThat(jwt.isSecureCookie()).isTrue();
    }
}
