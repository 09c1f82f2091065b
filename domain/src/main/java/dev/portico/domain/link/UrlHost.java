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
        if (endsInNumber(ascii)) {
            long ipv4 = parseIpv4(ascii);
            if (ipv4 < 0) {
                throw invalid(NOT_VALID);
            }
            return new UrlHost(dotted(ipv4), internalIpv4(ipv4));
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
        int[] pieces = parseIpv6(inside);
        if (pieces == null) {
            throw invalid(NOT_VALID);
        }
        return new UrlHost("[" + compressed(pieces) + "]", internalIpv6(pieces));
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

    /** WHATWG "ends in a number": such a host is an IPv4 address or nothing. */
    private static boolean endsInNumber(String host) {
        String[] parts = host.split("\\.", -1);
        int last = parts.length - 1;
        if (parts[last].isEmpty()) {
            if (last == 0) {
                return false;
            }
            last--;
        }
        String part = parts[last];
        return !part.isEmpty() && part.chars().allMatch(c -> c >= '0' && c <= '9') || ipv4Number(part) >= 0;
    }

    /** WHATWG IPv4 parser: up to four decimal, 0x-hex or 0-octal parts, the last filling the remaining bytes. */
    private static long parseIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        int count = parts.length;
        if (count > 1 && parts[count - 1].isEmpty()) {
            count--;
        }
        if (count > 4) {
            return -1;
        }
        long address = 0;
        for (int i = 0; i < count; i++) {
            long number = ipv4Number(parts[i]);
            if (number < 0 || i < count - 1 && number > 255) {
                return -1;
            }
            if (i == count - 1) {
                if (number >= 1L << (8 * (5 - count))) {
                    return -1;
                }
                address += number;
            } else {
                address += number << (8 * (3 - i));
            }
        }
        return address;
    }

    /** One part's value, saturating far above 2^32 so long inputs cannot overflow; -1 when not a number. */
    private static long ipv4Number(String part) {
        if (part.isEmpty()) {
            return -1;
        }
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && part.startsWith("0x")) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.charAt(0) == '0') {
            radix = 8;
            digits = part.substring(1);
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int digit = c < 0x80 ? Character.digit(c, radix) : -1;
            if (digit < 0) {
                return -1;
            }
            value = Math.min(value * radix + digit, 1L << 40);
        }
        return value;
    }

    /** WHATWG IPv6 parser; null on failure. */
    private static int[] parseIpv6(String input) {
        int[] address = new int[8];
        int pieceIndex = 0;
        int compress = -1;
        int pointer = 0;
        int length = input.length();
        if (pointer < length && input.charAt(pointer) == ':') {
            if (pointer + 1 >= length || input.charAt(pointer + 1) != ':') {
                return null;
            }
            pointer += 2;
            compress = ++pieceIndex;
        }
        while (pointer < length) {
            if (pieceIndex == 8) {
                return null;
            }
            if (input.charAt(pointer) == ':') {
                if (compress != -1) {
                    return null;
                }
                pointer++;
                compress = ++pieceIndex;
                continue;
            }
            int value = 0;
            int digits = 0;
            while (digits < 4 && pointer < length && hex(input.charAt(pointer)) >= 0) {
                value = value * 16 + hex(input.charAt(pointer));
                pointer++;
                digits++;
            }
            if (pointer < length && input.charAt(pointer) == '.') {
                if (digits == 0 || pieceIndex > 6) {
                    return null;
                }
                pointer -= digits;
                return embedIpv4(input, pointer, address, pieceIndex, compress);
            }
            if (pointer < length && input.charAt(pointer) == ':') {
                pointer++;
                if (pointer == length) {
                    return null;
                }
            } else if (pointer < length) {
                return null;
            }
            address[pieceIndex++] = value;
        }
        return finish(address, pieceIndex, compress);
    }

    private static int[] embedIpv4(String input, int pointer, int[] address, int pieceIndex, int compress) {
        int length = input.length();
        int numbersSeen = 0;
        while (pointer < length) {
            if (numbersSeen > 0) {
                if (input.charAt(pointer) != '.' || numbersSeen >= 4) {
                    return null;
                }
                pointer++;
            }
            if (pointer == length || !isDigit(input.charAt(pointer))) {
                return null;
            }
            int piece = -1;
            while (pointer < length && isDigit(input.charAt(pointer))) {
                int number = input.charAt(pointer) - '0';
                if (piece == 0) {
                    return null;
                }
                piece = piece < 0 ? number : piece * 10 + number;
                if (piece > 255) {
                    return null;
                }
                pointer++;
            }
            address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
            numbersSeen++;
            if (numbersSeen == 2 || numbersSeen == 4) {
                pieceIndex++;
            }
        }
        return numbersSeen == 4 ? finish(address, pieceIndex, compress) : null;
    }

    private static int[] finish(int[] address, int pieceIndex, int compress) {
        if (compress == -1) {
            return pieceIndex == 8 ? address : null;
        }
        int swaps = pieceIndex - compress;
        for (int index = 7; index != 0 && swaps > 0; index--, swaps--) {
            int other = compress + swaps - 1;
            int kept = address[index];
            address[index] = address[other];
            address[other] = kept;
        }
        return address;
    }

    private static boolean internalIpv4(long address) {
        int first = (int) (address >>> 24);
        int second = (int) (address >>> 16) & 0xff;
        return first == 0                                  // unspecified, "this network"
                || first == 10
                || first == 127
                || first == 100 && (second & 0xc0) == 64   // 100.64/10, carrier-grade NAT
                || first == 169 && second == 254
                || first == 172 && (second & 0xf0) == 16
                || first == 192 && second == 168
                || first >= 224;                           // multicast, reserved, broadcast
    }

    private static boolean internalIpv6(int[] p) {
        long embedded = ((long) p[6] << 16) | p[7];
        boolean zeroPrefix = p[0] == 0 && p[1] == 0 && p[2] == 0 && p[3] == 0;
        if (zeroPrefix && p[4] == 0 && (p[5] == 0 || p[5] == 0xffff)) {
            return internalIpv4(embedded);                 // ::, ::1, IPv4-compatible, IPv4-mapped
        }
        if (zeroPrefix && p[4] == 0xffff && p[5] == 0) {
            return internalIpv4(embedded);                 // IPv4-translated
        }
        if (p[0] == 0x64 && p[1] == 0xff9b) {
            boolean wellKnownNat64 = p[2] == 0 && p[3] == 0 && p[4] == 0 && p[5] == 0;
            return wellKnownNat64 ? internalIpv4(embedded) : p[2] == 1;  // 64:ff9b:1::/48 is local use
        }
        if (p[0] == 0x2002) {
            return internalIpv4(((long) p[1] << 16) | p[2]);  // 6to4
        }
        return (p[0] & 0xfe00) == 0xfc00                   // unique local
                || (p[0] & 0xffc0) == 0xfe80               // link-local
                || (p[0] & 0xffc0) == 0xfec0               // site-local
                || (p[0] & 0xff00) == 0xff00;              // multicast
    }

    private static String dotted(long address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xff) + "." + (address >>> 8 & 0xff) + "." + (address & 0xff);
    }

    /** WHATWG serialisation: lower-case hex, the first longest run of two or more zero pieces as {@code ::}. */
    private static String compressed(int[] pieces) {
        int runStart = -1;
        int runLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && pieces[j] == 0) {
                j++;
            }
            if (j - i > runLength) {
                runStart = i;
                runLength = j - i;
            }
            i = Math.max(i, j - 1);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == runStart) {
                text.append(i == 0 ? "::" : ":");
                i += runLength - 1;
                continue;
            }
            text.append(Integer.toHexString(pieces[i]));
            if (i < 7) {
                text.append(':');
            }
        }
        return text.toString();
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(TargetUrl.FIELD, message);
    }
}
