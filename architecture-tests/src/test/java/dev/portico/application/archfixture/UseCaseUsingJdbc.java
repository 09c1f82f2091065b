package dev.portico.application.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/** Deliberately broken: a use case that talks JDBC instead of going through a port. */
public final class UseCaseUsingJdbc {

    public boolean isValid(Connection connection) throws SQLException {
        return connection.isValid(1);
    }
}
