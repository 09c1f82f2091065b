package dev.portico.domain.archcycleb;

import dev.portico.domain.archcyclea.CycleA;

/** Deliberately broken: the other half of a cycle between two domain feature packages. */
public final class CycleB {

    public CycleA partner() {
        return new CycleA();
    }
}
