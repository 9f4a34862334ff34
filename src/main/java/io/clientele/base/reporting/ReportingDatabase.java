package io.clientele.base.reporting;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database the reports read (issue 18): a replica when {@code clientele.reporting.datasource.url} (with
 * {@code .username} and {@code .password}) is set, else the primary database. Long report queries then leave the
 * primary to the users' writes; the figures are as fresh as the replica (seconds behind at most, normally).
 *
 * <p>Not a {@link DataSource} bean: a second one would turn off Spring Boot's own primary data source and its JPA
 * transaction manager. The replica's pool is small and read-only, and it takes the primary pool's driver settings
 * (Connector/J's statement cache and session-state settings from the mysql profile). It is plain JDBC: the
 * Hibernate dialect hints for MariaDB (STACK.md) concern only the primary's JPA.
 */
@Component
public class ReportingDatabase implements DisposableBean {

    private record Target(DataSource dataSource, NamedParameterJdbcTemplate jdbc, TransactionTemplate readOnly) {}

    private final Target configured;
    private final @Nullable HikariDataSource replica;
    private volatile Target target;

    @Autowired
    ReportingDatabase(
            DataSource primary,
            PlatformTransactionManager primaryTransactions,
            @Value("${clientele.reporting.datasource.url:}") String url,
            @Value("${clientele.reporting.datasource.username:}") String username,
            @Value("${clientele.reporting.datasource.password:}") String password,
            @Value("${clientele.reporting.datasource.maximum-pool-size:5}") int poolSize) {
        if (url.isBlank()) {
            replica = null;
            // Joins the caller's transaction on the primary, if any, like the repositories do.
            configured = new Target(primary, new NamedParameterJdbcTemplate(primary), readOnly(primaryTransactions));
        } else {
            HikariConfig config = new HikariConfig();
            config.setPoolName("reporting");
            config.setJdbcUrl(url);
            config.setUsername(username);
            config.setPassword(password);
            config.setMaximumPoolSize(poolSize);
            config.setReadOnly(true);
            if (primary instanceof HikariDataSource hikari) {
                config.setDataSourceProperties(hikari.getDataSourceProperties());
            }
            replica = new HikariDataSource(config);
            configured = on(replica);
        }
        target = configured;
    }

    private static Target on(DataSource dataSource) {
        return new Target(
                dataSource,
                new NamedParameterJdbcTemplate(dataSource),
                readOnly(new DataSourceTransactionManager(dataSource)));
    }

    private static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        return template;
    }

    /**
     * Runs {@code query} in a read-only transaction on the reporting database: the queries of one report see one
     * snapshot.
     */
    public <T> T read(Function<NamedParameterJdbcTemplate, T> query) {
        Target current = target;
        T result = current.readOnly().execute(status -> query.apply(current.jdbc()));
        if (result == null) {
            throw new IllegalStateException("a report query returned nothing");
        }
        return result;
    }

    /** Whether the reports read a replica rather than the primary. */
    public boolean replica() {
        return target != configured || replica != null;
    }

    /** The data source the reports read now. */
    DataSource dataSource() {
        return target.dataSource();
    }

    /**
     * Reads through {@code dataSource} from now on, as if it were the configured replica, or again as configured
     * with {@code null}: for tests (the suite shares one application context, so a property per test is no option).
     */
    void useDataSource(@Nullable DataSource dataSource) {
        target = dataSource == null ? configured : on(dataSource);
    }

    @Override
    public void destroy() {
        if (replica != null) {
            replica.close();
        }
    }
}
