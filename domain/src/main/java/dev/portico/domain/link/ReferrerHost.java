package dev.portico.domain.link;

import java.util.Locale;
import java.util.Optional;

/** The host of a {@code Referer} header, without port or credentials; empty when there is none to read. */
public final class ReferrerHost {

    private ReferrerHost() {
    }

    public static Optional<String> of(String referrer) {
        if (referrer == null) {
            return Optional.empty();
        }
        int scheme = referrer.indexOf("://");
        if (scheme < 1) {
            return Optional.empty();
        }
        int start = scheme + 3;
        int end = start;
        while (end < referrer.length() && "/?#".indexOf(referrer.charAt(end)) < 0) {
            end++;
        }
        String authority = referrer.substring(start, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        String host = authority.startsWith("[")
                ? authority.substring(0, Math.max(authority.indexOf(']') + 1, 0))
                : stripPort(authority);
        return host.isEmpty() ? Optional.empty() : Optional.of(host.toLowerCase(Locale.ROOT));
    }

    private static String stripPort(String authority) {
        int colon = authority.indexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }
}
