package dev.portico.application.auth;


import dev.portico.application.auth.support.TokensNotBefore;
import dev.portico.application.cluster.support.LocalClusterEvents;
import dev.portico.domain.error.RefreshTokenRefused.Reason;
import dev.portico.domain.error.RefreshTokenRefused;
import dev.portico.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LogoutAll and the "not before" rounding of {@link TokensNotBefore}. */
class LogoutAllTest {

    /** The first whole second after {@link AuthFixture#START} (14:30:00.250). */
    private static final Instant NEXT_SECOND = Instant.parse("2026-03-02T14:30:01Z");

    private final AuthFixture auth = new AuthFixture();
    private final User alice = auth.user("alice");
    private final User bob = auth.user("bob");

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void givenSeveralLogins_logoutAll_revokesEveryFamilyOfTheCallerOnly() {
        TokenPair phone = auth.loginAs(alice);
        TokenPair laptop = auth.loginAs(alice);
        TokenPair bobs = auth.loginAs(bob);

        auth.logoutAll.logoutAll(AuthFixture.caller(alice));

        assertThatThrownBy(() -> auth.rotate.rotate(phone.refreshToken().value()))
                .isInstanceOfSatisfying(RefreshTokenRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.REVOKED));
        assertThatThrownBy(() -> auth.rotate.rotate(laptop.refreshToken().value()))
                .isInstanceOfSatisfying(RefreshTokenRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.REVOKED));
        assertThat(auth.rotate.rotate(bobs.refreshToken().value())).isNotNull();
    }

    @Test
    void givenAnAccessTokenIssuedEarlierInTheSameSecond_logoutAll_refusesIt() {
        TokenPair before = auth.loginAs(alice);
        TokenPair bobs = auth.loginAs(bob);

        auth.logoutAll.logoutAll(AuthFixture.caller(alice));

        assertThat(auth.codec.accessGrant(before.accessToken()).issuedAt()).isEqualTo(Instant.parse("2026-03-02T14:30:00Z"));
        assertThat(auth.authenticate.authenticate(before.accessToken().value())).isEmpty();
        assertThat(auth.authenticate.authenticate(bobs.accessToken().value())).isPresent();
    }

    @Test
    void givenALoginLaterInTheSameSecond_logoutAll_stillAcceptsItsToken() {
        auth.loginAs(alice);
        auth.logoutAll.logoutAll(AuthFixture.caller(alice));

        TokenPair after = auth.loginAs(alice);

        assertThat(auth.clock.instant()).isEqualTo(AuthFixture.START);
        assertThat(after.issuedAt()).isEqualTo(NEXT_SECOND);
        assertThat(auth.codec.accessGrant(after.accessToken()).issuedAt()).isEqualTo(NEXT_SECOND);
        assertThat(after.accessExpiresInSeconds()).isEqualTo(900);
        assertThat(auth.authenticate.authenticate(after.accessToken().value()))
                .contains(AuthFixture.caller(alice));
        assertThat(auth.rotate.rotate(after.refreshToken().value())).isNotNull();
    }

    /**
     * A token minted after a first LogoutAll carries the rounded-up cutoff as its issue time, so a
     * second LogoutAll in the same second must move the cutoff one second further to refuse it.
     */
    @Test
    void givenALoginBetweenTwoLogoutAllsInTheSameSecond_secondLogoutAll_refusesItsToken() {
        auth.logoutAll.logoutAll(AuthFixture.caller(alice));
        TokenPair between = auth.loginAs(alice);
        auth.clock.advance(Duration.ofMillis(500));

        auth.logoutAll.logoutAll(AuthFixture.caller(alice));

        assertThat(auth.authenticate.authenticate(between.accessToken().value())).isEmpty();
    }

    @Test
    void givenLogoutAll_theStore_holdsTheCutoffRoundedUpToTheNextSecond() {
        auth.logoutAll.logoutAll(AuthFixture.caller(alice));

        assertThat(auth.users.tokensNotBefore(alice.id())).contains(NEXT_SECOND);
    }

    @Test
    void givenARestart_logoutAll_stillRefusesTheOldTokenAndAcceptsTheNewOne() {
        TokenPair before = auth.loginAs(alice);
        auth.logoutAll.logoutAll(AuthFixture.caller(alice));
        TokenPair after = auth.loginAs(alice);
        auth.clock.advance(Duration.ofMinutes(5));

        TokensNotBefore restarted = new TokensNotBefore(auth.users, auth.clock, auth.settings, new LocalClusterEvents());
        AuthenticateAccessToken authenticate = new AuthenticateAccessToken(auth.codec, restarted);

        assertThat(authenticate.authenticate(before.accessToken().value())).isEmpty();
        assertThat(authenticate.authenticate(after.accessToken().value())).isPresent();
        assertThat(restarted.issueTimeFor(alice.id(), AuthFixture.START)).isEqualTo(NEXT_SECOND);
    }

    @Test
    void givenACutoffOlderThanAccessTtlPlusSkew_aLaterLogoutAll_dropsIt() {
        auth.logoutAll.logoutAll(AuthFixture.caller(alice));
        Instant oldToken = Instant.parse("2026-03-02T14:30:00Z");
        Duration horizon = auth.settings.accessTtl().plus(auth.settings.clockSkew());

        auth.clock.advance(Duration.between(AuthFixture.START, NEXT_SECOND.plus(horizon)));
        auth.logoutAll.logoutAll(AuthFixture.caller(bob));
        assertThat(auth.notBefore.isRefused(alice.id(), oldToken)).as("exactly at the horizon: kept").isTrue();

        auth.clock.advance(Duration.ofMillis(1));
        auth.logoutAll.logoutAll(AuthFixture.caller(bob));
        assertThat(auth.notBefore.isRefused(alice.id(), oldToken)).as("past the horizon: dropped").isFalse();
        assertThat(auth.notBefore.isRefused(bob.id(), auth.clock.instant())).isTrue();
    }

    @Test
    void givenACutoffOlderThanAccessTtlPlusSkew_aRestart_doesNotLoadIt() {
        auth.logoutAll.logoutAll(AuthFixture.caller(alice));
        auth.clock.advance(Duration.ofMinutes(16));

        TokensNotBefore restarted = new TokensNotBefore(auth.users, auth.clock, auth.settings, new LocalClusterEvents());

        assertThat(restarted.isRefused(alice.id(), Instant.parse("2026-03-02T14:30:00Z"))).isFalse();
        assertThat(auth.users.tokensNotBefore(alice.id())).as("the store keeps it").contains(NEXT_SECOND);
    }

    @Test
    void givenNoLogoutAll_tokensNotBefore_refusesNothingAndIssuesAtTheCurrentSecond() {
        assertThat(auth.notBefore.isRefused(alice.id(), Instant.EPOCH)).isFalse();
        assertThat(auth.notBefore.issueTimeFor(alice.id(), AuthFixture.START))
                .isEqualTo(Instant.parse("2026-03-02T14:30:00Z"));
    }
}
