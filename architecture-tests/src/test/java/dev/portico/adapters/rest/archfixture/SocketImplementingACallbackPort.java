package dev.portico.adapters.rest.archfixture;

import dev.portico.application.archfixture.port.SomeCallbackPort;

/** Legitimate: a driving adapter implements the callback port the core calls it back through. */
public final class SocketImplementingACallbackPort implements SomeCallbackPort {

    @Override
    public void somethingHappened() {
    }
}
