package dev.portico.domain.link;

/**
 * IPv4 literals as the WHATWG URL host parser reads them: one to four parts, each decimal, {@code 0x}
 * hex or {@code 0} octal, so {@code 127.1} and {@code 0x7f000001} are both 127.0.0.1. Failures are
 * {@code -1}, for {@link UrlHost} to turn into its refusal.
 */
final class Ipv4Literal {

    private Ipv4Literal() {
    }

    /** WHATWG "ends in a number": such a host is an IPv4 address or nothing. */
    static boolean endsInNumber(String host) {
        String[] parts = host.split("\\.", -1);
        int last = parts.length - 1;
        if (parts[last].isEmpty()) {
            if (last == 0) {
                return false;
            }
            last--;
        }
        String part = parts[last];
        return !part.isEmpty() && part.chars().allMatch(c -> c >= '0' && c <= '9') || number(part) >= 0;
    }

    /** WHATWG IPv4 parser: up to four decimal, 0x-hex or 0-octal parts, the last filling the remaining bytes. */
    static long parse(String host) {
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
            long number = number(parts[i]);
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
    private static long number(String part) {
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

    static boolean internal(long address) {
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

    static String dotted(long address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xff) + "." + (address >>> 8 & 0xff) + "." + (address & 0xff);
    }
}
