package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.SpringTest;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The migrations' Java backfills, run again on clients whose derived data is missing, as on an old database. */
class ClientDataBackfillTest extends SpringTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private void run(ClientDataBackfill backfill) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            backfill.execute(database);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private List<String> terms(long clientId) {
        return jdbc.queryForList(
                "select term from client_search_terms where client_id = ? order by term", String.class, clientId);
    }

    @Test
    void the_search_terms_backfill_writes_what_saving_writes_and_resumes_without_duplicates() throws Exception {
        Client first = testData.company("Bäckerei Müller GmbH", "info@baeckerei-mueller.example");
        Client second = testData.individual("Anna Becker", "anna@example.org", "+49 30 1234 567");
        List<String> firstTerms = terms(first.getId());
        List<String> secondTerms = terms(second.getId());
        assertThat(firstTerms).contains("backerei", "muller");
        assertThat(secondTerms).contains("becker", "1234567");

        jdbc.update("delete from client_search_terms where client_id = ?", second.getId());
        run(new ClientSearchTermsBackfill());
        assertThat(terms(second.getId()))
                .as("resumed after the last client that has terms")
                .isEqualTo(secondTerms);

        jdbc.update("delete from client_search_terms");
        run(new ClientSearchTermsBackfill());
        assertThat(terms(first.getId())).isEqualTo(firstTerms);
        assertThat(terms(second.getId())).isEqualTo(secondTerms);
    }

    @Test
    void the_name_key_backfill_fills_missing_keys_as_saving_does() throws Exception {
        Client client = testData.company("Müller & Söhne GmbH", "office@mueller.example");
        String key = jdbc.queryForObject("select name_key from clients where id = ?", String.class, client.getId());
        assertThat(key).isNotBlank();

        jdbc.update("update clients set name_key = null");
        run(new ClientNameKeyBackfill());

        assertThat(jdbc.queryForObject("select name_key from clients where id = ?", String.class, client.getId()))
                .isEqualTo(key);
        assertThat(new ClientNameKeyBackfill().getConfirmationMessage()).isEqualTo("clients.name_key filled");
    }

    @Test
    void the_location_backfill_gives_old_free_form_only_clients_the_place_a_save_writes() throws Exception {
        Client client = testData.company("Wöhler & Wöhler KG", "info@woehler.example");
        Client structured = testData.company("Berlin Bau GmbH", "info@berlinbau.example");
        structured.setBillingAddress(new Address("Hauptstraße 5", "Berlin", null, "10115", "DE"));
        testData.save(structured);
        // As stored before the form in force was recorded: the block alone, Location its first line.
        jdbc.update(
                "update clients set billing_text = ?, billing_address_form = null, location = ? where id = ?",
                "Wöhler & Wöhler KG\nAm Markt 3\n04109 Leipzig\nDeutschland",
                "Wöhler & Wöhler KG",
                client.getId());

        run(new ClientFreeFormLocationBackfill());

        assertThat(jdbc.queryForObject("select location from clients where id = ?", String.class, client.getId()))
                .isEqualTo("Leipzig, Deutschland");
        assertThat(jdbc.queryForObject("select location from clients where id = ?", String.class, structured.getId()))
                .isEqualTo("Berlin, DE");
    }
}
