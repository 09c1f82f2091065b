package dev.portico.application.archfixture;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Deliberately broken: a use case that holds a JDBC data source. */
public final class UseCaseUsingADataSource {

    private final DataSource dataSource;

    public UseCaseUsingADataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int loginTimeout() throws SQLException {
        return dataSource.getLoginTimeout();
    }
}
