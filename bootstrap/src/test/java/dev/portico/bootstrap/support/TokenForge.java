package dev.portico.bootstrap.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds JWTs by hand, byte by byte, so tests can send exactly the hostile token they describe
 * without going through the library under test.
 */
public final class TokenForge {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Map<String, Object> header = new LinkedHashMap<>();
    private final Map<String, Object> claims = new LinkedHashMap<>();
    private String secret = TestApplication.JWT_SECRET;

    private TokenForge() {
    }

    /** A well-formed access token for the user, as Portico itself would sign it. */
    public static TokenForge access(long userId, String role) {
        long now = Instant.now().getEpochSecond();
        TokenForge forge = new TokenForge();
        forge.header.put("alg", "HS256");
        forge.header.put("typ", "at+jwt");
        forge.claims.put("sub", Long.toString(userId));
        forge.claims.put("iat", now);
        forge.claims.put("exp", now + 900);
        forge.claims.put("iss", "portico");
        forge.claims.put("aud", "portico-api");
        forge.claims.put("type", "access");
        forge.claims.put("role", role);
        forge.claims.put("jti", "forged-" + System.nanoTime());
        return forge;
    }

    public TokenForge header(String name, Object value) {
        header.put(name, value);
        return this;
    }

    public TokenForge claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    public TokenForge secret(String otherSecret) {
        this.secret = otherSecret;
        return this;
    }

    /** Signed with the MAC that the header's {@code alg} names; {@code none} (any case) gets an empty signature. */
    public String sign() {
        String signingInput = segment(header) + "." + segment(claims);
        String alg = String.valueOf(header.get("alg"));
        if (alg.equalsIgnoreCase("none")) {
            return signingInput + ".";
        }
        return signingInput + "." + B64.encodeToString(mac(alg, signingInput));
    }

    private byte[] mac(String alg, String input) {
        String javaName = switch (alg) {
            case "HS384" -> "HmacSHA384";
            case "HS512" -> "HmacSHA512";
            default -> "HmacSHA256";
        };
        try {
            Mac mac = Mac.getInstance(javaName);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), javaName));
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String segment(Map<String, Object> json) {
        StringBuilder text = new StringBuilder("{");
        json.forEach((key, value) -> {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append('"').append(key).append("\":");
            text.append(value instanceof Number ? value.toString() : "\"" + value + "\"");
        });
        return B64.encodeToString(text.append('}').toString().getBytes(StandardCharsets.UTF_8));
    }
}
