package dev.portico.adapters.rest.archfixture;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Deliberately broken: a REST resource that holds a JDBC data source. */
public final class ResourceUsingADataSource {

    private final DataSource dataSource;

    public ResourceUsingADataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int get() throws SQLException {
        return dataSource.getLoginTimeout();
    }
}
