package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.billing.Invoice;
import io.clientele.billing.Quote;
import io.clientele.contact.Contact;
import io.clientele.support.CustomFieldFixture;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's data on request: the export ZIP read back, and an anonymisation that leaves no seeded personal value in
 * any character column of any table, except the party data issued invoices froze (tax law keeps them).
 */
class PersonalDataServiceTest extends SpringTest {

    @Autowired
    CustomFieldFixture fieldFixture;

    /** In every seeded text value, so that a scan of all tables finds what is left. */
    private static final String MARK = "ZQXV";

    /** In every seeded phone number (phones must be digits). */
    private static final String DIGITS = "918273";

    @Autowired
    PersonalDataService personalData;

    @Autowired
    TestDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    Client client;
    Contact person;
    Contact colleague;
    Invoice issued;
    Invoice draft;
    Quote quote;

    @BeforeEach
    void aClientWithPersonalDataEverywhere() {
        client = testData.company("Zqxv Holding", "office@zqxv.example");
        Client edited = testData.reload(client);
        edited.setName("Zqxv Holding AG");
        edited.setPhone("+49 30 " + DIGITS);
        edited.setMobile("+49 171 " + DIGITS);
        edited.setAlternateEmail("billing@zqxv.example");
        edited.setWebsite("https://zqxv.example");
        edited.setTaxId("DE" + MARK + "1");
        edited.setNotes("Zqxv prefers calls");
        edited.setDesignation("Zqxv designation");
        edited.setCommunicationId("zqxv-comm");
        edited.setBuyerReference("zqxv-ref");
        Address billing = new Address();
        billing.setStreet("Zqxvstraße 1");
        billing.setCity("Zqxvstadt");
        billing.setPostalCode("10115");
        billing.setCountry("DE");
        edited.setBillingAddress(billing);
        client = testData.save(edited);
        // Custom fields (issue 22) of every family of type: a text, a number that identifies (an ID card), a choice.
        segment = fieldFixture.clientField(CustomFieldType.TEXT, "Segment");
        idCard = fieldFixture.clientField(CustomFieldType.NUMBER, "ID card");
        faith = fieldFixture.clientField(CustomFieldType.SINGLE_CHOICE, "Faith", "Other", "None");
        Client withCustom = testData.reload(client);
        withCustom.setCustomValues(Map.of(
                segment.getId(),
                "Zqxv segment",
                idCard.getId(),
                new java.math.BigDecimal(DIGITS),
                faith.getId(),
                "Other"));
        client = testData.save(withCustom);
        person = testData.contact(client, "Zqxvfirst", "Zqxvlast", c -> {
            c.setEmail("person@zqxv.example");
            c.setPhone("+49 30 " + DIGITS);
            c.setMobile("+49 172 " + DIGITS);
            c.setTitle("Zqxv buyer");
            c.setNotes("Zqxv likes tea");
            c.setOptIn(true);
        });
        colleague = testData.contact(client, "Other", "Colleague", c -> c.setEmail("colleague@elsewhere.example"));
        testData.clientAccount("zqxv.login", client);
        jdbc.update(
                "update user_accounts set contact_id = ?, display_name = 'Zqxvfirst Zqxvlast',"
                        + " email = 'person@zqxv.example' where username = 'zqxv.login'",
                person.getId());
        jdbc.update(
                "insert into account_events (account_id, username, action, actor, occurred_at)"
                        + " values (?, 'zqxv.login', 'PASSWORD_CHANGED', 'zqxv.login', current_timestamp)",
                testData.accountId("zqxv.login"));
        jdbc.update(
                "insert into client_notes (version, client_id, author_name, body, created_at)"
                        + " values (0, ?, 'Ada Admin', 'Zqxv called about his divorce', current_timestamp)",
                client.getId());
        jdbc.update(
                "insert into reminders (version, client_id, assignee_id, due_at, description, by_email, created_at)"
                        + " values (0, ?, ?, current_timestamp, 'Call Zqxvfirst back', false, current_timestamp)",
                client.getId(),
                testData.accountId(TestData.STAFF));
        jdbc.update(
                "insert into client_attachments (version, client_id, stored_name, original_name, content_type,"
                        + " size_bytes, uploaded_by_name, uploaded_at)"
                        + " values (0, ?, ?, 'zqxv-passport.pdf', 'application/pdf', 10, 'Ada Admin', current_timestamp)",
                client.getId(),
                "gdpr-test-" + client.getId());
        var lead = testData.opportunity("Zqxv Holding", "Zqxvfirst", "Zqxvlast", "lead@zqxv.example", TestData.STAFF);
        jdbc.update("update opportunities set client_id = ? where id = ?", client.getId(), lead.getId());
        jdbc.update(
                "insert into support_requests (version, client_id, opened_by_id, opened_by_name, subject, status,"
                        + " created_at, last_message_at) values (0, ?, ?, 'Zqxvfirst Zqxvlast', 'Zqxv cannot log in',"
                        + " 'OPEN', current_timestamp, current_timestamp)",
                client.getId(),
                testData.accountId("zqxv.login"));
        long requestId = jdbc.queryForObject("select max(id) from support_requests", Long.class);
        jdbc.update(
                "insert into support_messages (version, request_id, from_client, author_id, author_name, body,"
                        + " created_at) values (0, ?, true, ?, 'Zqxvfirst Zqxvlast', 'My Zqxv login fails', current_timestamp),"
                        + " (0, ?, false, ?, 'Staff Member', 'Dear Zqxvfirst, try again', current_timestamp)",
                requestId,
                testData.accountId("zqxv.login"),
                requestId,
                testData.accountId(TestData.STAFF));
        issued = documents.issuedInvoice(client, "Consulting|1|100|19");
        draft = documents.invoice(client, "Workshop|1|50|19");
        quote = documents.sentQuote(client, "Training|2|80|19");
        jdbc.update(
                "update billing_documents set notes = 'For Zqxvfirst' where id in (?, ?)",
                draft.getId(),
                quote.getId());
        jdbc.update(
                "insert into quote_responses (version, quote_id, decision, signed_name, note, po_number, account_name,"
                        + " responded_at) values (0, ?, 'ACCEPTED', 'Zqxvfirst Zqxvlast', 'Zqxv agrees', 'PO-1',"
                        + " 'Zqxvfirst Zqxvlast', current_timestamp)",
                quote.getId());
    }

