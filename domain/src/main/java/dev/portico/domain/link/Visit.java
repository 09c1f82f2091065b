package dev.portico.domain.link;

import java.time.Instant;
import java.util.Objects;

/**
 * One followed redirect: when, the referring host, and the user agent cut to 256 characters. Never
 * the client's address.
 */
public record Visit(LinkId link, Instant at, String referrerHost, String userAgent) {

    public static final int MAX_USER_AGENT = 256;
    public static final int MAX_REFERRER_HOST = 253;

    public Visit {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(at, "at");
        userAgent = cut(userAgent, MAX_USER_AGENT);
        referrerHost = cut(referrerHost, MAX_REFERRER_HOST);
    }

    private static String cut(String text, int max) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
