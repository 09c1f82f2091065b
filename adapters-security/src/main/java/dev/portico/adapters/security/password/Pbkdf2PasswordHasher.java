package dev.portico.adapters.security.password;

import dev.portico.application.user.port.PasswordHasher;
import dev.portico.domain.user.Password;
import dev.portico.domain.user.PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 over the password's UTF-8 bytes, with a fresh 16-byte salt per hash and a
 * 32-byte key, stored as {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 key>}.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    static final int SALT_BYTES = 16;
    static final int KEY_BYTES = 32;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public Pbkdf2PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("PBKDF2 needs at least 1 iteration, got " + iterations);
        }
        this.iterations = iterations;
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password.value().toCharArray(), salt, iterations, KEY_BYTES);
        return new Pbkdf2Hash(iterations, salt, key).toPasswordHash();
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        Optional<Pbkdf2Hash> stored = Pbkdf2Hash.parse(hash);
        if (stored.isEmpty()) {
            return false;
        }
        Pbkdf2Hash expected = stored.get();
        byte[] actual = derive(password.value().toCharArray(), expected.salt(), expected.iterations(),
                expected.key().length);
        return MessageDigest.isEqual(actual, expected.key());
    }

    /** True also for a hash this hasher cannot read, since replacing it is the only way forward. */
    @Override
    public boolean needsRehash(PasswordHash hash) {
        return Pbkdf2Hash.parse(hash)
                .map(stored -> stored.iterations() != iterations
                        || stored.salt().length != SALT_BYTES
                        || stored.key().length != KEY_BYTES)
                .orElse(true);
    }

    /** PBKDF2-HMAC-SHA256 as in RFC 8018 §5.2; the JDK encodes the characters as UTF-8. */
    static byte[] derive(char[] password, byte[] salt, int iterations, int lengthBytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, lengthBytes * Byte.SIZE);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(password, '\0');
        }
    }
}
