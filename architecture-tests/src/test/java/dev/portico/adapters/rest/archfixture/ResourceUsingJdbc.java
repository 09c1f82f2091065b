package dev.portico.adapters.rest.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/** Deliberately broken: a REST resource that talks JDBC. */
public final class ResourceUsingJdbc {

    public boolean get(Connection connection) throws SQLException {
        return connection.isValid(1);
    }
}
