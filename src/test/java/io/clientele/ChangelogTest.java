package io.clientele;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.Test;

/** Every changeset can be undone: the changelog applies, rolls all the way back, and applies again. */
class ChangelogTest {

    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    @Test
    void the_whole_changelog_rolls_back_and_applies_again() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:mem:changelog-rollback;MODE=MySQL;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1", "sa", "")) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            update(database);
            assertThat(tables(connection)).contains("CLIENTS", "CONTACTS", "USER_ACCOUNTS");
            int applied = count(connection, "select count(*) from databasechangelog");

            new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, applied)
                    .execute();
            assertThat(tables(connection)).containsOnly("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");

            update(database);
            assertThat(count(connection, "select count(*) from databasechangelog")).isEqualTo(applied);
        }
    }

    private static void update(Database database) throws Exception {
        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .execute();
    }

    private static List<String> tables(Connection connection) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static int count(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
