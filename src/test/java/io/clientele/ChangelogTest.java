package io.clientele;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import liquibase.ChecksumVersion;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.UpdateTestingRollbackCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * Every changeset can be undone and none is edited once applied: Liquibase's update-testing-rollback (each changeset
 * applied, rolled back and applied again), then a full rollback and update, on H2 and, when the suite runs against
 * MySQL/MariaDB (CLIENTELE_DB_URL), on a scratch database next to the test one; and the checksums of released
 * changesets are pinned in {@code db/released-changeset-checksums.txt}.
 */
class ChangelogTest {

    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final String PINNED = "db/released-changeset-checksums.txt";
    private static final ResourceAccessor RESOURCES = new ClassLoaderResourceAccessor();

    @Test
    void the_whole_changelog_rolls_back_and_applies_again() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:mem:changelog-rollback;MODE=MySQL;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1", "sa", "")) {
            updateRollbackUpdate(connection);
            assertThat(tables(connection)).contains("CLIENTS", "CONTACTS", "USER_ACCOUNTS");
        }
    }

    @Test
    void the_whole_changelog_rolls_back_and_applies_again_on_mysql_when_the_suite_runs_there() throws Exception {
        String url = System.getenv("CLIENTELE_DB_URL");
        // Skipped, and reported as skipped, off MySQL/MariaDB: the H2 test above covers the embedded database.
        assumeTrue(
                url != null && url.startsWith("jdbc:mysql:"),
                "the suite runs on H2 (no CLIENTELE_DB_URL=jdbc:mysql:...): the MySQL changelog test is skipped");
        String user = System.getenv().getOrDefault("CLIENTELE_DB_USER", "root");
        String password = System.getenv().getOrDefault("CLIENTELE_DB_PASSWORD", "");
        int slash = url.indexOf('/', "jdbc:mysql://".length());
        int query = url.indexOf('?', slash);
        String name = url.substring(slash + 1, query < 0 ? url.length() : query);
        String scratch = name + "_changelog";
        String scratchUrl = url.substring(0, slash + 1) + scratch + (query < 0 ? "" : url.substring(query));
        try (Connection server = DriverManager.getConnection(url, user, password);
                var statement = server.createStatement()) {
            statement.execute("drop database if exists " + scratch);
            statement.execute("create database " + scratch + " character set utf8mb4 collate utf8mb4_unicode_ci");
            try (Connection connection = DriverManager.getConnection(scratchUrl, user, password)) {
                updateRollbackUpdate(connection);
            } finally {
                statement.execute("drop database if exists " + scratch);
            }
        }
    }

    private static void updateRollbackUpdate(Connection connection) throws Exception {
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        // Each changeset: update, roll back, update again, in order.
        new CommandScope(UpdateTestingRollbackCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .execute();
        int applied = count(connection, "select count(*) from DATABASECHANGELOG");
        assertThat(applied).isEqualTo(changeSets().size());

        new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, applied)
                .execute();
        assertThat(tables(connection)).containsOnly("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");

        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .execute();
        assertThat(count(connection, "select count(*) from DATABASECHANGELOG")).isEqualTo(applied);
    }

    /** A Java change (a data backfill) that implements its own rollback. */
    private static boolean customChangeWithRollback(liquibase.change.Change change) {
        if (!(change instanceof liquibase.change.custom.CustomChangeWrapper wrapper)) {
            return false;
        }
        try {
            Class<?> type = Class.forName(wrapper.getClassName());
            return liquibase.change.custom.CustomTaskRollback.class.isAssignableFrom(type)
                    || liquibase.change.custom.CustomSqlRollback.class.isAssignableFrom(type);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void every_changeset_has_a_rollback_of_its_own_or_one_liquibase_derives() throws Exception {
        Database h2 = DatabaseFactory.getInstance().getDatabase("h2");
        for (ChangeSet changeSet : changeSets()) {
            boolean explicit = !changeSet.getRollback().getChanges().isEmpty();
            boolean automatic = changeSet.getChanges().stream()
                    .allMatch(c -> c.supportsRollback(h2) || customChangeWithRollback(c));
            assertThat(explicit || automatic)
                    .as(changeSet.toString(false) + " has a rollback")
                    .isTrue();
        }
    }

    @Test
    void released_changesets_keep_their_checksums() throws Exception {
        Map<String, String> pinned = pinned();
        Map<String, String> current = new LinkedHashMap<>();
        for (ChangeSet changeSet : changeSets()) {
            current.put(
                    key(changeSet),
                    changeSet.generateCheckSum(ChecksumVersion.latest()).toString());
        }
        assertThat(pinned).as("pinned checksums; now: " + current).hasSizeGreaterThanOrEqualTo(13);
        pinned.forEach((key, checksum) -> assertThat(current.get(key))
                .as(key + " was released: never edit it, add a new changeset instead")
                .isEqualTo(checksum));
    }

    @Test
    void adding_an_explicit_rollback_to_a_changeset_leaves_its_checksum_unchanged() throws Exception {
        ChangeSet without = parse("db/rollback-checksum/without-rollback.yaml")
                .getChangeSets()
                .getFirst();
        ChangeSet with =
                parse("db/rollback-checksum/with-rollback.yaml").getChangeSets().getFirst();
        assertThat(with.getRollback().getChanges()).hasSize(1);
        assertThat(with.generateCheckSum(ChecksumVersion.latest()))
                .isEqualTo(without.generateCheckSum(ChecksumVersion.latest()));
    }

    private static List<ChangeSet> changeSets() throws Exception {
        return parse(CHANGELOG).getChangeSets();
    }

    private static DatabaseChangeLog parse(String file) throws Exception {
        return ChangeLogParserFactory.getInstance()
                .getParser(file, RESOURCES)
                .parse(file, new ChangeLogParameters(), RESOURCES);
    }

    private static String key(ChangeSet changeSet) {
        String path = changeSet.getFilePath();
        return path.substring(path.lastIndexOf('/') + 1) + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
    }

    /** Lines of "file::id::author checksum"; a released changeset's line is added once and never changed. */
    private static Map<String, String> pinned() throws IOException {
        Map<String, String> pinned = new LinkedHashMap<>();
        try (InputStream in = ChangelogTest.class.getClassLoader().getResourceAsStream(PINNED)) {
            assertThat(in).as(PINNED).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.strip().split("\\s+");
                    pinned.put(parts[0], parts[1]);
                }
            }
        }
        return pinned;
    }

    private static List<String> tables(Connection connection) throws Exception {
        List<String> names = new ArrayList<>();
        boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
        try (ResultSet rs = connection
                .getMetaData()
                .getTables(h2 ? null : connection.getCatalog(), h2 ? "PUBLIC" : null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static int count(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
