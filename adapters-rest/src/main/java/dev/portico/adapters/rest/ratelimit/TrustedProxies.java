package dev.portico.adapters.rest.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the client's address. The socket peer is the client unless it is a trusted proxy; then
 * {@code X-Forwarded-For} is read from the right, skipping trusted proxies, and the first other
 * address is the client. Entries are IP literals or CIDR ranges; nothing is ever resolved by DNS.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** Parses entries such as {@code 10.0.0.1}, {@code 10.0.0.0/8} or {@code ::1}; refuses anything else. */
    public static TrustedProxies of(List<String> entries) {
        return new TrustedProxies(entries.stream().map(TrustedProxies::range).toList());
    }

    public String clientAddress(String peer, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(peer)) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).toList();
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get().getHostAddress();
            if (!isTrusted(hop.get())) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        return literal(address).map(this::isTrusted).orElse(false);
    }

    private boolean isTrusted(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    private static Range range(String entry) {
        String[] parts = entry.trim().split("/", 2);
        InetAddress base = literal(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR range: '" + entry + "'"));
        int maxBits = base.getAddress().length * 8;
        int bits = parts.length == 1 ? maxBits : prefixLength(parts[1], maxBits, entry);
        return new Range(base.getAddress(), bits);
    }

    private static int prefixLength(String text, int maxBits, String entry) {
        try {
            int bits = Integer.parseInt(text);
            if (bits >= 0 && bits <= maxBits) {
                return bits;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("Bad prefix length in '" + entry + "'");
    }

    static Optional<InetAddress> literal(String text) {
        if (text == null || text.isEmpty() || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException malformed) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int bits) {

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int fullBytes = bits / 8;
            for (int i = 0; i < fullBytes; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest);
            return (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
        }
    }
}
