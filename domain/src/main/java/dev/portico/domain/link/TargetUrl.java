package dev.portico.domain.link;

import dev.portico.domain.error.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a short link sends its visitors: an absolute {@code http} or {@code https} URL of at most
 * {@value #MAX_LENGTH} characters, with a host and no user name or password, free of spaces,
 * control characters and backslashes. The constructor holds these rules; {@link #parse} adds the
 * ones that depend on configuration. The host is read the way a browser reads it, so every
 * spelling of an address is judged by the address it stands for.
 */
public record TargetUrl(String value) {

    public static final String FIELD = "url";
    public static final int MAX_LENGTH = 2048;

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

    public TargetUrl {
        analyze(value);
    }

    /**
     * Validates a client-supplied URL. Leading and trailing spaces and control characters are
     * stripped first, as browsers do; {@link #value()} is the stripped text, otherwise exactly as given.
     *
     * @param ownBase      this service's public base URL, e.g. {@code https://sho.rt}; a target on the
     *                     same host and port is refused, since it would loop
     * @param allowPrivate whether loopback, private, link-local and other internal addresses, and
     *                     {@code localhost} names, are acceptable (configuration
     *                     {@code links.allowPrivateTargets})
     * @throws InvalidInputException on field {@value #FIELD}, saying what is wrong
     * @throws IllegalArgumentException when {@code ownBase} itself is not a valid http or https URL
     */
    public static TargetUrl parse(String raw, String ownBase, boolean allowPrivate) {
        if (raw == null) {
            throw invalid("URL is required");
        }
        String value = raw.trim();
        Target target = analyze(value);
        if (target.sameServiceAs(ownBase(ownBase))) {
            throw invalid("URL must not point at this service");
        }
        if (!allowPrivate && target.host().internal()) {
            throw invalid("URL must not point at a private, loopback or link-local address");
        }
        return new TargetUrl(value);
    }

    /**
     * The host as a browser resolves it: lower-case ASCII (internationalised names in their
     * {@code xn--} form) without a trailing dot, IPv4 in dotted decimal, IPv6 bracketed and compressed.
     */
    public String host() {
        return analyze(value).host().name();
    }

    @Override
    public String toString() {
        return value;
    }

    private record Target(String scheme, UrlHost host, int port) {

        /** Same host and port; both on their scheme's default port counts too, as http usually redirects to https. */
        boolean sameServiceAs(Target own) {
            return host.name().equals(own.host.name())
                    && (port == own.port || onDefaultPort() && own.onDefaultPort());
        }

        boolean onDefaultPort() {
            return port == defaultPort(scheme);
        }
    }

    private static Target ownBase(String ownBase) {
        Objects.requireNonNull(ownBase, "ownBase");
        try {
            return analyze(ownBase.trim());
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("The service's own base URL is not valid: " + e.getMessage());
        }
    }

    private static Target analyze(String value) {
        if (value == null || value.isEmpty()) {
            throw invalid("URL is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw invalid("URL must be at most " + MAX_LENGTH + " characters long");
        }
        if (value.codePoints().anyMatch(TargetUrl::isSpaceOrControl)) {
            throw invalid("URL must not contain spaces or control characters");
        }
        if (value.indexOf('\\') >= 0) {
            throw invalid("URL must not contain a backslash");
        }
        Matcher scheme = SCHEME.matcher(value);
        if (!scheme.lookingAt()) {
            throw invalid("URL must be absolute, starting with http:// or https://");
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (!name.equals("http") && !name.equals("https")) {
            throw invalid("URL must use http or https");
        }
        String rest = value.substring(scheme.end());
        if (!rest.startsWith("//")) {
            throw invalid("URL must include a host");
        }
        int end = 2;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        return authority(name, rest.substring(2, end));
    }

    private static Target authority(String scheme, String authority) {
        if (authority.indexOf('@') >= 0) {
            throw invalid("URL must not contain a user name or password");
        }
        int close = authority.startsWith("[") ? authority.indexOf(']') : -1;
        int colon = authority.indexOf(':', Math.max(close, 0));
        String host = colon < 0 ? authority : authority.substring(0, colon);
        if (host.isEmpty()) {
            throw invalid("URL must include a host");
        }
        String port = colon < 0 ? "" : authority.substring(colon + 1);
        return new Target(scheme, UrlHost.parse(host), port(port, scheme));
    }

    private static int port(String digits, String scheme) {
        if (digits.isEmpty()) {
            return defaultPort(scheme);
        }
        String significant = digits.replaceFirst("^0+", "");
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || significant.length() > 5
                || significant.isEmpty()
                || Integer.parseInt(significant) > 65535) {
            throw invalid("URL port must be a number from 1 to 65535");
        }
        return Integer.parseInt(significant);
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    private static boolean isSpaceOrControl(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint <= 0x20
                || Character.isISOControl(codePoint)
                || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || type == Character.FORMAT
                || type == Character.SURROGATE;
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
