package dev.portico.domain.archcyclea;

import dev.portico.domain.archcycleb.CycleB;

/** Deliberately broken: one half of a cycle between two domain feature packages. */
public final class CycleA {

    public CycleB partner() {
        return new CycleB();
    }
}
