package dev.portico.domain.archfixture;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Deliberately broken: a domain class that holds a JDBC data source. */
public final class DomainClassUsingADataSource {

    private final DataSource dataSource;

    public DomainClassUsingADataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public int loginTimeout() throws SQLException {
        return dataSource.getLoginTimeout();
    }
}
