package dev.portico.bootstrap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** The HMAC key for tokens, read only from the environment and refused when too short. */
public final class JwtSecret {

    public static final String VARIABLE = "JWT_SECRET";
    public static final int MINIMUM_BYTES = 32;

    private final byte[] key;

    private JwtSecret(byte[] key) {
        this.key = key;
    }

    public static JwtSecret fromEnvironment(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isBlank()) {
            throw new StartupRefusedException(VARIABLE + " is not set: export a random secret of at least "
                    + MINIMUM_BYTES + " bytes (e.g. JWT_SECRET=$(openssl rand -base64 48))");
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MINIMUM_BYTES) {
            throw new StartupRefusedException(VARIABLE + " is too short: it has " + bytes.length
                    + " bytes and needs at least " + MINIMUM_BYTES);
        }
        return new JwtSecret(bytes);
    }

    public byte[] bytes() {
        return Arrays.copyOf(key, key.length);
    }

    @Override
    public String toString() {
        return "JwtSecret[redacted]";
    }
}
