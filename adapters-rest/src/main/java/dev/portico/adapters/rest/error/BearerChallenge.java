package dev.portico.adapters.rest.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** 401 answers with the RFC 6750 {@code WWW-Authenticate: Bearer} challenge. */
public final class BearerChallenge {

    public static final String REALM = "portico";
    static final String MISSING = "Authentication required: send an access token as 'Authorization: Bearer <token>'";
    static final String INVALID = "The access token is invalid, expired or revoked";

    private BearerChallenge() {
    }

    /** No credentials at all: the challenge carries no error code (RFC 6750 section 3.1). */
    public static Response missing() {
        return ErrorResponses.builder(ErrorCode.AUTH_REQUIRED, MISSING, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, plainChallenge())
                .build();
    }

    public static Response invalid() {
        return ErrorResponses.builder(ErrorCode.AUTH_REQUIRED, INVALID, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, invalidTokenChallenge())
                .build();
    }

    public static String invalidTokenChallenge() {
        return "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"";
    }

    public static String plainChallenge() {
        return "Bearer realm=\"" + REALM + "\"";
    }
}
