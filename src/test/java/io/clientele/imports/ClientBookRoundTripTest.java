package io.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Address;
import io.clientele.client.Client;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientGroupService;
import io.clientele.client.ClientType;
import io.clientele.settings.AddressFormat;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clientele's export reads back: into an empty database it gives the same clients and contacts, field by field; into
 * the same database with "update" it changes nothing.
 */
class ClientBookRoundTripTest extends SpringTest {

    /** Every client column compared, ids, versions and derived or audit columns aside. */
    private static final String CLIENT_FIELDS = "name, client_type, email, alternate_email, phone, mobile, website,"
            + " tax_id, notes, active, billing_street, billing_city, billing_state, billing_postal_code,"
            + " billing_country, billing_text, shipping_same_as_billing, shipping_street, shipping_city,"
            + " shipping_state, shipping_postal_code, shipping_country, shipping_text, currency, language,"
            + " payment_terms_id, owner_id, lead_source_id, inquiry_date, finalized_date, designation,"
            + " communication_id, billing_address_form, shipping_address_form";

    @Autowired
    ClientBookExportService export;

    @Autowired
    ClientImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClientGroupService groups;

    private Function<String, String> labels(Locale locale) {
        var bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        return bundle::getString;
    }

    private void seedBook() {
        SystemAuthentication.run(() -> {
            groups.save(new ClientGroup("VIP"));
            groups.save(new ClientGroup("Wholesale"));
        });
        Client full = testData.reload(testData.company("Wöhler & Wöhler KG", "info@woehler.example"));
        full.setAlternateEmail("billing@woehler.example");
        full.setPhone("+49 30 1234567");
        full.setMobile("-170 555 1234");
        full.setWebsite("woehler.example");
        full.setTaxId("DE 123 456 789");
        full.setNotes("Pays by transfer.\nCall before noon, \"always\"; never on Fridays");
        full.setBillingAddress(new Address("Hauptstraße 5", "Berlin", "Berlin", "10115", "DE"));
        full.getBillingAddress().setText("Wöhler & Wöhler KG\nHauptstraße 5\n10115 Berlin");
        // Both forms stored, the free-form block edited last: the import must put back which one is in force.
        full.getBillingAddress().setInForce(AddressFormat.FREE_FORM);
        full.setShippingSameAsBilling(false);
        full.setShippingAddress(new Address("Lagerweg 1", "Potsdam", null, "14467", "DE"));
        full.setCurrency("CHF");
        full.setLanguage("de");
        full.setLeadSourceId(testData.leadSource("Referral").getId());
        full.setInquiryDate(LocalDate.of(2025, 3, 4));
        full.setFinalizedDate(LocalDate.of(2025, 12, 31));
        full.setDesignation("Head of Purchasing");
        full.setCommunicationId("@woehler");
        full.setActive(false);
        full.setGroups(Set.copyOf(SystemAuthentication.call(() -> groups.all())));
        full.setOwnerId(testData.accountId(TestData.STAFF));
        testData.save(full);
        testData.contact(full, "Eva", "Wöhler", c -> {
            c.setEmail("eva@woehler.example");
            c.setPhone("-30 1234 5678");
            c.setTitle("CFO");
        });
        testData.contact(full, "Jan", "Wöhler");
        // Two people of one name: the id column keeps them apart, although neither has a tax ID.
        Client person = testData.reload(testData.individual("Anna Müller", "anna@example.de", "+43 1 234 56 78"));
        person.setOwnerId(testData.accountId(TestData.ADMIN));
        person = testData.save(person);
        Client namesake = testData.reload(testData.individual("Anna Müller", "anna.m@example.at", ""));
        namesake.setType(ClientType.INDIVIDUAL);
        namesake.setPhone(null);
        namesake.setOwnerId(testData.accountId(TestData.STAFF));
        testData.save(namesake);
        testData.contact(person, "Anna", "Müller");
    }

