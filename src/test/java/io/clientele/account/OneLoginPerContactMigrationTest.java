package io.clientele.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.client.Client;
import io.clientele.contact.Contact;
import io.clientele.support.SpringTest;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * Changelog 0029's one-login-per-contact step: of several logins 0026 put on one contact, the most recently used
 * stays and the others are detached; from then on the database refuses a second login for a contact.
 */
class OneLoginPerContactMigrationTest extends SpringTest {

    private static final String CHANGELOG = "db/changelog/changes/0029-i20-gdpr-consent-and-one-login.yaml";
    private static final String CONSTRAINT = "uq_user_accounts_contact";
    private static final String FOREIGN_KEY = "fk_user_accounts_contact";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void the_most_recently_used_login_of_a_contact_stays_and_the_others_are_detached() throws Exception {
        Client acme = testData.company("Acme", "info@acme.example");
        Contact anna = testData.contact(acme, "Anna", "Becker");
        Contact ben = testData.contact(acme, "Ben", "Cole");
        testData.clientAccount("old", acme);
        testData.clientAccount("recent", acme);
        testData.clientAccount("never", acme);
        testData.clientAccount("bens", acme);
        jdbc.update("update user_accounts set last_login_at = timestamp '2026-01-01 10:00:00' where username = 'old'");
        jdbc.update(
                "update user_accounts set last_login_at = timestamp '2026-11-01 10:00:00' where username = 'recent'");
        jdbc.update("update user_accounts set last_login_at = null where username in ('never', 'bens')");
        boolean mysql = mysql();
        // MySQL lets the foreign key use the unique index: the key goes first and comes back after.
        jdbc.update("alter table user_accounts drop " + (mysql ? "foreign key " : "constraint ") + FOREIGN_KEY);
        jdbc.update("alter table user_accounts drop " + (mysql ? "index " : "constraint ") + CONSTRAINT);
        try {
            jdbc.update(
                    "update user_accounts set contact_id = ? where username in ('old', 'recent', 'never')",
                    anna.getId());
            jdbc.update("update user_accounts set contact_id = ? where username = 'bens'", ben.getId());

            jdbc.update(step());
        } finally {
            jdbc.update("alter table user_accounts add constraint " + CONSTRAINT + " unique (contact_id)");
            jdbc.update("alter table user_accounts add constraint " + FOREIGN_KEY
                    + " foreign key (contact_id) references contacts (id) on delete set null");
        }

        assertThat(contactOf("recent")).isEqualTo(anna.getId());
        assertThat(contactOf("old")).isNull();
        assertThat(contactOf("never")).isNull();
        assertThat(contactOf("bens")).as("a contact's only login stays").isEqualTo(ben.getId());
        assertThatThrownBy(() ->
                        jdbc.update("update user_accounts set contact_id = ? where username = 'old'", anna.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private boolean mysql() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("mysql") || product.contains("maria");
        }
    }

    private @Nullable Long contactOf(String username) {
        return jdbc.queryForObject("select contact_id from user_accounts where username = ?", Long.class, username);
    }

    /** The SQL of the changeset's data step, as Liquibase runs it. */
    @SuppressWarnings("unchecked")
    private static String step() throws IOException {
        try (InputStream in = new ClassPathResource(CHANGELOG).getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            for (Object entry : (List<Object>) root.get("databaseChangeLog")) {
                Map<String, Object> changeSet = (Map<String, Object>) ((Map<String, Object>) entry).get("changeSet");
                if ("0029-i20-gdpr-one-login-per-contact".equals(changeSet.get("id"))) {
                    List<Map<String, Object>> steps = (List<Map<String, Object>>) changeSet.get("changes");
                    return (String) ((Map<String, Object>) steps.getFirst().get("sql")).get("sql");
                }
            }
        }
        throw new AssertionError("no data step in " + CHANGELOG);
    }
}
