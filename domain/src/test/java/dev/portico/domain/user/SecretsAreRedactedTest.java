package dev.portico.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.InvalidInputException;
import dev.portico.domain.token.EncodedToken;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecretsAreRedactedTest {

    @Test
    void givenAPassword_toString_hidesIt() {
        Password password = new Password("correct horse battery staple");

        assertThat(password.toString()).isEqualTo("Password[redacted]").doesNotContain("horse");
    }

    @Test
    void givenNull_password_isRequiredOnFieldPassword() {
        assertThatThrownBy(() -> new Password(null))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).contains("password");
                    assertThat(error.getMessage()).isEqualTo("Password is required");
                });
    }

    @Test
    void givenAstralCharacters_password_lengthCountsCodePoints() {
        assertThat(new Password("😀😀😀").length()).isEqualTo(3);
    }

    @Test
    void givenAPasswordHash_toString_hidesIt() {
        PasswordHash hash = new PasswordHash("pbkdf2$600000$c2FsdA$a2V5");

        assertThat(hash.toString()).isEqualTo("PasswordHash[redacted]").doesNotContain("c2FsdA");
    }

    @Test
    void givenABlankHash_passwordHash_isRefused() {
        assertThatThrownBy(() -> new PasswordHash(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAnEncodedToken_toString_hidesTheValueButShowsTheExpiry() {
        EncodedToken token = new EncodedToken("eyJhbGciOi.secret.signature", Instant.parse("2026-03-02T14:45:00Z"));

        assertThat(token.toString()).doesNotContain("secret").contains("redacted").contains("2026-03-02T14:45:00Z");
    }
}
