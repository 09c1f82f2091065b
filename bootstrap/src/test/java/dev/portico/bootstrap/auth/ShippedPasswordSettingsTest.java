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
    void theDefaultTokenSettings_areTheContracts() {
        JwtConfig jwt = new JwtConfig();

        assertThat(jwt.tokenSettings().accessTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(jwt.tokenSettings().refreshTtl()).isEqualTo(Duration.ofDays(7));
        assertThat(jwt.tokenSettings().familyTtl()).isEqualTo(Duration.ofDays(30));
        assertThat(jwt.getClockSkew()).isEqualTo(Duration.ofSeconds(30));
        assertThat(jwt.isSecureCookie()).isTrue();
    }
}
