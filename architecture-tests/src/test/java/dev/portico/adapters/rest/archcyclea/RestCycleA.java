package dev.portico.adapters.rest.archcyclea;

import dev.portico.adapters.rest.archcycleb.RestCycleB;

/** Deliberately broken: one half of a cycle between two feature packages of the REST adapter. */
public final class RestCycleA {

    public RestCycleB partner() {
        return new RestCycleB();
    }
}
