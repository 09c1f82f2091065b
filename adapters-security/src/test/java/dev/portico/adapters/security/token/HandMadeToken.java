package dev.portico.adapters.security.token;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A JWT assembled by hand, without jjwt, so the tests can build tokens jjwt would refuse to make.
 * Header and claims are edited as maps; values are strings, numbers or lists of strings.
 */
final class HandMadeToken {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    final Map<String, Object> header = new LinkedHashMap<>();
    final Map<String, Object> claims = new LinkedHashMap<>();

    HandMadeToken with(String claim, Object value) {
        claims.put(claim, value);
        return this;
    }

    HandMadeToken without(String claim) {
        claims.remove(claim);
        return this;
    }

    HandMadeToken withHeader(String name, Object value) {
        header.put(name, value);
        return this;
    }

    HandMadeToken withoutHeader(String name) {
        header.remove(name);
        return this;
    }

    String signingInput() {
        return encode(json(header)) + '.' + encode(json(claims));
    }

    /** Signed with {@code HmacSHA256}, {@code HmacSHA384} or {@code HmacSHA512}, whatever the header says. */
    String signedWith(String macAlgorithm, byte[] secret) {
        String input = signingInput();
        return input + '.' + BASE64URL.encodeToString(mac(macAlgorithm, secret, input));
    }

    String unsigned() {
        return signingInput() + '.';
    }

    static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(UTF_8));
    }

    static byte[] mac(String macAlgorithm, byte[] secret, String input) {
        try {
            Mac mac = Mac.getInstance(macAlgorithm);
            mac.init(new SecretKeySpec(secret, macAlgorithm));
            return mac.doFinal(input.getBytes(UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Map<String, Object> members) {
        return members.entrySet().stream()
                .map(member -> quote(member.getKey()) + ':' + value(member.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object value) {
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HandMadeToken::value).collect(Collectors.joining(",", "[", "]"));
        }
        return quote(value.toString());
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
