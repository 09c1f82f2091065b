package dev.portico.adapters.rest.auth;

/**
 * The {@code refresh_token} cookie: HttpOnly, SameSite=Strict, scoped to {@code /api/v1/auth}, and
 * Secure unless configuration turns that off for plain-HTTP development.
 */
public record RefreshCookie(boolean secure) {

    public static final String NAME = "refresh_token";
    static final String PATH = "/api/v1/auth";

    String set(String token, long maxAgeSeconds) {
        return NAME + "=" + token + attributes(maxAgeSeconds);
    }

    String clear() {
        return NAME + "=" + attributes(0);
    }

    private String attributes(long maxAgeSeconds) {
        return "; Max-Age=" + maxAgeSeconds + "; Path=" + PATH + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
