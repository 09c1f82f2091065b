package dev.portico.adapters.rest.archfixture;

import dev.portico.application.archfixture.port.SomePort;

/** Deliberately broken: a REST resource that skips the use case and calls an out-port. */
public final class ResourceCallingAPort {

    private final SomePort port;

    public ResourceCallingAPort(SomePort port) {
        this.port = port;
    }

    public boolean get() {
        return port.isReachable();
    }
}
