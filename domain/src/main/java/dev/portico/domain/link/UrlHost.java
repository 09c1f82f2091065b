package dev.portico.domain.link;

import dev.portico.domain.error.InvalidInputException;
import java.net.IDN;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A URL host read the way a browser reads it (the WHATWG URL host parser), so that every spelling
 * of an address compares equal: {@code 127.1}, {@code 0x7f000001} and {@code [::ffff:7f00:1]} are
 * all 127.0.0.1. Literals only; no name is ever looked up.
 *
 * @param name     lower-case ASCII: a domain without its trailing dot, dotted-decimal IPv4, or
 *                 bracketed compressed IPv6
 * @param internal loopback, private, link-local, unspecified, multicast or reserved, or a localhost name
 */
record UrlHost(String name, boolean internal) {

    private static final String NOT_VALID = "URL host is not valid";
    private static final String FORBIDDEN = "#%/:<>?@[\\]^|";

    static UrlHost parse(String input) {
        if (input.startsWith("[")) {
            return parseBracketed(input);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(percentDecode(input)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid(NOT_VALID);
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c <= 0x20 || c == 0x7f || FORBIDDEN.indexOf(c) >= 0) {
                throw invalid(NOT_VALID);
            }
        }
        if (Ipv4Literal.endsInNumber(ascii)) {
            long ipv4 = Ipv4Literal.parse(ascii);
            if (ipv4 < 0) {
                throw invalid(NOT_VALID);
            }
            return new UrlHost(Ipv4Literal.dotted(ipv4), Ipv4Literal.internal(ipv4));
        }
        String name = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        if (name.isEmpty() || name.startsWith(".") || name.contains("..")) {
            throw invalid(NOT_VALID);
        }
        return new UrlHost(name, name.equals("localhost") || name.endsWith(".localhost"));
    }

    private static UrlHost parseBracketed(String input) {
        if (input.length() < 2 || !input.endsWith("]")) {
            throw invalid(NOT_VALID);
        }
        String inside = input.substring(1, input.length() - 1);
        if (inside.indexOf('%') >= 0) {
            throw invalid("URL must not contain an IPv6 zone identifier");
        }
        int[] pieces = Ipv6Literal.parse(inside);
        if (pieces == null) {
            throw invalid(NOT_VALID);
        }
        return new UrlHost("[" + Ipv6Literal.compressed(pieces) + "]", Ipv6Literal.internal(pieces));
    }

    /** Browsers decode {@code %xx} in a host before anything else; a broken escape or UTF-8 is refused. */
    private static String percentDecode(String input) {
        if (input.indexOf('%') < 0) {
            return input;
        }
        byte[] raw = input.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(raw.length);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%') {
                int high = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
                int low = high >= 0 ? Character.digit(raw[i + 2], 16) : -1;
                if (low < 0) {
                    throw invalid(NOT_VALID);
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put(raw[i]);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(bytes.flip()).toString();
        } catch (CharacterCodingException e) {
            throw invalid(NOT_VALID);
        }
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(TargetUrl.FIELD, message);
    }
}
