package org.cpchub.ejb.support;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cpchub.ejb.platform.SchemaMigration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway database for the persistence tests, migrated by the application's own Flyway set-up:
 * an in-memory Derby database by default, or a fresh schema on the local PostgreSQL server when the
 * build runs with {@code -Ppostgres} (system property {@code test.db=postgres}).
 */
public final class TestDatabase implements AutoCloseable {
    private final String vendor = System.getProperty("test.db", "derby");
    private final String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final DataSource dataSource;
    private final EntityManagerFactory emf;

    public TestDatabase() {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", null);
        if (isPostgres()) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setServerNames(new String[] {"127.0.0.1"});
            pg.setPortNumbers(new int[] {5432});
            pg.setDatabaseName("test");
            pg.setUser("postgres");
            execute(pg, "CREATE SCHEMA " + name);
            pg.setCurrentSchema(name);
            dataSource = pg;
            props.put("jakarta.persistence.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + name);
            props.put("jakarta.persistence.jdbc.user", "postgres");
            props.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
        } else {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName("memory:" + name);
            derby.setCreateDatabase("create");
            dataSource = derby;
            props.put("jakarta.persistence.jdbc.url", "jdbc:derby:memory:" + name);
            props.put("jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver");
        }
        SchemaMigration.flyway(dataSource, getClass().getClassLoader()).migrate();
        props.put("eclipselink.logging.logger", SqlCounter.class.getName());
        props.put("eclipselink.logging.level.sql", "FINE");
        emf = Persistence.createEntityManagerFactory("cpchub", props);
    }

    public boolean isPostgres() {
        return "postgres".equals(vendor);
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        emf.close();
        if (isPostgres()) {
            ((PGSimpleDataSource) dataSource).setCurrentSchema(null);
            execute(dataSource, "DROP SCHEMA " + name + " CASCADE");
        }
    }

    private static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
