package dev.portico.adapters.rest.auth;

import dev.portico.adapters.rest.error.BearerChallenge;
import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/**
 * Reads the access token from {@code Authorization: Bearer} and nowhere else (never a query
 * parameter or cookie), and answers 401 in the envelope with the right challenge.
 */
@Priority(Priorities.AUTHENTICATION)
final class BearerAuthFilter extends AuthFilter<String, PorticoPrincipal> {

    private static final String SCHEME = "Bearer";
    private static final int MAX_TOKEN_LENGTH = 4096;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            request.abortWith(BearerChallenge.missing());
            return;
        }
        String token = bearerToken(header);
        if (token == null || !authenticate(request, token, SCHEME)) {
            request.abortWith(BearerChallenge.invalid());
        }
    }

    private static String bearerToken(String header) {
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
            return null;
        }
        String token = header.substring(space + 1).strip();
        return token.isEmpty() || token.length() > MAX_TOKEN_LENGTH ? null : token;
    }

    static final class Builder extends AuthFilterBuilder<String, PorticoPrincipal, BearerAuthFilter> {
        @Override
        protected BearerAuthFilter newInstance() {
            return new BearerAuthFilter();
        }
    }
}
