package dev.portico.adapters.rest.auth;

import io.dropwizard.auth.Authorizer;
import jakarta.ws.rs.container.ContainerRequestContext;

/** {@code @RolesAllowed("admin")} holds when the token's role has that name. */
final class RoleAuthorizer implements Authorizer<PorticoPrincipal> {

    @Override
    public boolean authorize(PorticoPrincipal principal, String role, ContainerRequestContext request) {
        return principal.caller().role().wireName().equals(role);
    }
}
