package dev.portico.adapters.rest.auth;

import java.util.Optional;

/** The refresh token a request carries: from the body if there is one, else from the cookie. */
final class PresentedRefreshToken {

    private PresentedRefreshToken() {
    }

    static Optional<String> from(RefreshRequest body, String cookie) {
        if (body != null && body.refreshToken() != null && !body.refreshToken().isBlank()) {
            return Optional.of(body.refreshToken());
        }
        return Optional.ofNullable(cookie).filter(value -> !value.isBlank());
    }
}
