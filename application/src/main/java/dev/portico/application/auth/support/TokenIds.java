package dev.portico.application.auth.support;

import dev.portico.application.auth.support.TokenIds;
import dev.portico.domain.token.TokenFamilyId;
import dev.portico.domain.token.TokenId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random ids for tokens and families (128 bits each), and the hash under which a refresh token is stored. */
public final class TokenIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private TokenIds() {
    }

    public static TokenId newTokenId() {
        return new TokenId(randomText());
    }

    public static TokenFamilyId newFamilyId() {
        return new TokenFamilyId(randomText());
    }

    /** SHA-256 of the id, in hex: what the store keeps instead of the token. */
    public static String storageHash(TokenId id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.value().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }

    private static String randomText() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return URL_SAFE.encodeToString(bytes);
    }
}
