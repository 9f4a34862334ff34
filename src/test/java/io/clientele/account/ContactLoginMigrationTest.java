package io.clientele.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.client.Client;
import io.clientele.contact.Contact;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * Changelog 0026's data step, run again on logins as they were before it: each client login moves to the contact with
 * its address, else to its client's primary contact; its rollback unlinks them again.
 */
class ContactLoginMigrationTest extends SpringTest {

    private static final String CHANGELOG = "db/changelog/changes/0026-i20-contact-logins.yaml";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void existing_client_logins_move_to_the_contact_with_their_address_else_to_the_primary_contact() throws Exception {
        Client acme = testData.company("Acme", "info@acme.example");
        Contact anna = testData.contact(acme, "Anna", "Becker", c -> c.setEmail("anna@acme.example"));
        Contact bob = testData.contact(acme, "Bob", "Stone", c -> c.setEmail("Bob@Acme.example"));
        Client solo = testData.company("Solo", "solo@test.example");
        Contact carol = testData.contact(solo, "Carol", "Solo");
        Client empty = testData.company("Empty", "empty@test.example");
        testData.clientAccount("bobs", acme);
        testData.clientAccount("someone", acme);
        testData.clientAccount("carols", solo);
        testData.clientAccount("nobody", empty);
        jdbc.update("update user_accounts set email = 'bob@acme.example' where username = 'bobs'");
        jdbc.update("update user_accounts set contact_id = null");

        jdbc.update(migration("changes"));

        assertThat(contactOf("bobs")).isEqualTo(bob.getId());
        assertThat(contactOf("someone")).isEqualTo(anna.getId());
        assertThat(contactOf("carols")).isEqualTo(carol.getId());
        assertThat(contactOf("nobody")).isNull();
        assertThat(contactOf(TestData.STAFF)).isNull();
        // Today's permissions: everything the client allows.
        assertThat(jdbc.queryForObject(
                        "select count(*) from user_accounts where not (portal_invoices and portal_quotes"
                                + " and portal_projects and portal_timesheets)",
                        Integer.class))
                .isZero();

        jdbc.update(migration("rollback"));
        assertThat(jdbc.queryForObject("select count(contact_id) from user_accounts", Integer.class))
                .isZero();
    }

    private @Nullable Long contactOf(String username) {
        return jdbc.queryForObject("select contact_id from user_accounts where username = ?", Long.class, username);
    }

    /** The SQL of the data changeset's changes or rollback, as Liquibase runs it. */
    @SuppressWarnings("unchecked")
    private static String migration(String part) throws IOException {
        try (InputStream in = new ClassPathResource(CHANGELOG).getInputStream()) {
            Map<String, Object> root = new Yaml().load(in);
            for (Object entry : (List<Object>) root.get("databaseChangeLog")) {
                Map<String, Object> changeSet = (Map<String, Object>) ((Map<String, Object>) entry).get("changeSet");
                if ("0026-i20-contact-logins-migrate".equals(changeSet.get("id"))) {
                    List<Map<String, Object>> steps = (List<Map<String, Object>>) changeSet.get(part);
                    return (String) ((Map<String, Object>) steps.getFirst().get("sql")).get("sql");
                }
            }
        }
        throw new AssertionError("no data changeset in " + CHANGELOG);
    }
}
