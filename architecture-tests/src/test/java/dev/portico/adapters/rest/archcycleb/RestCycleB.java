package dev.portico.adapters.rest.archcycleb;

import dev.portico.adapters.rest.archcyclea.RestCycleA;

/** Deliberately broken: the other half of a cycle between two feature packages of the REST adapter. */
public final class RestCycleB {

    public RestCycleA partner() {
        return new RestCycleA();
    }
}