    CustomField segment;
    CustomField idCard;
    CustomField faith;

    @Test
    void anonymising_a_client_removes_all_its_custom_values_and_the_export_names_them_by_label() throws IOException {
        actAs(TestData.ADMIN, "ADMIN");
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(new String(
                        unzip(personalData.export(client.getId())).get(PersonalDataService.DOCUMENT),
                        StandardCharsets.UTF_8));
        JsonNode custom = json.get("client").get("customFields");
        assertThat(custom.get("Segment").asString()).isEqualTo("Zqxv segment");
        assertThat(custom.get("ID card").asString()).isEqualTo(DIGITS);
        assertThat(custom.get("Faith").asString()).isEqualTo("Other");

        personalData.anonymise(client.getId());

        assertThat(jdbc.queryForObject(
                        "select count(*) from client_field_values where client_id = ?", Long.class, client.getId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from client_field_choices where client_id = ?", Long.class, client.getId()))
                .isZero();
    }

    @Test
    void anonymising_a_client_leaves_its_personal_values_only_in_the_issued_invoice() throws SQLException {
        assertThat(leftovers())
                .as("the seed reaches the tables the scan reads")
                .containsKeys(
                        "clients.name",
                        "contacts.email",
                        "client_notes.body",
                        "client_history.new_value",
                        "user_accounts.username",
                        "billing_documents.billing_address");

        long login = testData.accountId("zqxv.login");
        actAs(TestData.ADMIN, "ADMIN");
        personalData.anonymise(client.getId());

        assertThat(leftovers()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select buyer_name from billing_documents where id = ?", String.class, issued.getId()))
                .as("the issued invoice keeps the buyer it froze")
                .isEqualTo("Zqxv Holding AG");
        assertThat(jdbc.queryForObject("select enabled from user_accounts where id = ?", Boolean.class, login))
                .as("the login is ended")
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select changed_by from client_history where client_id = ? and field = 'anonymised'",
                        String.class,
                        client.getId()))
                .as("who anonymised is on record")
                .isEqualTo("Ada Admin");
    }

    @Test
    void anonymising_one_contact_leaves_the_client_and_the_other_people_alone() {
        long login = testData.accountId("zqxv.login");
        actAs(TestData.ADMIN, "ADMIN");
        personalData.anonymiseContact(client.getId(), person.getId());

        assertThat(jdbc.queryForList(
                        "select email from contacts where client_id = ? order by id", String.class, client.getId()))
                .containsExactly(null, "colleague@elsewhere.example");
        assertThat(jdbc.queryForObject("select enabled from user_accounts where id = ?", Boolean.class, login))
                .isFalse();
        assertThat(jdbc.queryForObject("select name from clients where id = ?", String.class, client.getId()))
                .isEqualTo("Zqxv Holding AG");
        assertThat(jdbc.queryForObject(
                        "select new_value from client_history where client_id = ? and field = 'anonymisedContact'",
                        String.class,
                        client.getId()))
                .as("which contact was anonymised, by whom, is on record")
                .isEqualTo("#" + person.getId());
    }

    @Test
    void anonymising_a_contact_of_another_client_reads_as_not_found() {
        Client other = testData.company("Other Ltd", "info@other.example");
        Contact stranger = testData.contact(other, "Stan", "Stranger");
        actAs(TestData.ADMIN, "ADMIN");

        assertThatThrownBy(() -> personalData.anonymiseContact(client.getId(), stranger.getId()))
                .isInstanceOf(io.clientele.contact.ContactNotFoundException.class);
        assertThat(jdbc.queryForObject("select name from contacts where id = ?", String.class, stranger.getId()))
                .isEqualTo("Stan Stranger");
    }

    @Test
    void the_export_holds_every_section_and_the_issued_documents_as_pdf() throws IOException {
        actAs(TestData.ADMIN, "ADMIN");
        Map<String, byte[]> zip = unzip(personalData.export(client.getId()));

        assertThat(zip).containsKey(PersonalDataService.DOCUMENT);
        String text = new String(zip.get(PersonalDataService.DOCUMENT), StandardCharsets.UTF_8);
        JsonNode json = JsonMapper.builder().build().readTree(text);
        assertThat(json.get("client").get("name").asString()).isEqualTo("Zqxv Holding AG");
        assertThat(json.get("client").get("billingAddress.street").asString()).isEqualTo("Zqxvstraße 1");
        assertThat(json.get("client").get("history").size()).isPositive();
        assertThat(json.get("contacts").get(0).get("email").asString()).isEqualTo("person@zqxv.example");
        assertThat(json.get("contacts").get(0).get("optInSource").asString()).isEqualTo("BACK_OFFICE");
        assertThat(json.get("contacts").get(0).get("optInAt").asString()).isNotBlank();
        assertThat(json.get("notes").get(0).get("body").asString()).isEqualTo("Zqxv called about his divorce");
        assertThat(json.get("crm").get("reminders").get(0).get("description").asString())
                .isEqualTo("Call Zqxvfirst back");
        assertThat(json.get("crm").get("opportunities").get(0).get("email").asString())
                .isEqualTo("lead@zqxv.example");
        assertThat(json.get("documents").get(0).get("name").asString()).isEqualTo("zqxv-passport.pdf");
        assertThat(json.get("logins").get(0).get("username").asString()).isEqualTo("zqxv.login");
        assertThat(json.get("supportRequests").get(0).get("subject").asString()).isEqualTo("Zqxv cannot log in");
        assertThat(json.get("supportRequests")
                        .get(0)
                        .get("messages")
                        .get(1)
                        .get("text")
                        .asString())
                .isEqualTo("Dear Zqxvfirst, try again");
        assertThat(json.get("billing").get("documents").size()).isEqualTo(3);
        assertThat(json.get("billing")
                        .get("quoteResponses")
                        .get(0)
                        .get("signed_name")
                        .asString())
                .isEqualTo("Zqxvfirst Zqxvlast");
        assertThat(text.toLowerCase(Locale.ROOT))
                .as("no password hash, no token")
                .doesNotContain("password", "$2a$", "token");
        String pdf = "documents/" + documents.reload(issued).getNumber() + ".pdf";
        assertThat(zip).containsKey(pdf);
        assertThat(new String(zip.get(pdf), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
    }

    @Test
    void a_client_center_login_exports_its_own_person_and_the_documents_it_may_see() throws IOException {
        testData.setLoginPermissions(
                "zqxv.login", new io.clientele.account.LoginPermissions(true, false, true, true, true));
        actAsAccount("zqxv.login");
        Map<String, byte[]> zip = unzip(personalData.exportOwn());

        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(new String(zip.get(PersonalDataService.DOCUMENT), StandardCharsets.UTF_8));
        assertThat(json.get("contacts").size()).as("its own person only").isEqualTo(1);
        assertThat(json.get("contacts").get(0).get("email").asString()).isEqualTo("person@zqxv.example");
        assertThat(json.get("logins").size()).isEqualTo(1);
        assertThat(json.get("client").has("notes"))
                .as("the client's own data is not the person's")
                .isFalse();
        assertThat(json.get("notes").isNull()).isTrue();
        assertThat(json.get("clientCenter").get("invoices").get(0).get("number").asString())
                .isEqualTo(documents.reload(issued).getNumber());
        assertThat(json.get("clientCenter").get("quotes").size())
                .as("no quotes permission")
                .isZero();
        assertThat(zip)
                .containsOnlyKeys(
                        PersonalDataService.DOCUMENT,
                        "documents/" + documents.reload(issued).getNumber() + ".pdf");
    }

    @Test
    void only_administrators_export_or_anonymise() {
        actAs(TestData.STAFF, "STAFF");

        assertThatThrownBy(() -> personalData.export(client.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> personalData.anonymise(client.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_confirmation_names_the_open_invoices() {
        actAs(TestData.ADMIN, "ADMIN");

        assertThat(personalData.openDocuments(client.getId()))
                .containsExactly(documents.reload(issued).getNumber());
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /**
     * "table.column" of every character column that still holds a seeded value, outside the issued invoice's row
     * (its party data is a record kept by law).
     */
    private Map<String, Long> leftovers() throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR
                            || type == Types.CHAR
                            || type == Types.LONGVARCHAR
                            || type == Types.CLOB
                            || type == Types.NVARCHAR
                            || type == Types.NCLOB) {
                        columns.add(new String[] {
                            rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
                        });
                    }
                }
            }
        }
        Map<String, Long> found = new LinkedHashMap<>();
        for (String[] c : columns) {
            if (c[0].startsWith("databasechangelog")) {
                continue;
            }
            String frozen = c[0].equals("billing_documents") ? " and id <> " + issued.getId() : "";
            Long n = jdbc.queryForObject(
                    "select count(*) from " + c[0] + " where (upper(" + c[1] + ") like ? or " + c[1] + " like ?)"
                            + frozen,
                    Long.class,
                    "%" + MARK + "%",
                    "%" + DIGITS + "%");
            if (n != null && n > 0) {
                found.put(c[0] + "." + c[1], n);
            }
        }
        return found;
    }
}
