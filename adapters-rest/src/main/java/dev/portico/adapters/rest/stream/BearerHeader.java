package dev.portico.adapters.rest.stream;

/** The token of an upgrade's {@code Authorization} header; {@code @Auth} does not cover upgrades. */
final class BearerHeader {

    private static final String BEARER = "bearer ";

    private BearerHeader() {
    }

    /**
     * The token of {@code Bearer <token>} (any case), {@code null} when there is no header (the client
     * will send an auth message), and the empty string for any other header (refused as a bad token).
     */
    static String token(String header) {
        if (header == null) {
            return null;
        }
        String trimmed = header.strip();
        if (trimmed.length() > BEARER.length() && trimmed.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return trimmed.substring(BEARER.length()).strip();
        }
        return "";
    }
}
