package dev.portico.adapters.security.token;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.portico.domain.token.AccessGrant;
import dev.portico.domain.token.EncodedToken;
import dev.portico.domain.token.RefreshGrant;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.token.TokenId;
import dev.portico.domain.user.Role;
import dev.portico.domain.user.UserId;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The codec against tokens built by hand, so that each hostile token differs from a valid one in
 * exactly one respect. The secret is 64 bytes long, enough for HS512, so that an HS512 token is
 * refused for its algorithm and not for a short key.
 */
class JjwtTokenCodecTest {

    private static final byte[] SECRET = "a-64-byte-secret-long-enough-for-hs512-0123456789-abcdefghijklmn".getBytes(UTF_8);
    private static final byte[] OTHER_SECRET = "another-64-byte-secret-long-enough-for-hs512-0123456789-abcdefgh".getBytes(UTF_8);
    private static final Instant NOW = Instant.parse("2030-01-02T03:04:05Z");
    private static final long IAT = NOW.getEpochSecond();
    private static final long EXP = IAT + 900;

    private final JjwtTokenCodec codec = codecAt(NOW);

    private static JjwtTokenCodec codecAt(Instant now) {
        return new JjwtTokenCodec(SECRET, "portico", "portico-api", Duration.ofSeconds(30),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static HandMadeToken access() {
        return new HandMadeToken()
                .withHeader("alg", "HS256").withHeader("typ", "at+jwt")
                .with("sub", "42").with("iss", "portico").with("aud", "portico-api")
                .with("iat", IAT).with("exp", EXP).with("jti", "token-1")
                .with("type", "access").with("role", "user");
    }

    private static HandMadeToken refresh() {
        return access().withHeader("typ", "rt+jwt").with("type", "refresh").with("fam", "family-1");
    }

    private static String hs256(HandMadeToken token) {
        return token.signedWith("HmacSHA256", SECRET);
    }

    @Test
    void givenAValidHandMadeAccessToken_decodeAccess_readsIt() {
        assertThat(codec.decodeAccess(hs256(access()))).contains(new AccessGrant(
                new UserId(42), Role.USER, new TokenId("token-1"), NOW, NOW.plusSeconds(900)));
    }

    @Test
    void givenAValidHandMadeRefreshToken_decodeRefresh_readsIt() {
        assertThat(codec.decodeRefresh(hs256(refresh()))).contains(new RefreshGrant(
                new UserId(42), Role.USER, new TokenId("token-1"), new TokenFamilyId("family-1"),
                NOW, NOW.plusSeconds(900)));
    }

    static Stream<Arguments> hostileAccessTokens() {
        String valid = hs256(access());
        String[] parts = valid.split("\\.");
        return Stream.of(
                Arguments.of("alg none", access().withHeader("alg", "none").unsigned()),
                Arguments.of("alg None", access().withHeader("alg", "None").unsigned()),
                Arguments.of("alg nOnE", access().withHeader("alg", "nOnE").unsigned()),
                Arguments.of("alg none with an HS256 signature", noneWithValidHs256Signature()),
                Arguments.of("no alg", access().withoutHeader("alg").signedWith("HmacSHA256", SECRET)),
                Arguments.of("alg hs256 in lower case", hs256(access().withHeader("alg", "hs256"))),
                Arguments.of("HS512 with the same secret",
                        access().withHeader("alg", "HS512").signedWith("HmacSHA512", SECRET)),
                Arguments.of("HS384 with the same secret",
                        access().withHeader("alg", "HS384").signedWith("HmacSHA384", SECRET)),
                Arguments.of("HS256 with another secret", access().signedWith("HmacSHA256", OTHER_SECRET)),
                Arguments.of("payload byte tampered", parts[0] + '.' + flipMiddleChar(parts[1]) + '.' + parts[2]),
                Arguments.of("payload swapped for role admin",
                        parts[0] + '.' + access().with("role", "admin").signingInput().split("\\.")[1] + '.' + parts[2]),
                Arguments.of("signature truncated", valid.substring(0, valid.length() - 2)),
                Arguments.of("signature empty", parts[0] + '.' + parts[1] + '.'),
                Arguments.of("4 segments", valid + ".AAAA"),
                Arguments.of("5 segments", valid + ".AAAA.AAAA"),
                Arguments.of("2 segments", parts[0] + '.' + parts[1]),
                Arguments.of("empty string", ""),
                Arguments.of("garbage", "not a token at all"),
                Arguments.of("dots only", ".."),
                Arguments.of("header not JSON", HandMadeToken.encode("nope") + '.' + parts[1] + '.' + parts[2]),
                Arguments.of("missing typ", hs256(access().withoutHeader("typ"))),
                Arguments.of("typ JWT", hs256(access().withHeader("typ", "JWT"))),
                Arguments.of("typ rt+jwt with type access", hs256(access().withHeader("typ", "rt+jwt"))),
                Arguments.of("typ at+jwt with type refresh", hs256(access().with("type", "refresh"))),
                Arguments.of("missing type", hs256(access().without("type"))),
                Arguments.of("wrong iss", hs256(access().with("iss", "evil"))),
                Arguments.of("missing iss", hs256(access().without("iss"))),
                Arguments.of("wrong aud", hs256(access().with("aud", "another-api"))),
                Arguments.of("aud array without ours", hs256(access().with("aud", List.of("a", "b")))),
                Arguments.of("missing aud", hs256(access().without("aud"))),
                Arguments.of("exp beyond the skew", hs256(access().with("iat", IAT - 1000).with("exp", IAT - 31))),
                Arguments.of("missing exp", hs256(access().without("exp"))),
                Arguments.of("exp not a number", hs256(access().with("exp", "tomorrow"))),
                Arguments.of("missing iat", hs256(access().without("iat"))),
                Arguments.of("exp before iat", hs256(access().with("iat", EXP + 10))),
                Arguments.of("nbf in the future", hs256(access().with("nbf", IAT + 600))),
                Arguments.of("sub 0", hs256(access().with("sub", "0"))),
                Arguments.of("sub -1", hs256(access().with("sub", "-1"))),
                Arguments.of("sub abc", hs256(access().with("sub", "abc"))),
                Arguments.of("sub beyond a long", hs256(access().with("sub", "9999999999999999999"))),
                Arguments.of("missing sub", hs256(access().without("sub"))),
                Arguments.of("role root", hs256(access().with("role", "root"))),
                Arguments.of("role ADMIN in upper case", hs256(access().with("role", "ADMIN"))),
                Arguments.of("role a list", hs256(access().with("role", List.of("admin")))),
                Arguments.of("missing role", hs256(access().without("role"))),
                Arguments.of("missing jti", hs256(access().without("jti"))),
                Arguments.of("jti over 64 chars", hs256(access().with("jti", "j".repeat(65)))),
                Arguments.of("crit header", hs256(access().withHeader("crit", List.of("exp")))),
                Arguments.of("compressed payload", compressedPayload()),
                Arguments.of("10,000 chars, validly signed", hs256(access().with("pad", "x".repeat(10_000)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileAccessTokens")
    void givenAHostileToken_decode_returnsEmpty(String description, String token) {
        assertThat(codec.decodeAccess(token)).isEmpty();
        assertThat(codec.decodeRefresh(token)).isEmpty();
    }

    @Test
    void givenARefreshTokenWithoutFamily_decodeRefresh_returnsEmpty() {
        assertThat(codec.decodeRefresh(hs256(refresh().without("fam")))).isEmpty();
    }

    @Test
    void givenARefreshTokenWithAccessTyp_decodeRefresh_returnsEmpty() {
        assertThat(codec.decodeRefresh(hs256(refresh().withHeader("typ", "at+jwt")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AT+JWT", "At+Jwt", "application/at+jwt"})
    void givenTypInAnotherCaseOrAsAMediaType_decodeAccess_acceptsIt(String typ) {
        assertThat(codec.decodeAccess(hs256(access().withHeader("typ", typ)))).isPresent();
    }

    @Test
    void givenAudAsAnArrayContainingOurs_decodeAccess_acceptsIt() {
        HandMadeToken token = access().with("aud", List.of("someone-else", "portico-api"));

        assertThat(codec.decodeAccess(hs256(token))).isPresent();
    }

    @Test
    void givenATokenJustUnderTheLengthLimit_decodeAccess_acceptsIt() {
        String token = hs256(access().with("pad", "x".repeat(2_800)));

        assertThat(token.length()).isLessThanOrEqualTo(JjwtTokenCodec.MAX_TOKEN_CHARS);
        assertThat(codec.decodeAccess(token)).isPresent();
    }

    @Test
    void givenAnAccessGrant_encodeAccess_writesTheContractHeaderAndClaims() {
        EncodedToken token = codec.encodeAccess(new AccessGrant(
                new UserId(42), Role.ADMIN, new TokenId("token-1"), NOW, NOW.plusSeconds(900)));
        String[] parts = token.value().split("\\.");

        assertThat(decoded(parts[0])).contains("\"alg\":\"HS256\"").contains("\"typ\":\"at+jwt\"");
        assertThat(decoded(parts[1])).contains(
                "\"sub\":\"42\"", "\"iss\":\"portico\"", "\"aud\":[\"portico-api\"]", "\"iat\":" + IAT,
                "\"exp\":" + EXP, "\"jti\":\"token-1\"", "\"type\":\"access\"", "\"role\":\"admin\"");
    }

    @Test
    void givenARefreshGrant_encodeRefresh_writesTypAndFamily() {
        EncodedToken token = codec.encodeRefresh(new RefreshGrant(new UserId(42), Role.USER,
                new TokenId("token-1"), new TokenFamilyId("family-1"), NOW, NOW.plusSeconds(900)));
        String[] parts = token.value().split("\\.");

        assertThat(decoded(parts[0])).contains("\"typ\":\"rt+jwt\"");
        assertThat(decoded(parts[1])).contains("\"type\":\"refresh\"", "\"fam\":\"family-1\"");
    }

    @Test
    void givenSubSecondInstants_encodeAccess_truncatesThemToWholeSeconds() {
        AccessGrant grant = new AccessGrant(new UserId(42), Role.USER, new TokenId("token-1"),
                NOW.plusMillis(700), NOW.plusSeconds(900).plusMillis(999));

        EncodedToken token = codec.encodeAccess(grant);

        assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(900));
        assertThat(codec.decodeAccess(token.value())).map(AccessGrant::issuedAt).contains(NOW);
    }

    @Test
    void givenATokenExactlyAtExpiryPlusSkew_decodeAccess_isStillAccepted() {
        String token = hs256(access());

        assertThat(codecAt(Instant.ofEpochSecond(EXP + 30)).decodeAccess(token)).isPresent();
        assertThat(codecAt(Instant.ofEpochSecond(EXP + 31)).decodeAccess(token)).isEmpty();
    }

    @Test
    void givenASecretShorterThan32Bytes_constructor_refuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JjwtTokenCodec(new byte[31], "portico",
                "portico-api", Duration.ofSeconds(30), Clock.systemUTC()));
    }

    @Test
    void givenABlankIssuerOrAudience_constructor_refuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JjwtTokenCodec(SECRET, " ", "portico-api",
                Duration.ofSeconds(30), Clock.systemUTC()));
        assertThatIllegalArgumentException().isThrownBy(() -> new JjwtTokenCodec(SECRET, "portico", "",
                Duration.ofSeconds(30), Clock.systemUTC()));
    }

    @Test
    void givenANegativeSkew_constructor_refuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JjwtTokenCodec(SECRET, "portico",
                "portico-api", Duration.ofSeconds(-1), Clock.systemUTC()));
    }

    @Test
    void givenTheSecretArrayIsChangedAfterConstruction_codec_keepsItsOwnCopy() {
        byte[] secret = SECRET.clone();
        JjwtTokenCodec own = new JjwtTokenCodec(secret, "portico", "portico-api", Duration.ofSeconds(30),
                Clock.fixed(NOW, ZoneOffset.UTC));
        secret[0] ^= 1;

        assertThat(own.decodeAccess(hs256(access()))).isPresent();
    }

    private static String noneWithValidHs256Signature() {
        HandMadeToken token = access().withHeader("alg", "none");
        String input = token.signingInput();
        return input + '.' + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(HandMadeToken.mac("HmacSHA256", SECRET, input));
    }

    /** A DEFLATE-compressed payload ({@code zip: DEF}, RFC 7516 §4.1.3) with a valid HS256 signature. */
    private static String compressedPayload() {
        HandMadeToken plain = access();
        String claims = new String(Base64.getUrlDecoder().decode(plain.signingInput().split("\\.")[1]), UTF_8);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(compressed)) {
            deflater.write(claims.getBytes(UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        HandMadeToken header = new HandMadeToken().withHeader("alg", "HS256").withHeader("typ", "at+jwt")
                .withHeader("zip", "DEF");
        String input = header.signingInput().split("\\.")[0] + '.'
                + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
        return input + '.' + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(HandMadeToken.mac("HmacSHA256", SECRET, input));
    }

    private static String flipMiddleChar(String segment) {
        int middle = segment.length() / 2;
        char replacement = segment.charAt(middle) == 'A' ? 'B' : 'A';
        return segment.substring(0, middle) + replacement + segment.substring(middle + 1);
    }

    private static String decoded(String segment) {
        return new String(Base64.getUrlDecoder().decode(segment), UTF_8);
    }

    @Test
    void aTokenVerifiedOnce_isRefusedAgainOnceItsLifetimeAndSkewHavePassed() {
        dev.portico.application.support.MutableClock clock = new dev.portico.application.support.MutableClock(NOW);
        JjwtTokenCodec codec = new JjwtTokenCodec(SECRET, "portico", "portico-api", Duration.ofSeconds(30), clock);
        String token = codec.encodeAccess(new dev.portico.domain.token.AccessGrant(new dev.portico.domain.user.UserId(7),
                dev.portico.domain.user.Role.USER, new dev.portico.domain.token.TokenId("cached"), NOW,
                NOW.plusSeconds(900))).value();

        assertThat(codec.decodeAccess(token)).isPresent();
        clock.advance(Duration.ofSeconds(925));
        assertThat(codec.decodeAccess(token)).as("within the skew, from the cache").isPresent();
        clock.advance(Duration.ofSeconds(10));
        assertThat(codec.decodeAccess(token)).as("beyond the skew, even though it was cached").isEmpty();
        assertThat(codec.decodeAccess(token.substring(0, token.length() - 2) + "xx")).isEmpty();
    }
}
