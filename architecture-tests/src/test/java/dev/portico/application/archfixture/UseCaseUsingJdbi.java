package dev.portico.application.archfixture;

import org.jdbi.v3.core.Jdbi;

/** Deliberately broken: a use case that queries the database itself instead of going through a port. */
public final class UseCaseUsingJdbi {

    private final Jdbi jdbi;

    public UseCaseUsingJdbi(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public int count() {
        return jdbi.withHandle(handle -> handle.createQuery("select 1").mapTo(Integer.class).one());
    }
}
