package dev.portico.adapters.rest.archfixture;

import dev.portico.application.archfixture.port.SomeCallbackPort;

/** Deliberately broken: a resource holds a callback port and calls it, instead of only implementing one. */
public final class ResourceCallingACallbackPort {

    private final SomeCallbackPort callback;

    public ResourceCallingACallbackPort(SomeCallbackPort callback) {
        this.callback = callback;
    }

    public void poke() {
        callback.somethingHappened();
    }
}
