package dev.portico.application.auth.port;

import dev.portico.domain.token.AccessGrant;
import dev.portico.domain.token.EncodedToken;
import dev.portico.domain.token.RefreshGrant;
import java.util.Optional;

/**
 * Signs grants into bearer tokens and reads them back. Decoding checks everything the token itself
 * can prove (algorithm, signature, type, issuer, audience, expiry with the allowed skew) and answers
 * empty for any token that fails, whatever the reason.
 */
public interface TokenCodec {

    EncodedToken encodeAccess(AccessGrant grant);

    EncodedToken encodeRefresh(RefreshGrant grant);

    Optional<AccessGrant> decodeAccess(String token);

    Optional<RefreshGrant> decodeRefresh(String token);
}
