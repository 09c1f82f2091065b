package dev.portico.application.link;

/** A shorten request as the client sent it; every field but {@code url} may be null. */
public record ShortenCommand(String url, String customCode, Long expiresIn, Long maxVisits, Integer redirectStatus) {

    /** The same text for the same request, to recognise a retry under one idempotency key. */
    String canonical() {
        return String.join("\n", text(url), text(customCode), text(expiresIn), text(maxVisits), text(redirectStatus));
    }

    private static String text(Object value) {
        return value == null ? "\u0000" : value.toString();
    }
}
