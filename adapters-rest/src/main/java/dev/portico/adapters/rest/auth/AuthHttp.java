package dev.portico.adapters.rest.auth;

import dev.portico.adapters.rest.error.BearerChallenge;
import dev.portico.application.auth.AuthenticateAccessToken;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/** Bearer authentication for {@code @Auth} parameters and {@code @RolesAllowed} methods. */
public final class AuthHttp {

    private AuthHttp() {
    }

    public static void install(JerseyEnvironment jersey, AuthenticateAccessToken authenticate) {
        BearerAuthFilter filter = new BearerAuthFilter.Builder()
                .setAuthenticator(new AccessTokenAuthenticator(authenticate))
                .setAuthorizer(new RoleAuthorizer())
                .setPrefix("Bearer")
                .setRealm(BearerChallenge.REALM)
                .buildAuthFilter();
        jersey.register(new AuthDynamicFeature(filter));
        jersey.register(RolesAllowedDynamicFeature.class);
        jersey.register(new AuthValueFactoryProvider.Binder<>(PorticoPrincipal.class));
    }
}
