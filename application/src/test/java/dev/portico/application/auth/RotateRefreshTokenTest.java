package dev.portico.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portico.domain.error.RefreshTokenRefused;
import dev.portico.domain.error.RefreshTokenRefused.Reason;
import dev.portico.domain.token.EncodedToken;
import dev.portico.domain.token.RefreshFamily;
import dev.portico.domain.token.RefreshGrant;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RotateRefreshTokenTest {

    private final AuthFixture auth = new AuthFixture();
    private final User alice = auth.user("alice");
    private final TokenPair first = auth.loginAs(alice);
    private final TokenFamilyId family = auth.refreshGrant(first).family();
    private TokenPair latest;

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void givenAFreshRefreshToken_rotate_issuesANewPairInTheSameFamily() {
        auth.clock.advance(Duration.ofMinutes(20));

        TokenPair next = auth.rotate.rotate(first.refreshToken().value());

        RefreshGrant grant = auth.refreshGrant(next);
        assertThat(grant.family()).isEqualTo(family);
        assertThat(grant.subject()).isEqualTo(alice.id());
        assertThat(next.refreshToken().value()).isNotEqualTo(first.refreshToken().value());
        assertThat(next.accessExpiresInSeconds()).isEqualTo(900);
        assertThat(next.refreshExpiresInSeconds()).isEqualTo(604_800);
        assertThat(auth.authenticate.authenticate(next.accessToken().value())).isPresent();
        assertThat(auth.refreshTokens.token(auth.storageHash(first.refreshToken())).orElseThrow().used())
                .contains(auth.clock.instant());
        assertThat(auth.refreshTokens.token(auth.storageHash(next.refreshToken())).orElseThrow().used()).isEmpty();
    }

    @Test
    void givenTheRotatedTokenReplayed_rotate_failsAndRevokesTheFamilySoTheNewestTokenFailsToo() {
        TokenPair next = auth.rotate.rotate(first.refreshToken().value());

        assertRefused(first.refreshToken(), Reason.REUSED);

        assertThat(auth.refreshTokens.family(family).orElseThrow().revoked()).contains(auth.clock.instant());
        assertRefused(next.refreshToken(), Reason.REVOKED);
    }

    @Test
    void givenARevokedFamily_rotate_fails() {
        auth.refreshTokens.revokeFamily(family, auth.clock.instant());

        assertRefused(first.refreshToken(), Reason.REVOKED);
    }

    @Test
    void givenTheFamilyPastItsAbsoluteExpiry_rotate_failsEvenWhileTheTokenStillDecodes() {
        TokenPair last = rotateEverySixDaysUntilDay(24);
        assertThat(last.refreshToken().expiresAt()).isEqualTo(familyRecord().expiresAt());

        auth.clock.advance(Duration.ofDays(6).plusSeconds(10));
        assertThat(auth.codec.decodeRefresh(last.refreshToken().value())).as("within the clock skew").isPresent();

        assertRefused(last.refreshToken(), Reason.EXPIRED);
        assertThat(familyRecord().revoked()).isEmpty();
    }

    @Test
    void givenDay27OfTheFamily_rotate_givesARefreshTokenEndingWithTheFamily() {
        rotateEverySixDaysUntilDay(24);
        auth.clock.advance(Duration.ofDays(3));

        TokenPair pair = auth.rotate.rotate(latest.refreshToken().value());

        assertThat(pair.refreshExpiresInSeconds()).isLessThanOrEqualTo(Duration.ofDays(3).toSeconds());
        assertThat(pair.refreshToken().expiresAt()).isEqualTo(familyRecord().expiresAt());
        assertThat(pair.accessExpiresInSeconds()).isEqualTo(900);
    }

    @Test
    void givenGarbageOrAnAccessToken_rotate_fails() {
        assertThatThrownBy(() -> auth.rotate.rotate("garbage"))
                .isInstanceOfSatisfying(RefreshTokenRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
        assertThatThrownBy(() -> auth.rotate.rotate(first.accessToken().value()))
                .isInstanceOfSatisfying(RefreshTokenRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
    }

    @Test
    void givenAnExpiredRefreshToken_rotate_fails() {
        auth.clock.advance(Duration.ofDays(7).plusMinutes(1));

        assertRefused(first.refreshToken(), Reason.UNREADABLE);
    }

    @Test
    void givenATokenWhoseRecordIsGone_rotate_fails() {
        auth.refreshTokens.forgetToken(auth.storageHash(first.refreshToken()));

        assertRefused(first.refreshToken(), Reason.UNKNOWN);
    }

    @Test
    void givenATokenNamingAnotherFamilyThanItsRecord_rotate_failsWithoutRotating() {
        RefreshGrant real = auth.refreshGrant(first);
        EncodedToken forged = auth.codec.encodeRefresh(new RefreshGrant(real.subject(), real.role(), real.id(),
                new TokenFamilyId("someone-elses-family"), real.issuedAt(), real.expiresAt()));

        assertRefused(forged, Reason.MISMATCHED);
        assertThat(auth.refreshTokens.token(auth.storageHash(first.refreshToken())).orElseThrow().used()).isEmpty();
    }

    @Test
    void givenALostRotationRace_rotate_failsAndRevokesTheFamily() {
        auth.refreshTokens.loseNextRotation();

        assertRefused(first.refreshToken(), Reason.LOST_RACE);

        assertThat(familyRecord().revoked()).isPresent();
    }

    private TokenPair rotateEverySixDaysUntilDay(int day) {
        latest = first;
        for (int elapsed = 6; elapsed <= day; elapsed += 6) {
            auth.clock.advance(Duration.ofDays(6));
            latest = auth.rotate.rotate(latest.refreshToken().value());
        }
        return latest;
    }

    private RefreshFamily familyRecord() {
        return auth.refreshTokens.family(family).orElseThrow();
    }

    private void assertRefused(EncodedToken refreshToken, Reason reason) {
        assertThatThrownBy(() -> auth.rotate.rotate(refreshToken.value()))
                .isInstanceOfSatisfying(RefreshTokenRefused.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
