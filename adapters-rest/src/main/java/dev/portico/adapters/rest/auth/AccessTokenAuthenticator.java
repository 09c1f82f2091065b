package dev.portico.adapters.rest.auth;

import dev.portico.application.auth.AuthenticateAccessToken;
import io.dropwizard.auth.Authenticator;
import java.util.Optional;

/** dropwizard-auth's view of {@link AuthenticateAccessToken}. */
final class AccessTokenAuthenticator implements Authenticator<String, PorticoPrincipal> {

    private final AuthenticateAccessToken authenticate;

    AccessTokenAuthenticator(AuthenticateAccessToken authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public Optional<PorticoPrincipal> authenticate(String token) {
        return authenticate.authenticate(token).map(PorticoPrincipal::new);
    }
}
