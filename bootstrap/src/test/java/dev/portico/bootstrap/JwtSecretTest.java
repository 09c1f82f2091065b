package dev.portico.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtSecretTest {

    @Test
    void givenExactly32Bytes_fromEnvironment_acceptsTheSecret() {
        String secret = "0123456789abcdef0123456789abcdef";

        assertThat(JwtSecret.fromEnvironment(Map.of("JWT_SECRET", secret)).bytes()).hasSize(32);
    }

    @Test
    void given31Bytes_fromEnvironment_refusesWithoutEchoingTheSecret() {
        String secret = "0123456789abcdef0123456789abcde";

        assertThatThrownBy(() -> JwtSecret.fromEnvironment(Map.of("JWT_SECRET", secret)))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("31 bytes")
                .hasMessageNotContaining(secret);
    }

    @Test
    void givenMultiByteCharacters_fromEnvironment_countsBytesNotCharacters() {
        String sixteenTwoByteCharacters = "é".repeat(16);

        assertThat(JwtSecret.fromEnvironment(Map.of("JWT_SECRET", sixteenTwoByteCharacters)).bytes()).hasSize(32);
    }

    @Test
    void givenABlankSecret_fromEnvironment_refusesAsNotSet() {
        assertThatThrownBy(() -> JwtSecret.fromEnvironment(Map.of("JWT_SECRET", "   ")))
                .hasMessageContaining("not set");
    }

    @Test
    void toString_neverRevealsTheSecret() {
        String secret = "0123456789abcdef0123456789abcdef-private";

        assertThat(JwtSecret.fromEnvironment(Map.of("JWT_SECRET", secret)).toString()).doesNotContain(secret);
    }
}
