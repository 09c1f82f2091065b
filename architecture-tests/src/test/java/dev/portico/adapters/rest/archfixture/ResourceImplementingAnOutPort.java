package dev.portico.adapters.rest.archfixture;

import dev.portico.application.archfixture.port.SomePort;

/** Deliberately broken: the REST adapter implements an out-port, which is not a callback port. */
public final class ResourceImplementingAnOutPort implements SomePort {

    @Override
    public boolean isReachable() {
        return true;
    }
}
