package io.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientField;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

class ClientImportServiceTest extends SpringTest {

    private static final String HEADER = "Name,Type,E-mail,Tax ID,Country,Currency,First name,Last name\n";

    @Autowired
    ClientImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    static Map<Integer, ImportField> guessed(CsvTable table) {
        Map<Integer, ImportField> mapping = new LinkedHashMap<>();
        List<ImportField> fields = ImportField.guessAll(table.headers());
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) != null) {
                mapping.put(i, fields.get(i));
            }
        }
        return mapping;
    }

    static ImportFile fixture(String name) {
        try (InputStream in = ClientImportServiceTest.class.getResourceAsStream("/imports/" + name)) {
            return ImportFiles.read(name, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private ImportPlan importFile(ImportFile file, ImportOptions options) {
        return as(
                TestData.STAFF,
                () -> imports.importAll(file, guessed(file.clients()), options, Locale.ENGLISH, n -> {}, () -> false));
    }

    private ImportPlan checkFile(ImportFile file, ImportOptions options) {
        return as(TestData.STAFF, () -> imports.check(file, guessed(file.clients()), options, Locale.ENGLISH));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private Map<String, Object> client(String name) {
        return jdbc.queryForMap("select * from clients where name = ?", name);
    }

    @Test
    void a_dry_run_reports_good_rows_bad_rows_with_their_lines_and_duplicates_without_writing() {
        testData.company("Existing GmbH", "info@existing.example");
        Client taxed = testData.reload(testData.company("Taxed AG", "info@taxed.example"));
        taxed.setTaxId("DE123456789");
        testData.save(taxed);
        CsvTable table = CsvParser.parse(HEADER
                + "Good One,company,one@good.example,,DE,EUR,Anna,Becker\n" // line 2
                + "\"Bad,\nMail\",company,not-an-address,,,,,\n" // line 3 (two lines)
                + "Again Existing,company,INFO@existing.example,,,,,\n" // line 5
                + "Same Tax,company,,DE 1234 56789,,,,\n" // line 6
                + "Good One Copy,company,one@GOOD.example,,,,,\n" // line 7
                + ",individual,nameless@x.example,,,,,\n" // line 8
                + "Odd Type,robot,odd@x.example,,de,usd,,\n"); // line 9
        long before = count("clients");

        ImportPlan plan = as(TestData.STAFF, () -> imports.check(table, guessed(table), Locale.ENGLISH));

        assertThat(plan.rows()).isEqualTo(7);
        assertThat(plan.created()).isEqualTo(1);
        assertThat(plan.duplicates())
                .extracting(ImportPlan.Duplicate::line, ImportPlan.Duplicate::earlierLine)
                .containsExactly(tuple(5, null), tuple(6, null), tuple(7, 2));
        assertThat(plan.errors())
                .extracting(ImportPlan.Issue::line, ImportPlan.Issue::field)
                .containsExactly(tuple(3, ImportField.EMAIL), tuple(8, ImportField.NAME), tuple(9, ImportField.TYPE));
        assertThat(plan.errors().getFirst().message()).isNotBlank();
        assertThat(plan.errors().get(2).key()).isEqualTo("client.import.invalid-type");
        assertThat(count("clients")).isEqualTo(before);
    }

    @Test
    void bad_rows_are_left_out_and_the_good_ones_imported_unless_all_or_nothing_is_chosen() {
        CsvTable table = CsvParser.parse(HEADER
                + "Good One,company,one@good.example,,Germany,,,\n"
                + "Bad Mail,company,not-an-address,,,,,\n"
                + "Good Two,company,two@good.example,,Narnia,,,\n");
        ImportFile file = new ImportFile(table, null);

        assertThatThrownBy(() -> importFile(file, ImportOptions.standard().withAllOrNothing(true)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("client.import.refused"));
        assertThat(count("clients")).isZero();

        ImportPlan done = importFile(file, ImportOptions.standard());

        assertThat(done.created()).isEqualTo(1);
        assertThat(done.badLines()).containsExactly(3, 4);
        assertThat(done.errors()).extracting(ImportPlan.Issue::key).contains("client.import.unknown-country");
        assertThat(client("Good One")).containsEntry("billing_country", "DE");
        assertThat(count("clients")).isEqualTo(1);
    }

    @Test
    void good_rows_are_imported_with_the_settings_defaults_the_importer_as_owner_and_a_primary_contact() {
        testData.company("Existing GmbH", "info@existing.example");
        jdbc.update("update system_settings set default_currency = 'CHF', default_language = 'de'");
        CsvTable table = CsvParser.parse(HEADER
                + "Αθηνά ΑΕ,company,athena@example.gr,EL999,GR,,Ελένη,Παππά\n"
                + "Заря,individual,zarya@example.ru,,,USD,,\n"
                + "Existing again,company,info@existing.example,,,,,\n"
                + "Заря twice,individual,ZARYA@example.ru,,,,,\n");

        ImportPlan done = as(TestData.STAFF, () -> imports.importAll(table, guessed(table), Locale.ENGLISH, n -> {}));

        assertThat(done.created()).isEqualTo(2);
        assertThat(done.duplicates()).hasSize(2);
        assertThat(count("clients")).isEqualTo(3);
        Map<String, Object> athena = jdbc.queryForMap(
                "select client_type, currency, language, billing_country, tax_id, owner_id from clients"
                        + " where email = 'athena@example.gr'");
        assertThat(athena)
                .containsEntry("client_type", "COMPANY")
                .containsEntry("currency", "CHF")
                .containsEntry("language", "de")
                .containsEntry("billing_country", "GR")
                .containsEntry("tax_id", "EL999");
        assertThat(((Number) athena.get("owner_id")).longValue()).isEqualTo(testData.accountId(TestData.STAFF));
        assertThat(jdbc.queryForObject("select currency from clients where email = 'zarya@example.ru'", String.class))
                .isEqualTo("USD");
        assertThat(jdbc.queryForMap("select name, is_primary from contacts"))
                .containsEntry("name", "Ελένη Παππά")
                .containsEntry("is_primary", true);
    }

    @Test
    void a_failure_part_way_leaves_no_row_written() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 450; i++) {
            csv.append("Client ").append(i).append(",company,c").append(i).append("@x.example,,,,First,Last\n");
        }
        CsvTable table = CsvParser.parse(csv.toString());

        assertThatThrownBy(() -> as(
                        TestData.STAFF,
                        () -> imports.importAll(table, guessed(table), Locale.ENGLISH, n -> {
                            if (n == 410) {
                                throw new IllegalStateException("disk full");
                            }
                        })))
                .hasMessageContaining("disk full");

        assertThat(count("clients")).isZero();
        assertThat(count("contacts")).isZero();
    }

    @Test
    void a_cancelled_import_keeps_nothing() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 300; i++) {
            csv.append("Client ").append(i).append(",company,c").append(i).append("@x.example,,,,,\n");
        }
        ImportFile file = new ImportFile(CsvParser.parse(csv.toString()), null);
        int[] seen = {0};

        assertThatThrownBy(() -> as(
                        TestData.STAFF,
                        () -> imports.importAll(
                                file,
                                guessed(file.clients()),
                                ImportOptions.standard(),
                                Locale.ENGLISH,
                                n -> seen[0] = n,
                                () -> seen[0] >= 250)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("client.import.cancelled"));
        assertThat(count("clients")).isZero();
    }

    @Test
    void messages_come_in_the_importers_language() {
        CsvTable table = CsvParser.parse(HEADER + "Kaputt,company,kein-mail,,,,,\n");

        ImportPlan de = as(TestData.STAFF, () -> imports.check(table, guessed(table), Locale.GERMAN));
        ImportPlan en = as(TestData.STAFF, () -> imports.check(table, guessed(table), Locale.ENGLISH));

        assertThat(de.errors()).hasSize(1);
        assertThat(de.errors().getFirst().message())
                .isNotEqualTo(en.errors().getFirst().message());
    }

    @Test
    void without_a_name_column_nothing_can_be_checked() {
        CsvTable table = CsvParser.parse("E-mail,Phone\na@x.example,1234\n");

        ImportPlan plan = as(TestData.STAFF, () -> imports.check(table, guessed(table), Locale.ENGLISH));

        assertThat(plan.errors()).extracting(ImportPlan.Issue::key).containsExactly("client.import.name-unmapped");
        assertThat(plan.canImport()).isFalse();
    }

    @Test
    void client_users_may_not_import() {
        CsvTable table = CsvParser.parse("Name\nX\n");
        assertThatThrownBy(() -> as(
                        TestData.CLIENT_USER, () -> imports.check(table, Map.of(0, ImportField.NAME), Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        SystemAuthentication.run(() -> assertThat(count("clients")).isZero());
    }

    @Test
    void an_invoice_ninja_export_with_a_title_block_and_country_names_imports_whole() {
        ImportFile file = fixture("invoice-ninja-clients.csv");

        assertThat(file.clients().skipped()).hasSize(3);
        assertThat(file.clients().headerLine()).isEqualTo(4);
        ImportPlan done = importFile(file, ImportOptions.standard());

        assertThat(done.errors()).isEmpty();
        assertThat(done.created()).isEqualTo(3);
        assertThat(done.normalizations())
                .extracting(
                        ImportPlan.Normalization::from, ImportPlan.Normalization::to, ImportPlan.Normalization::rows)
                .contains(tuple("United States", "US", 1), tuple("Deutschland", "DE", 1), tuple("UK", "GB", 1))
                .contains(tuple("£", "GBP", 1));
        assertThat(client("Acme Corp"))
                .containsEntry("billing_country", "US")
                .containsEntry("billing_street", "1 Main St, Suite 4")
                .containsEntry("currency", "USD")
                .containsEntry("notes", "Key account");
        assertThat(client("Thames Tea Ltd"))
                .containsEntry("billing_country", "GB")
                .containsEntry("currency", "GBP");
        assertThat(count("clients where name in ('CLIENTS', 'Name')")).isZero();
        assertThat(jdbc.queryForObject("select email from contacts where last_name = 'Schulz'", String.class))
                .isEqualTo("eva@baeckerei.example");
    }

    @Test
    void zoho_and_wave_headers_are_recognized_and_no_email_is_dropped() {
        ImportFile zoho = fixture("zoho-contacts.csv");
        List<ImportField> fields = ImportField.guessAll(zoho.clients().headers());
        assertThat(fields)
                .containsExactly(
                        ImportField.NAME,
                        null,
                        null,
                        ImportField.CONTACT_FIRST_NAME,
                        ImportField.CONTACT_LAST_NAME,
                        ImportField.EMAIL,
                        ImportField.PHONE,
                        ImportField.MOBILE,
                        ImportField.CURRENCY,
                        ImportField.STREET,
                        ImportField.CITY,
                        ImportField.STATE,
                        ImportField.POSTAL_CODE,
                        ImportField.COUNTRY,
                        ImportField.TYPE,
                        ImportField.LANGUAGE,
                        ImportField.PAYMENT_TERM);

        ImportPlan done = importFile(zoho, ImportOptions.standard().withDefaultLanguage("en"));

        assertThat(done.errors()).isEmpty();
        assertThat(count("clients where email is not null")).isEqualTo(3);
        assertThat(client("Rossi SpA"))
                .containsEntry("billing_country", "IT")
                .containsEntry("billing_postal_code", "00100")
                // Italian is no app language: the file's default applies, and the preview says so.
                .containsEntry("language", "en");
        assertThat(client("Dupont SARL")).containsEntry("language", "fr");
        assertThat(client("García y Asociados")).containsEntry("billing_country", "ES");
        assertThat(done.normalizations())
                .extracting(ImportPlan.Normalization::from, ImportPlan.Normalization::to)
                .contains(tuple("it", "en"), tuple("fr_FR", "fr"), tuple("España", "ES"));

        ImportPlan wave = importFile(fixture("wave-customers.csv"), ImportOptions.standard());
        assertThat(wave.errors()).isEmpty();
        assertThat(client("Maple Leaf Inc"))
                .containsEntry("billing_state", "Ontario")
                .containsEntry("billing_postal_code", "M5X 1A9")
                .containsEntry("billing_country", "CA")
                .containsEntry("email", "info@maple.example");
    }

    @Test
    void headers_with_a_technical_suffix_are_recognized() {
        ImportFile file = fixture("suffixed-headers.csv");

        assertThat(ImportField.guessAll(file.clients().headers()))
                .containsExactly(ImportField.NAME, ImportField.EMAIL, ImportField.COUNTRY, ImportField.TYPE);
        importFile(file, ImportOptions.standard());
        assertThat(client("Alpha GmbH")).containsEntry("billing_country", "AT");
        assertThat(client("Beta SA")).containsEntry("billing_country", "CH");
    }

    @Test
    void person_rows_naming_a_company_become_its_contacts() {
        ImportPlan done = importFile(fixture("people-with-companies.csv"), ImportOptions.standard());

        assertThat(done.created()).isEqualTo(2);
        assertThat(done.errors())
                .extracting(ImportPlan.Issue::line, ImportPlan.Issue::key)
                .containsExactly(tuple(7, "client.import.company-unknown"));
        assertThat(count("clients")).isEqualTo(2);
        long nordwind = (Long) client("Nordwind AG").get("id");
        assertThat(jdbc.queryForList(
                        "select name from contacts where client_id = ? order by name", String.class, nordwind))
                .containsExactly("Jana Nowak", "Piotr Nowak");
        assertThat(jdbc.queryForObject(
                        "select name from contacts where client_id = ? and is_primary", String.class, nordwind))
                .isEqualTo("Jana Nowak");
        assertThat(jdbc.queryForObject("select count(*) from contacts where name = 'Lucía Pérez'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void duplicates_without_email_are_found_by_name_in_the_file_and_on_a_second_import() {
        ImportPlan first = importFile(fixture("no-email.csv"), ImportOptions.standard());
        assertThat(first.created()).isEqualTo(2);
        assertThat(first.duplicates())
                .extracting(ImportPlan.Duplicate::line, ImportPlan.Duplicate::earlierLine)
                .containsExactly(tuple(4, 2));

        ImportPlan second = importFile(fixture("no-email.csv"), ImportOptions.standard());

        assertThat(second.created()).isZero();
        assertThat(second.duplicates()).hasSize(3);
        assertThat(count("clients")).isEqualTo(2);
    }

    @Test
    void update_mode_overwrites_with_filled_cells_and_leaves_the_rest() {
        Client stored = testData.reload(testData.company("Nordwind AG", "info@nordwind.example"));
        stored.setPhone("+49 40 999999");
        stored.setWebsite("nordwind.example");
        testData.save(stored);
        ImportFile file = new ImportFile(
                CsvParser.parse(
                        "Name,Email,Phone,Website,City\nNordwind AG,info@nordwind.example,'+49 40 111111,,Hamburg\n"),
                null);

        ImportPlan done = importFile(file, ImportOptions.standard().withDuplicates(ImportOptions.DuplicateMode.UPDATE));

        assertThat(done.updated()).isEqualTo(1);
        assertThat(client("Nordwind AG"))
                // The export's formula guard is gone; the empty Website cell left the stored value.
                .containsEntry("phone", "+49 40 111111")
                .containsEntry("website", "nordwind.example")
                .containsEntry("billing_city", "Hamburg");
        assertThat(count("client_history")).isPositive();
        assertThat(count("clients")).isEqualTo(1);
    }

    @Test
    void create_anyway_mode_creates_the_duplicate() {
        testData.company("Nordwind AG", "info@nordwind.example");
        ImportFile file = new ImportFile(CsvParser.parse("Name,Email\nNordwind AG,info@nordwind.example\n"), null);

        ImportPlan done = importFile(file, ImportOptions.standard().withDuplicates(ImportOptions.DuplicateMode.CREATE));

        assertThat(done.created()).isEqualTo(1);
        assertThat(count("clients")).isEqualTo(2);
    }

    @Test
    void the_dry_run_applies_mandatory_fields_and_a_per_file_default_fills_them() {
        testData.mandatoryClientFields(ClientField.LEAD_SOURCE);
        ImportFile file = new ImportFile(CsvParser.parse("Name,Email\nAlpha,a@x.example\nBeta,b@x.example\n"), null);

        assertThat(as(TestData.STAFF, () -> imports.mandatoryFields())).containsExactly(ImportField.LEAD_SOURCE);
        ImportPlan without = checkFile(file, ImportOptions.standard());
        assertThat(without.errors())
                .extracting(ImportPlan.Issue::line, ImportPlan.Issue::key)
                .containsExactly(tuple(2, "client.required.lead-source"), tuple(3, "client.required.lead-source"));
        assertThat(without.created()).isZero();

        ImportOptions withDefault = ImportOptions.standard().withDefaults(Map.of(ImportField.LEAD_SOURCE, "Referral"));
        assertThat(checkFile(file, withDefault).errors()).isEmpty();
        ImportPlan done = importFile(file, withDefault);

        assertThat(done.created()).isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select s.name from clients c join lead_sources s on s.id = c.lead_source_id", String.class))
                .containsExactly("Referral", "Referral");
    }

    @Test
    void dates_are_read_in_the_order_the_file_shows_or_the_one_chosen() {
        ImportFile file = new ImportFile(
                CsvParser.parse("Name,Inquiry date\nA,03/04/2026\nB,25/12/2025\nC,2026-01-31\nD,07.08.2026\n"), null);

        ImportPlan plan = checkFile(file, ImportOptions.standard());
        assertThat(plan.dateOrder()).isEqualTo(ImportValues.DateOrder.DAY_FIRST);
        assertThat(plan.dateOrderClear()).isTrue();
        importFile(file, ImportOptions.standard());
        assertThat(jdbc.queryForObject("select inquiry_date from clients where name = 'A'", Date.class))
                .hasToString("2026-04-03");
        assertThat(jdbc.queryForObject("select inquiry_date from clients where name = 'D'", Date.class))
                .hasToString("2026-08-07");

        ImportFile us = new ImportFile(CsvParser.parse("Name,Inquiry date\nE,03/04/2026\n"), null);
        assertThat(checkFile(us, ImportOptions.standard()).dateOrderClear()).isFalse();
        importFile(us, ImportOptions.standard().withDateOrder(ImportValues.DateOrder.MONTH_FIRST));
        assertThat(jdbc.queryForObject("select inquiry_date from clients where name = 'E'", Date.class))
                .hasToString("2026-03-04");
    }

    @Test
    void unknown_columns_can_go_to_the_notes() {
        CsvTable table = CsvParser.parse("Name,Notes,Industry,Account manager\nAlpha,Pays late,Bakery,Ann\n");

        as(
                TestData.STAFF,
                () -> imports.importAll(
                        new ImportFile(table, null),
                        Map.of(
                                0, ImportField.NAME,
                                1, ImportField.NOTES,
                                2, ImportField.EXTRA_NOTE,
                                3, ImportField.EXTRA_NOTE),
                        ImportOptions.standard(),
                        Locale.ENGLISH,
                        n -> {},
                        () -> false));

        assertThat(client("Alpha")).containsEntry("notes", "Pays late\nIndustry: Bakery\nAccount manager: Ann");
    }

    @Test
    void a_file_bigger_than_a_chunk_keeps_every_rule_of_a_single_save_across_chunks() {
        // More rows than two chunks: new clients and contacts are written per chunk, not per row.
        int companies = 2 * ClientImportService.BATCH + 50;
        StringBuilder csv =
                new StringBuilder("Name,Type,Email,Phone,Company,Primary,Contact first name,Contact last name\n");
        for (int i = 1; i <= companies; i++) {
            csv.append("Firma ")
                    .append(i)
                    .append(",company,f")
                    .append(i)
                    .append("@chunk.example,+49 30 ")
                    .append(5550000 + i)
                    .append(",,,Erika,Muster ")
                    .append(i)
                    .append('\n');
        }
        // People of a company of the first chunk, after all companies: the later one marked primary wins.
        csv.append("Jana Nowak,individual,jana@chunk.example,,Firma 1,yes,,\n");
        csv.append("Piotr Nowak,individual,piotr@chunk.example,,Firma 1,no,,\n");
        CsvTable table = CsvParser.parse(csv.toString());

        ImportPlan done = as(TestData.STAFF, () -> imports.importAll(table, guessed(table), Locale.ENGLISH, n -> {}));

        assertThat(done.errors()).isEmpty();
        assertThat(done.created()).isEqualTo(companies);
        assertThat(count("clients")).isEqualTo(companies);
        assertThat(count("contacts")).isEqualTo(companies + 2);
        // One primary per client, and for Firma 1 the person row that asked for it.
        assertThat(jdbc.queryForObject("select count(*) from contacts where primary_client_id is not null", Long.class))
                .isEqualTo(companies);
        long firma1 = (Long) client("Firma 1").get("id");
        assertThat(jdbc.queryForObject("select name from contacts where primary_client_id = ?", String.class, firma1))
                .isEqualTo("Jana Nowak");
        // Search terms for every client, the last chunk's too: the list's search finds them.
        assertThat(jdbc.queryForObject("select count(distinct client_id) from client_search_terms", Long.class))
                .isEqualTo(companies);
        var found = as(
                TestData.STAFF,
                () -> clientService.list(ClientFilter.live("f" + companies + "@chunk"), PageRequest.of(0, 10)));
        assertThat(found).extracting(ClientRow::name).containsExactly("Firma " + companies);
    }

    @Test
    void the_mapping_and_choices_of_an_import_are_offered_for_the_same_header_set() {
        CsvTable table = CsvParser.parse("Firm,Mail,Ort,Ort\nAcme GmbH,info@acme.example,Köln,x\n");
        Map<Integer, ImportField> mapping = Map.of(0, ImportField.NAME, 1, ImportField.EMAIL, 3, ImportField.CITY);
        ImportOptions options = ImportOptions.standard()
                .withDuplicates(ImportOptions.DuplicateMode.UPDATE)
                .withAllOrNothing(true)
                .withDefaultLanguage("de")
                .withDateOrder(ImportValues.DateOrder.MONTH_FIRST)
                .withDefaults(Map.of(ImportField.NOTES, "Imported\tfrom\nthe old CRM"));
        as(
                TestData.STAFF,
                () -> imports.importAll(
                        new ImportFile(table, null), mapping, options, Locale.ENGLISH, n -> {}, () -> false));

        // The same headers in another order and case; the repeated one keeps its occurrence.
        var again = as(TestData.ADMIN, () -> imports.rememberedMapping(List.of("ORT", "mail", "Ort", "firm")));

        assertThat(again).isPresent();
        assertThat(again.get().mapping())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(3, ImportField.NAME, 1, ImportField.EMAIL, 2, ImportField.CITY));
        assertThat(again.get().options()).isEqualTo(options);
        assertThat(again.get().savedBy()).isEqualTo("Sam Staff");
        assertThat(as(TestData.STAFF, () -> imports.rememberedMapping(List.of("Firm", "Mail", "Ort"))))
                .isEmpty();
        // A dry run confirms nothing.
        as(
                TestData.STAFF,
                () -> imports.check(CsvParser.parse("A,B\nx,y\n"), Map.of(0, ImportField.NAME), Locale.ENGLISH));
        assertThat(as(TestData.STAFF, () -> imports.rememberedMapping(List.of("A", "B"))))
                .isEmpty();
    }

    @Autowired
    ClientService clientService;
}
