package dev.portico.adapters.rest.archfixture;

import org.jdbi.v3.core.Jdbi;

/** Deliberately broken: a REST resource that queries JDBI. */
public final class ResourceUsingJdbi {

    private final Jdbi jdbi;

    public ResourceUsingJdbi(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public int get() {
        return jdbi.withHandle(handle -> handle.createQuery("select 1").mapTo(Integer.class).one());
    }
}
