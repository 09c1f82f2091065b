package dev.portico.adapters.rest.archfixture;

import dev.portico.application.archfixture.SomeListener;

/** Deliberately broken: implements an application interface that lives outside the port packages. */
public final class SocketImplementingAListenerOutsideThePorts implements SomeListener {

    @Override
    public void somethingHappened() {
    }
}
