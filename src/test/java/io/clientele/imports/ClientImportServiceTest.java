package io.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private static Map<Integer, ImportField> guessed(CsvTable table) {
        Map<Integer, ImportField> mapping = new LinkedHashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            Optional<ImportField> f = ImportField.guess(table.headers().get(i));
            if (f.isPresent()) {
                mapping.put(i, f.get());
            }
        }
        return mapping;
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
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

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
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
                + "Same Tax,company,,DE123456789,,,,\n" // line 6
                + "Good One Copy,company,one@GOOD.example,,,,,\n" // line 7
                + ",individual,nameless@x.example,,,,,\n" // line 8
                + "Odd Type,robot,odd@x.example,,de,usd,,\n"); // line 9
        long before = count("clients");

        ImportPlan plan = as(TestData.STAFF, () -> imports.check(table, guessed(table), Locale.ENGLISH));

        assertThat(plan.rows()).isEqualTo(7);
        assertThat(plan.toImport()).isEqualTo(1);
        assertThat(plan.duplicates())
                .extracting(ImportPlan.Duplicate::line, ImportPlan.Duplicate::earlierLine)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, null),
                        org.assertj.core.groups.Tuple.tuple(6, null),
                        org.assertj.core.groups.Tuple.tuple(7, 2));
        assertThat(plan.errors())
                .extracting(ImportPlan.Issue::line, ImportPlan.Issue::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, ImportField.EMAIL),
                        org.assertj.core.groups.Tuple.tuple(8, ImportField.NAME),
                        org.assertj.core.groups.Tuple.tuple(9, ImportField.TYPE));
        assertThat(plan.errors().getFirst().message()).isNotBlank();
        assertThat(plan.errors().get(2).key()).isEqualTo("client.import.invalid-type");
        assertThat(count("clients")).isEqualTo(before);
    }

    @Test
    void a_file_with_any_error_is_refused_as_a_whole() {
        CsvTable table = CsvParser.parse(HEADER
                + "Good One,company,one@good.example,,,,,\n"
                + "Bad Country,company,two@good.example,,Germany,,,\n");

        assertThatThrownBy(() ->
                        as(TestData.STAFF, () -> imports.importAll(table, guessed(table), Locale.ENGLISH, n -> {})))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("client.import.refused"));
        assertThat(count("clients")).isZero();
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

        assertThat(done.toImport()).isEqualTo(2);
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
        assertThat(jdbc.queryForObject("select name from clients where email = 'zarya@example.ru'", String.class))
                .isEqualTo("Заря");
        assertThat(jdbc.queryForObject("select currency from clients where email = 'zarya@example.ru'", String.class))
                .isEqualTo("USD");
        assertThat(jdbc.queryForMap("select name, is_primary from contacts"))
                .containsEntry("name", "Ελένη Παππά")
                .containsEntry("is_primary", true);
    }

    @Test
    void a_failure_part_way_leaves_no_row_written() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 120; i++) {
            csv.append("Client ").append(i).append(",company,c").append(i).append("@x.example,,,,First,Last\n");
        }
        CsvTable table = CsvParser.parse(csv.toString());

        assertThatThrownBy(() -> as(
                        TestData.STAFF,
                        () -> imports.importAll(table, guessed(table), Locale.ENGLISH, n -> {
                            if (n == 110) {
                                throw new IllegalStateException("disk full");
                            }
                        })))
                .hasMessageContaining("disk full");

        assertThat(count("clients")).isZero();
        assertThat(count("contacts")).isZero();
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
        CsvTable table = CsvParser.parse("E-mail\na@x.example\n");

        ImportPlan plan = as(TestData.STAFF, () -> imports.check(table, guessed(table), Locale.ENGLISH));

        assertThat(plan.errors()).extracting(ImportPlan.Issue::key).containsExactly("client.import.name-unmapped");
        assertThat(plan.canImport()).isFalse();
    }

    @Test
    void client_users_may_not_import() {
        CsvTable table = CsvParser.parse("Name\nX\n");
        assertThatThrownBy(() -> as(
                        TestData.CLIENT_USER, () -> imports.check(table, Map.of(0, ImportField.NAME), Locale.ENGLISH)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SystemAuthentication.run(() -> assertThat(count("clients")).isZero());
    }
}
