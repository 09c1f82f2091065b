package dev.portico.adapters.rest.auth;

import dev.portico.application.auth.Authenticated;
import java.security.Principal;

/** The caller of an authenticated request; its name is the user id. */
public record PorticoPrincipal(Authenticated caller) implements Principal {

    @Override
    public String getName() {
        return caller.userId().toString();
    }
}
