package dev.portico.domain.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/** Deliberately broken: a domain class that talks JDBC instead of going through a port. */
public final class DomainClassUsingJdbc {

    public boolean isValid(Connection connection) throws SQLException {
        return connection.isValid(1);
    }
}
