package dev.portico.adapters.persistence.archfixture;

import dev.portico.bootstrap.archfixture.SomeWiring;

/** Deliberately broken: an adapter that depends on the bootstrap layer which wires it. */
public final class AdapterReachingIntoBootstrap {

    public SomeWiring wiring() {
        return new SomeWiring();
    }
}
