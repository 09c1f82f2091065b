package dev.portico.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PurgeExpiredTokenFamiliesTest {

    private final AuthFixture auth = new AuthFixture();
    private final PurgeExpiredTokenFamilies purge = new PurgeExpiredTokenFamilies(auth.refreshTokens, auth.clock);

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void givenAFamilyExpiredLessThanADayAgo_purge_keepsIt() {
        User alice = auth.user("alice");
        auth.loginAs(alice);
        auth.clock.advance(Duration.ofDays(30).plusHours(23));

        assertThat(purge.purge()).isZero();
        assertThat(auth.refreshTokens.families()).hasSize(1);
    }

    @Test
    void givenAFamilyExpiredMoreThanADayAgo_purge_deletesIt() {
        User alice = auth.user("alice");
        auth.loginAs(alice);
        auth.clock.advance(Duration.ofDays(20));
        auth.loginAs(alice);
        auth.clock.advance(Duration.ofDays(11).plusSeconds(1));

        assertThat(purge.purge()).isEqualTo(1);
        assertThat(auth.refreshTokens.families()).hasSize(1);
    }
}
