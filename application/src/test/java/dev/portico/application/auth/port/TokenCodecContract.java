package dev.portico.application.auth.port;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link TokenCodec} adapter must show: grants survive the round trip, and a token
 * is refused when it is of the other kind, expired beyond the skew, or made with another secret,
 * issuer or audience. Each adapter's test class extends this and builds its codec from the parts.
 */
public abstract class TokenCodecContract<T extends TokenCodec> {

    protected static final byte[] SECRET = "contract-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);
    protected static final String ISSUER = "portico";
    protected static final String AUDIENCE = "portico-api";
    protected static final Duration SKEW = Duration.ofSeconds(30);
    protected static final Instant ISSUED_AT = Instant.parse("2030-01-02T03:04:05Z");
    protected static final Instant EXPIRES_AT = ISSUED_AT.plus(Duration.ofMinutes(15));

    protected static final AccessGrant ACCESS = new AccessGrant(
            new UserId(42), Role.ADMIN, new TokenId("access-id-1"), ISSUED_AT, EXPIRES_AT);
    protected static final RefreshGrant REFRESH = new RefreshGrant(
            new UserId(7), Role.USER, new TokenId("refresh-id-1"), new TokenFamilyId("family-1"),
            ISSUED_AT, EXPIRES_AT);

    protected abstract T newCodec(byte[] secret, String issuer, String audience, Duration clockSkew, Clock clock);

    protected final T codecAt(Instant now) {
        return newCodec(SECRET, ISSUER, AUDIENCE, SKEW, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void givenAnAccessGrant_encodeThenDecodeAccess_returnsEveryField() {
        T codec = codecAt(ISSUED_AT);

        EncodedToken token = codec.encodeAccess(ACCESS);

        assertThat(token.expiresAt()).isEqualTo(EXPIRES_AT);
        assertThat(codec.decodeAccess(token.value())).contains(ACCESS);
    }

    @Test
    void givenARefreshGrant_encodeThenDecodeRefresh_returnsEveryField() {
        T codec = codecAt(ISSUED_AT);

        EncodedToken token = codec.encodeRefresh(REFRESH);

        assertThat(token.expiresAt()).isEqualTo(EXPIRES_AT);
        assertThat(codec.decodeRefresh(token.value())).contains(REFRESH);
    }

    @Test
    void givenAnAccessToken_decodeRefresh_returnsEmpty() {
        T codec = codecAt(ISSUED_AT);

        assertThat(codec.decodeRefresh(codec.encodeAccess(ACCESS).value())).isEmpty();
    }

    @Test
    void givenARefreshToken_decodeAccess_returnsEmpty() {
        T codec = codecAt(ISSUED_AT);

        assertThat(codec.decodeAccess(codec.encodeRefresh(REFRESH).value())).isEmpty();
    }

    @Test
    void givenATokenExpiredBeyondTheSkew_decode_returnsEmpty() {
        T codec = codecAt(ISSUED_AT);
        String access = codec.encodeAccess(ACCESS).value();
        String refresh = codec.encodeRefresh(REFRESH).value();
        T later = codecAt(EXPIRES_AT.plus(SKEW).plusSeconds(1));

        assertThat(later.decodeAccess(access)).isEmpty();
        assertThat(later.decodeRefresh(refresh)).isEmpty();
    }

    @Test
    void givenATokenExpiredWithinTheSkew_decode_acceptsIt() {
        T codec = codecAt(ISSUED_AT);
        String access = codec.encodeAccess(ACCESS).value();
        String refresh = codec.encodeRefresh(REFRESH).value();
        T later = codecAt(EXPIRES_AT.plus(SKEW).minusSeconds(1));

        assertThat(later.decodeAccess(access)).contains(ACCESS);
        assertThat(later.decodeRefresh(refresh)).contains(REFRESH);
    }

    @Test
    void givenATokenFromACodecWithAnotherSecret_decode_returnsEmpty() {
        byte[] otherSecret = "another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);
        T other = newCodec(otherSecret, ISSUER, AUDIENCE, SKEW, Clock.fixed(ISSUED_AT, ZoneOffset.UTC));
        T codec = codecAt(ISSUED_AT);

        assertThat(codec.decodeAccess(other.encodeAccess(ACCESS).value())).isEmpty();
        assertThat(codec.decodeRefresh(other.encodeRefresh(REFRESH).value())).isEmpty();
    }

    @Test
    void givenATokenFromACodecWithAnotherIssuer_decode_returnsEmpty() {
        T other = newCodec(SECRET, "someone-else", AUDIENCE, SKEW, Clock.fixed(ISSUED_AT, ZoneOffset.UTC));
        T codec = codecAt(ISSUED_AT);

        assertThat(codec.decodeAccess(other.encodeAccess(ACCESS).value())).isEmpty();
        assertThat(codec.decodeRefresh(other.encodeRefresh(REFRESH).value())).isEmpty();
    }

    @Test
    void givenATokenFromACodecWithAnotherAudience_decode_returnsEmpty() {
        T other = newCodec(SECRET, ISSUER, "another-api", SKEW, Clock.fixed(ISSUED_AT, ZoneOffset.UTC));
        T codec = codecAt(ISSUED_AT);

        assertThat(codec.decodeAccess(other.encodeAccess(ACCESS).value())).isEmpty();
        assertThat(codec.decodeRefresh(other.encodeRefresh(REFRESH).value())).isEmpty();
    }

    @Test
    void givenTextThatIsNoToken_decode_returnsEmpty() {
        T codec = codecAt(ISSUED_AT);

        for (String text : new String[] {"", "garbage", "a.b.c", null}) {
            assertThat(codec.decodeAccess(text)).isEmpty();
            assertThat(codec.decodeRefresh(text)).isEmpty();
        }
    }

    @Test
    void givenAnEncodedToken_toString_doesNotPrintTheToken() {
        EncodedToken token = codecAt(ISSUED_AT).encodeAccess(ACCESS);

        assertThat(token.toString()).doesNotContain(token.value());
    }
}
