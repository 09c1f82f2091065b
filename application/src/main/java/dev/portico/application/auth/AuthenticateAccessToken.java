package dev.portico.application.auth;

import dev.portico.application.auth.port.TokenCodec;
import dev.portico.application.auth.support.TokensNotBefore;
import dev.portico.domain.token.AccessGrant;
import java.util.Optional;

/** Turns a bearer access token into the caller it speaks for, with no database query. */
public final class AuthenticateAccessToken {

    private final TokenCodec codec;
    private final TokensNotBefore notBefore;

    public AuthenticateAccessToken(TokenCodec codec, TokensNotBefore notBefore) {
        this.codec = codec;
        this.notBefore = notBefore;
    }

    /** Empty for any token that is not a valid, current access token. */
    public Optional<Authenticated> authenticate(String token) {
        return codec.decodeAccess(token)
                .filter(grant -> !notBefore.isRefused(grant.subject(), grant.issuedAt()))
                .map(AuthenticateAccessToken::caller);
    }

    /** As {@link #authenticate}, with the token's expiry, for connections that outlive a request. */
    public Optional<AccessSession> authenticateSession(String token) {
        return codec.decodeAccess(token)
                .filter(grant -> !notBefore.isRefused(grant.subject(), grant.issuedAt()))
                .map(grant -> new AccessSession(caller(grant), grant.expiresAt()));
    }

    private static Authenticated caller(AccessGrant grant) {
        return new Authenticated(grant.subject(), grant.role());
    }
}