    private List<Map<String, Object>> clients() {
        return jdbc.queryForList("select " + CLIENT_FIELDS + " from clients order by name, email");
    }

    private List<Map<String, Object>> contacts() {
        return jdbc.queryForList("select c.name as client, k.first_name, k.last_name, k.name, k.email, k.phone,"
                + " k.mobile, k.title, k.is_primary from contacts k join clients c on c.id = k.client_id"
                + " order by c.email, k.name");
    }

    private List<String> groupsOf() {
        return jdbc.queryForList(
                "select concat(c.email, ':', g.name) from client_group_members m join clients c on c.id = m.client_id"
                        + " join client_groups g on g.id = m.group_id order by 1",
                String.class);
    }

    private byte[] exported(boolean xlsx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        actAsAccount(TestData.ADMIN);
        if (xlsx) {
            export.writeXlsx(ClientFilter.live(null), labels(Locale.GERMAN), out);
        } else {
            export.writeZip(ClientFilter.live(null), labels(Locale.FRENCH), out);
        }
        return out.toByteArray();
    }

    private ImportPlan importBack(byte[] bytes, String name, ImportOptions.DuplicateMode mode) {
        ImportFile file = ImportFiles.read(name, bytes);
        actAsAccount(TestData.STAFF);
        return imports.importAll(
                file,
                ClientImportServiceTest.guessed(file.clients()),
                ImportOptions.standard().withDuplicates(mode),
                Locale.ENGLISH,
                n -> {},
                () -> false);
    }

    private void emptyTheBook() {
        jdbc.update("delete from contacts");
        jdbc.update("delete from client_history");
        jdbc.update("delete from client_group_members");
        jdbc.update("delete from client_staff");
        jdbc.update("delete from clients");
    }

    @Test
    void the_xlsx_export_imported_into_an_empty_book_gives_the_same_clients_and_contacts() throws Exception {
        seedBook();
        var clientsBefore = clients();
        var contactsBefore = contacts();
        var groupsBefore = groupsOf();
        byte[] file = exported(true);
        emptyTheBook();

        ImportPlan done = importBack(file, "clients.xlsx", ImportOptions.DuplicateMode.UPDATE);

        assertThat(done.errors()).isEmpty();
        assertThat(done.created()).isEqualTo(3);
        assertThat(clients()).isEqualTo(clientsBefore);
        assertThat(contacts()).isEqualTo(contactsBefore);
        assertThat(groupsOf()).isEqualTo(groupsBefore);
    }

    @Test
    void the_zip_export_imported_into_an_empty_book_gives_the_same_clients_and_contacts() throws Exception {
        seedBook();
        var clientsBefore = clients();
        var contactsBefore = contacts();
        byte[] file = exported(false);
        emptyTheBook();

        ImportPlan done = importBack(file, "clients.zip", ImportOptions.DuplicateMode.SKIP);

        assertThat(done.errors()).isEmpty();
        assertThat(clients()).isEqualTo(clientsBefore);
        assertThat(contacts()).isEqualTo(contactsBefore);
    }

    @Test
    void the_export_imported_with_update_into_the_same_book_changes_nothing() throws Exception {
        seedBook();
        String everything = "select * from clients order by id";
        var clientsBefore = jdbc.queryForList(everything);
        var contactsBefore = jdbc.queryForList("select * from contacts order by id");
        long history = jdbc.queryForObject("select count(*) from client_history", Long.class);
        byte[] file = exported(false);

        ImportPlan done = importBack(file, "clients.zip", ImportOptions.DuplicateMode.UPDATE);

        assertThat(done.errors()).isEmpty();
        assertThat(done.updated()).isEqualTo(3);
        assertThat(jdbc.queryForList(everything)).isEqualTo(clientsBefore);
        assertThat(jdbc.queryForList("select * from contacts order by id")).isEqualTo(contactsBefore);
        assertThat(jdbc.queryForObject("select count(*) from client_history", Long.class))
                .isEqualTo(history);
    }
}
