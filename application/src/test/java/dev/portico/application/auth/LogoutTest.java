package dev.portico.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogoutTest {

    private final AuthFixture auth = new AuthFixture();
    private final User alice = auth.user("alice");
    private final User bob = auth.user("bob");

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void givenTheCallersRefreshToken_logout_revokesItsFamilyOnly() {
        TokenPair phone = auth.loginAs(alice);
        TokenPair laptop = auth.loginAs(alice);

        boolean revoked = auth.logout.logout(AuthFixture.caller(alice), Optional.of(phone.refreshToken().value()));

        assertThat(revoked).isTrue();
        assertThat(familyOf(phone).revoked()).contains(auth.clock.instant());
        assertThat(familyOf(laptop).revoked()).isEmpty();
    }

    @Test
    void givenLoggedOutTwice_logout_isHarmless() {
        TokenPair pair = auth.loginAs(alice);
        auth.logout.logout(AuthFixture.caller(alice), Optional.of(pair.refreshToken().value()));

        assertThat(auth.logout.logout(AuthFixture.caller(alice), Optional.of(pair.refreshToken().value()))).isTrue();
        assertThat(familyOf(pair).revoked()).isPresent();
    }

    @Test
    void givenAnotherUsersRefreshToken_logout_ignoresIt() {
        TokenPair bobs = auth.loginAs(bob);

        boolean revoked = auth.logout.logout(AuthFixture.caller(alice), Optional.of(bobs.refreshToken().value()));

        assertThat(revoked).isFalse();
        assertThat(auth.refreshTokens.families()).allSatisfy(family -> assertThat(family.revoked()).isEmpty());
    }

    @Test
    void givenNoTokenGarbageOrAnAccessToken_logout_returnsFalse() {
        TokenPair pair = auth.loginAs(alice);
        Authenticated caller = AuthFixture.caller(alice);

        assertThat(auth.logout.logout(caller, Optional.empty())).isFalse();
        assertThat(auth.logout.logout(caller, Optional.of("garbage"))).isFalse();
        assertThat(auth.logout.logout(caller, Optional.of(pair.accessToken().value()))).isFalse();
        assertThat(familyOf(pair).revoked()).isEmpty();
    }

    private dev.portico.domain.token.RefreshFamily familyOf(TokenPair pair) {
        TokenFamilyId id = auth.refreshGrant(pair).family();
        return auth.refreshTokens.family(id).orElseThrow();
    }
}
