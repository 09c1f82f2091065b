package dev.portico.adapters.security.token;

import dev.portico.application.auth.port.TokenCodec;
import dev.portico.domain.token.AccessGrant;
import dev.portico.domain.token.EncodedToken;
import dev.portico.domain.token.RefreshGrant;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.token.TokenId;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.UserId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.SecretKey;

/**
 * HS256 JWTs as api-contract.md §4 describes them: {@code typ} {@code at+jwt} or {@code rt+jwt},
 * claims {@code sub iat exp iss aud type role jti} and, on refresh tokens, {@code fam}. HS256 is the
 * only algorithm accepted; any other {@code alg}, {@code none} in any spelling included, is refused.
 * {@code aud} is written as a one-element array; on reading, a string or an array containing the
 * configured audience is accepted, as RFC 7519 §4.1.3 allows both.
 */
public final class JjwtTokenCodec implements TokenCodec {

    public static final int MIN_SECRET_BYTES = 32;

    /** Far above any token this codec signs; longer input is refused before it is parsed. */
    static final int MAX_TOKEN_CHARS = 4096;
    private static final int VERIFIED_TOKENS = 100_000;

    private static final String TYPE_CLAIM = "type";
    private static final String ROLE_CLAIM = "role";
    private static final String FAMILY_CLAIM = "fam";

    private final SecretKey key;
    private final String issuer;
    private final String audience;
    private final JwtParser parser;
    private final Clock clock;
    private final Duration clockSkew;
    private final Cache<String, AccessGrant> verifiedAccess = Caffeine.newBuilder()
            .maximumSize(VERIFIED_TOKENS)
            .expireAfterWrite(java.time.Duration.ofMinutes(15))
            .build();

    public JjwtTokenCodec(byte[] secret, String issuer, String audience, Duration clockSkew, Clock clock) {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(clock, "clock");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "The JWT secret needs at least " + MIN_SECRET_BYTES + " bytes, got " + secret.length);
        }
        if (issuer == null || issuer.isBlank() || audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("The JWT issuer and audience must not be blank");
        }
        if (clockSkew == null || clockSkew.isNegative()) {
            throw new IllegalArgumentException("The clock skew must be zero or more, got " + clockSkew);
        }
        this.clock = clock;
        this.clockSkew = clockSkew;
        this.key = Keys.hmacShaKeyFor(secret.clone());
        this.issuer = issuer;
        this.audience = audience;
        this.parser = Jwts.parser()
                .sig().clear().add(Jwts.SIG.HS256).and()
                .zip().clear().and()
                .verifyWith(key)
                .requireIssuer(issuer)
                .requireAudience(audience)
                .clockSkewSeconds(clockSkew.toSeconds())
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    @Override
    public EncodedToken encodeAccess(AccessGrant grant) {
        JwtBuilder builder = claims(TokenKind.ACCESS, grant.subject(), grant.role(), grant.id(), grant.issuedAt());
        return sign(builder, grant.expiresAt());
    }

    @Override
    public EncodedToken encodeRefresh(RefreshGrant grant) {
        JwtBuilder builder = claims(TokenKind.REFRESH, grant.subject(), grant.role(), grant.id(), grant.issuedAt())
                .claim(FAMILY_CLAIM, grant.family().value());
        return sign(builder, grant.expiresAt());
    }

    /**
     * Access tokens are checked on every authenticated request, and parsing and verifying one costs
     * more than the rest of a cached quote. A token already verified is remembered by its exact text
     * (signature included, so no other token can match) and only its expiry is checked again.
     */
    @Override
    public Optional<AccessGrant> decodeAccess(String token) {
        if (token == null) {
            return Optional.empty();
        }
        AccessGrant known = verifiedAccess.getIfPresent(token);
        if (known != null) {
            return isWithinLifetime(known) ? Optional.of(known) : Optional.empty();
        }
        Optional<AccessGrant> grant = decode(token, TokenKind.ACCESS, claims -> new AccessGrant(
                subject(claims), role(claims), new TokenId(claims.getId()),
                required(claims.getIssuedAt()), required(claims.getExpiration())));
        grant.ifPresent(verified -> verifiedAccess.put(token, verified));
        return grant;
    }

    private boolean isWithinLifetime(AccessGrant grant) {
        return clock.instant().isBefore(grant.expiresAt().plus(clockSkew));
    }

    @Override
    public Optional<RefreshGrant> decodeRefresh(String token) {
        return decode(token, TokenKind.REFRESH, claims -> new RefreshGrant(
                subject(claims), role(claims), new TokenId(claims.getId()),
                new TokenFamilyId(claims.get(FAMILY_CLAIM, String.class)),
                required(claims.getIssuedAt()), required(claims.getExpiration())));
    }

    private JwtBuilder claims(TokenKind kind, UserId subject, Role role, TokenId id, Instant issuedAt) {
        return Jwts.builder()
                .header().type(kind.headerType()).and()
                .subject(subject.toString())
                .issuer(issuer)
                .audience().add(audience).and()
                .issuedAt(Date.from(issuedAt.truncatedTo(ChronoUnit.SECONDS)))
                .id(id.value())
                .claim(TYPE_CLAIM, kind.claimValue())
                .claim(ROLE_CLAIM, role.wireName());
    }

    private EncodedToken sign(JwtBuilder builder, Instant expiresAt) {
        Instant expiry = expiresAt.truncatedTo(ChronoUnit.SECONDS);
        return new EncodedToken(builder.expiration(Date.from(expiry)).signWith(key, Jwts.SIG.HS256).compact(), expiry);
    }

    /**
     * The grant in a token whose algorithm, signature, issuer, audience, expiry and kind all check
     * out; empty for any other input. A missing or malformed claim surfaces as an
     * {@link IllegalArgumentException} from the grant's constructor or the helpers below.
     */
    private <G> Optional<G> decode(String token, TokenKind kind, Function<Claims, G> grant) {
        if (token == null || token.length() > MAX_TOKEN_CHARS || segmentCount(token) != 3) {
            return Optional.empty();
        }
        try {
            Jws<Claims> jws = parser.parseSignedClaims(token);
            Claims claims = jws.getPayload();
            if (!kind.matchesHeaderType(jws.getHeader().getType())
                    || !kind.claimValue().equals(claims.get(TYPE_CLAIM, String.class))) {
                return Optional.empty();
            }
            return Optional.of(grant.apply(claims));
        } catch (JwtException | IllegalArgumentException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static UserId subject(Claims claims) {
        return UserId.parse(claims.getSubject())
                .orElseThrow(() -> new IllegalArgumentException("sub is not a user id"));
    }

    private static Role role(Claims claims) {
        return Role.fromWireName(claims.get(ROLE_CLAIM, String.class))
                .orElseThrow(() -> new IllegalArgumentException("role is not a known role"));
    }

    private static Instant required(Date date) {
        if (date == null) {
            throw new IllegalArgumentException("iat and exp are required");
        }
        return date.toInstant();
    }

    private static int segmentCount(String token) {
        return (int) token.chars().filter(c -> c == '.').count() + 1;
    }
}
