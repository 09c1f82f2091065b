package dev.portico.application.support;

import dev.portico.application.auth.port.TokenCodec;
import dev.portico.domain.token.AccessGrant;
import dev.portico.domain.token.EncodedToken;
import dev.portico.domain.token.RefreshGrant;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.token.TokenId;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes grants into readable, unsigned tokens: the kind, a stamp of the secret, issuer and audience,
 * then the grant's fields, each part Base64url-encoded and joined with dots. Decoding answers empty for
 * text that is no such token, for the other kind, for another stamp, and after the expiry plus the
 * allowed skew, as the real codec does; like a real token, it is read back by any codec built alike.
 */
public final class FakeTokenCodec implements TokenCodec {

    private static final byte[] DEFAULT_SECRET = "fake-secret".getBytes(StandardCharsets.UTF_8);
    private static final String ACCESS = "access";
    private static final String REFRESH = "refresh";

    private final String stamp;
    private final Duration skew;
    private final Clock clock;

    /** A codec with a fixed secret, issuer and audience. */
    public FakeTokenCodec(Clock clock, Duration skew) {
        this(DEFAULT_SECRET, "portico", "portico-api", skew, clock);
    }

    public FakeTokenCodec(byte[] secret, String issuer, String audience, Duration skew, Clock clock) {
        this.stamp = Arrays.hashCode(secret) + "/" + issuer + "/" + audience;
        this.skew = skew;
        this.clock = clock;
    }

    @Override
    public EncodedToken encodeAccess(AccessGrant grant) {
        return new EncodedToken(join(ACCESS, grant.subject().value() + "", grant.role().wireName(),
                grant.id().value(), grant.issuedAt().toString(), grant.expiresAt().toString()), grant.expiresAt());
    }

    @Override
    public EncodedToken encodeRefresh(RefreshGrant grant) {
        return new EncodedToken(join(REFRESH, grant.subject().value() + "", grant.role().wireName(),
                grant.id().value(), grant.family().value(), grant.issuedAt().toString(),
                grant.expiresAt().toString()), grant.expiresAt());
    }

    @Override
    public Optional<AccessGrant> decodeAccess(String token) {
        return fields(token, ACCESS, 5).map(FakeTokenCodec::accessGrant).filter(grant -> fresh(grant.expiresAt()));
    }

    @Override
    public Optional<RefreshGrant> decodeRefresh(String token) {
        return fields(token, REFRESH, 6).map(FakeTokenCodec::refreshGrant).filter(grant -> fresh(grant.expiresAt()));
    }

    /** The grant behind a refresh token this codec encoded, whatever the time. */
    public RefreshGrant refreshGrant(EncodedToken token) {
        return fields(token.value(), REFRESH, 6).map(FakeTokenCodec::refreshGrant).orElseThrow();
    }

    /** The grant behind an access token this codec encoded, whatever the time. */
    public AccessGrant accessGrant(EncodedToken token) {
        return fields(token.value(), ACCESS, 5).map(FakeTokenCodec::accessGrant).orElseThrow();
    }

    private boolean fresh(Instant expiresAt) {
        return clock.instant().isBefore(expiresAt.plus(skew));
    }

    private String join(String kind, String... fields) {
        return Stream.concat(Stream.of(kind, stamp), Arrays.stream(fields))
                .map(part -> Base64.getUrlEncoder().withoutPadding().encodeToString(part.getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining("."));
    }

    private Optional<List<String>> fields(String token, String kind, int count) {
        if (token == null) {
            return Optional.empty();
        }
        try {
            List<String> parts = Arrays.stream(token.split("\\.", -1))
                    .map(part -> new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8))
                    .toList();
            if (parts.size() != count + 2 || !parts.get(0).equals(kind) || !parts.get(1).equals(stamp)) {
                return Optional.empty();
            }
            return Optional.of(parts.subList(2, parts.size()));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private static AccessGrant accessGrant(List<String> fields) {
        return new AccessGrant(new UserId(Long.parseLong(fields.get(0))), Role.fromWireName(fields.get(1)).orElseThrow(),
                new TokenId(fields.get(2)), Instant.parse(fields.get(3)), Instant.parse(fields.get(4)));
    }

    private static RefreshGrant refreshGrant(List<String> fields) {
        return new RefreshGrant(new UserId(Long.parseLong(fields.get(0))), Role.fromWireName(fields.get(1)).orElseThrow(),
                new TokenId(fields.get(2)), new TokenFamilyId(fields.get(3)), Instant.parse(fields.get(4)),
                Instant.parse(fields.get(5)));
    }
}
