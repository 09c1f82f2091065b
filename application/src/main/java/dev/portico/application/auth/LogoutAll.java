package dev.portico.application.auth;

import dev.portico.application.auth.port.RefreshTokenStore;
import dev.portico.application.auth.support.TokensNotBefore;
import java.time.Clock;

/** Ends every login of the caller: all refresh families revoked, all access tokens issued so far refused. */
public final class LogoutAll {

    private final RefreshTokenStore refreshTokens;
    private final TokensNotBefore notBefore;
    private final Clock clock;

    public LogoutAll(RefreshTokenStore refreshTokens, TokensNotBefore notBefore, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.notBefore = notBefore;
        this.clock = clock;
    }

    public void logoutAll(Authenticated caller) {
        refreshTokens.revokeAllFamilies(caller.userId(), clock.instant());
        notBefore.refuseTokensIssuedUntilNow(caller.userId());
    }
}
