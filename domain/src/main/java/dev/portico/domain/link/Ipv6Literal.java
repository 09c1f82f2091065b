package dev.portico.domain.link;

/**
 * IPv6 literals (the inside of the brackets) as the WHATWG URL host parser reads them, with an
 * embedded dotted IPv4 tail, and their canonical compressed spelling. Failures are {@code null},
 * for {@link UrlHost} to turn into its refusal.
 */
final class Ipv6Literal {

    private Ipv6Literal() {
    }

    /** WHATWG IPv6 parser; null on failure. */
    static int[] parse(String input) {
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

    static boolean internal(int[] p) {
        long embedded = ((long) p[6] << 16) | p[7];
        boolean zeroPrefix = p[0] == 0 && p[1] == 0 && p[2] == 0 && p[3] == 0;
        if (zeroPrefix && p[4] == 0 && (p[5] == 0 || p[5] == 0xffff)) {
            return Ipv4Literal.internal(embedded);                 // ::, ::1, IPv4-compatible, IPv4-mapped
        }
        if (zeroPrefix && p[4] == 0xffff && p[5] == 0) {
            return Ipv4Literal.internal(embedded);                 // IPv4-translated
        }
        if (p[0] == 0x64 && p[1] == 0xff9b) {
            boolean wellKnownNat64 = p[2] == 0 && p[3] == 0 && p[4] == 0 && p[5] == 0;
            return wellKnownNat64 ? Ipv4Literal.internal(embedded) : p[2] == 1;  // 64:ff9b:1::/48 is local use
        }
        if (p[0] == 0x2002) {
            return Ipv4Literal.internal(((long) p[1] << 16) | p[2]);  // 6to4
        }
        return (p[0] & 0xfe00) == 0xfc00                   // unique local
                || (p[0] & 0xffc0) == 0xfe80               // link-local
                || (p[0] & 0xffc0) == 0xfec0               // site-local
                || (p[0] & 0xff00) == 0xff00;              // multicast
    }

    /** WHATWG serialisation: lower-case hex, the first longest run of two or more zero pieces as {@code ::}. */
    static String compressed(int[] pieces) {
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
}
