package dev.portico.adapters.security.password;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.portico.domain.user.Password;
import dev.portico.domain.user.PasswordHash;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Pbkdf2PasswordHasherTest {

    private static final int FAST = 1_000;
    private static final byte[] UNICODE_SALT = "saltsaltsaltsalt".getBytes(US_ASCII);

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(FAST);

    @Test
    void givenRfc7914Vector1_derive_matchesIt() {
        byte[] key = Pbkdf2PasswordHasher.derive("passwd".toCharArray(), "salt".getBytes(US_ASCII), 1, 64);

        assertThat(HexFormat.of().formatHex(key)).isEqualTo(
                "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    }

    @Test
    void givenRfc7914Vector2_derive_matchesIt() {
        byte[] key = Pbkdf2PasswordHasher.derive("Password".toCharArray(), "NaCl".getBytes(US_ASCII), 80_000, 64);

        assertThat(HexFormat.of().formatHex(key)).isEqualTo(
                "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                        + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    }

    /** Expected keys from Python's hashlib.pbkdf2_hmac over the password's UTF-8 bytes. */
    @ParameterizedTest
    @CsvSource({
        "pässwörd-ünïcode, ed34b43a83ddf41b1086fec8dd8b020a1613d5c3d1a2268bad4ac50a348d766d",
        "pass\uD83D\uDD11word-\uD83D\uDE00, 42e210fbf242b216e6481235c5e4d20a084fd2cea3ebb671c342745fd55cc8de",
        "'', b88f67b6a828cb87ec03d16d8243f678544a017f2526f0e5e5b60a83369dde09"
    })
    void givenANonAsciiOrEmptyPassword_derive_hashesItsUtf8Bytes(String password, String expectedHex) {
        byte[] key = Pbkdf2PasswordHasher.derive(password.toCharArray(), UNICODE_SALT, FAST, 32);

        assertThat(HexFormat.of().formatHex(key)).isEqualTo(expectedHex);
    }

    @Test
    void givenAStoredHashOfANonAsciiPassword_matches_acceptsThatPasswordOnly() {
        PasswordHash stored = encoded(FAST, UNICODE_SALT,
                HexFormat.of().parseHex("ed34b43a83ddf41b1086fec8dd8b020a1613d5c3d1a2268bad4ac50a348d766d"));

        assertThat(hasher.matches(new Password("pässwörd-ünïcode"), stored)).isTrue();
        assertThat(hasher.matches(new Password("passwörd-ünïcode"), stored)).isFalse();
    }

    @Test
    void givenAPassword_hash_writesTheSelfDescribingForm() {
        String[] parts = hasher.hash(new Password("correct horse battery staple")).encoded().split("\\$", -1);

        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("1000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
    }

    @Test
    void givenAHashMadeWithOtherIterations_matches_stillAcceptsThePassword() {
        Password password = new Password("correct horse battery staple");
        PasswordHash old = new Pbkdf2PasswordHasher(500).hash(password);

        assertThat(hasher.matches(password, old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
    }

    @Test
    void givenAHashWithOtherSaltOrKeyLengths_needsRehash_returnsTrue() {
        assertThat(hasher.needsRehash(encoded(FAST, new byte[8], new byte[32]))).isTrue();
        assertThat(hasher.needsRehash(encoded(FAST, new byte[16], new byte[64]))).isTrue();
        assertThat(hasher.needsRehash(encoded(FAST, new byte[16], new byte[32]))).isFalse();
    }

    @Test
    void givenAHashOfAnotherAlgorithm_needsRehash_returnsTrue() {
        assertThat(hasher.needsRehash(new PasswordHash("nonsense"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "nonsense",
        "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
        "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$a2V5a2V5",
        "pbkdf2-sha512$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$abc$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$999999999$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$99999999999$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==",
        "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=$extra",
        "pbkdf2-sha256$1000$!!!notbase64!!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "pbkdf2-sha256$1000$A$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "PBKDF2-SHA256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
    })
    void givenAHashItCannotRead_matches_returnsFalseWithoutThrowing(String encoded) {
        PasswordHash hash = new PasswordHash(encoded);

        assertThat(hasher.matches(new Password("correct horse battery staple"), hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isTrue();
    }

    @Test
    void givenAKeyOverTheBound_matches_returnsFalse() {
        assertThat(hasher.matches(new Password("x"), encoded(FAST, new byte[16], new byte[65]))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void givenFewerThanOneIteration_constructor_refuses(int iterations) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Pbkdf2PasswordHasher(iterations));
    }

    @Test
    void defaultIterations_isOwaspsRecommendation() {
        assertThat(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS).isEqualTo(600_000);
    }

    private static PasswordHash encoded(int iterations, byte[] salt, byte[] key) {
        Base64.Encoder base64 = Base64.getEncoder();
        return new PasswordHash("pbkdf2-sha256$" + iterations + '$' + base64.encodeToString(salt) + '$'
                + base64.encodeToString(key));
    }
}
