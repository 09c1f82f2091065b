package dev.portico.domain.token;

import java.util.Objects;

/** A stored refresh token together with the family it belongs to. */
public record RefreshTokenState(StoredRefreshToken token, RefreshFamily family) {

    public RefreshTokenState {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(family, "family");
    }
}
