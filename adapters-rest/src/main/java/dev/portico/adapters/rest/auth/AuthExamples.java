package dev.portico.adapters.rest.auth;

/** Example bodies for the OpenAPI annotations of the auth routes. */
final class AuthExamples {

    static final String TOKEN_PAIR = "{\"access_token\":\"eyJhbGciOiJIUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiI0MiJ9."
            + "c2lnbmF0dXJl\",\"token_type\":\"Bearer\",\"expires_in\":900,\"refresh_token\":"
            + "\"eyJhbGciOiJIUzI1NiIsInR5cCI6InJ0K2p3dCJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl\",\"refresh_expires_in\":604800}";
    static final String USER = "{\"id\":42,\"username\":\"alice\",\"role\":\"user\",\"created_at\":\"2026-03-02T14:30:00Z\"}";

    private AuthExamples() {
    }
}
