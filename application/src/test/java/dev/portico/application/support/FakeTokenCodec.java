package dev.portico.application.support;

import dev.portico.application.auth.port.TokenCodec;
import dev.portico.domain.token.AccessGrant;
import dev.portico.domain.token.EncodedToken;
import dev.portico.domain.token.RefreshGrant;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Encodes grants as opaque strings ({@code access:1}, {@code refresh:2}) remembered in a map. Decoding
 * answers empty for unknown strings, for the other kind, and after the expiry plus the allowed skew,
 * as the real codec does.
 */
public final class FakeTokenCodec implements TokenCodec {

    private final Clock clock;
    private final Duration skew;
    private final Map<String, AccessGrant> accessGrants = new HashMap<>();
    private final Map<String, RefreshGrant> refreshGrants = new HashMap<>();
    private int counter;

    public FakeTokenCodec(Clock clock, Duration skew) {
        this.clock = clock;
        this.skew = skew;
    }

    @Override
    public synchronized EncodedToken encodeAccess(AccessGrant grant) {
        String value = "access:" + ++counter;
        accessGrants.put(value, grant);
        return new EncodedToken(value, grant.expiresAt());
    }

    @Override
    public synchronized EncodedToken encodeRefresh(RefreshGrant grant) {
        String value = "refresh:" + ++counter;
        refreshGrants.put(value, grant);
        return new EncodedToken(value, grant.expiresAt());
    }

    @Override
    public synchronized Optional<AccessGrant> decodeAccess(String token) {
        return Optional.ofNullable(accessGrants.get(token))
                .filter(grant -> clock.instant().isBefore(grant.expiresAt().plus(skew)));
    }

    @Override
    public synchronized Optional<RefreshGrant> decodeRefresh(String token) {
        return Optional.ofNullable(refreshGrants.get(token))
                .filter(grant -> clock.instant().isBefore(grant.expiresAt().plus(skew)));
    }

    /** The grant behind a refresh token this codec encoded, whatever the time. */
    public synchronized RefreshGrant refreshGrant(EncodedToken token) {
        return refreshGrants.get(token.value());
    }

    /** The grant behind an access token this codec encoded, whatever the time. */
    public synchronized AccessGrant accessGrant(EncodedToken token) {
        return accessGrants.get(token.value());
    }
}
