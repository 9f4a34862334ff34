package io.clientele.imports.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import io.clientele.client.ClientField;
import io.clientele.client.ui.ClientListView;
import io.clientele.imports.ImportField;
import io.clientele.imports.ImportOptions;
import io.clientele.imports.ImportTarget;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import page as a user goes through it. The file arrives through {@code load}, the method the upload's
 * handler calls: Karibu cannot post a multipart upload.
 */
class ClientImportViewTest extends KaribuTest {

    private static final String FILE = "\uFEFFFirma;E-Mail;Land;Vorname;Nachname;Lieblingsfarbe\r\n"
            + "Acme GmbH;info@acme.example;DE;Anna;Becker;blau\r\n"
            + "\"Beta; \"\"Die Zweite\"\"\";beta@example.com;AT;;;\r\n"
            + "Gamma KG;gamma@example.com;CH;;;grün\r\n";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    io.clientele.client.CustomFields customFields;

    private ClientImportView open() {
        login(TestData.STAFF);
        ClientListView list = navigate("clients", ClientListView.class);
        _click(LocatorJ._get(Button.class, spec -> spec.withId("import-csv")));
        return LocatorJ._get(ClientImportView.class);
    }

    private void finish(ClientImportView view) throws Exception {
        assertThat(view.running).isNotNull();
        view.running.get(60, TimeUnit.SECONDS);
        // The result reaches the page through ui.access, queued just after the work ends.
        for (int i = 0; i < 100 && view.finishedRuns == 0; i++) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(view.finishedRuns).isEqualTo(1);
    }

    @Test
    void columns_are_guessed_from_the_headers_and_the_first_rows_previewed() {
        ClientImportView view = open();
        assertThat(view.steps.isVisible()).isFalse();

        view.load("kunden.csv", FILE.getBytes(StandardCharsets.UTF_8));

        assertThat(view.steps.isVisible()).isTrue();
        assertThat(view.columnFields)
                .extracting(c -> c.getValue())
                .containsExactly(
                        ImportField.NAME,
                        ImportField.EMAIL,
                        ImportField.COUNTRY,
                        ImportField.CONTACT_FIRST_NAME,
                        ImportField.CONTACT_LAST_NAME,
                        null);
        assertThat(view.fileName.getText()).contains("kunden.csv").contains("3");
        assertThat(_size(view.preview)).isEqualTo(3);
        assertThat(GridKt._get(view.preview, 1).cell(0)).isEqualTo("Beta; \"Die Zweite\"");
    }

    @Test
    void the_dry_run_shows_counts_and_line_numbered_errors_and_all_or_nothing_refuses_the_file() {
        testData.company("Gamma KG", "GAMMA@example.com");
        ClientImportView view = open();
        view.load(
                "kunden.csv",
                ("Name,Email,Notes\n"
                                + "Good,good@example.com,\"multi\nline\nnote\"\n"
                                + "Bad,not an address,\n"
                                + "Gamma again,gamma@example.com,\n")
                        .getBytes(StandardCharsets.UTF_8));

        _click(view.check);

        assertThat(view.summary.getText()).isEqualTo(t("client.import.summary", 3, 1, 0, 0, 1, 1));
        assertThat(view.report.getText())
                .contains(t("client.import.line-error", 5, t("client.import.field.EMAIL"), ""))
                .contains(t("client.import.duplicate-existing", 6, "Gamma again", "gamma@example.com"));
        assertThat(view.report.hasClassName("import-errors")).isTrue();
        assertThat(view.badRows.isVisible()).isTrue();
        assertThat(view.badRowsCsv())
                .startsWith("Name,Email,Notes," + t("client.import.reason") + "\r\n")
                .contains("Bad,not an address,,")
                .doesNotContain("Good");

        userSets(view.allOrNothing, true);
        _click(view.runImport);

        assertThat(notificationTexts()).contains(t("client.import.refused", 1));
        assertThat(view.running).isNull();
        assertThat(jdbc.queryForObject("select count(*) from clients", Long.class))
                .isEqualTo(1);
    }

    @Test
    void a_title_block_is_shown_as_skipped_and_normalized_values_are_previewed_with_counts() {
        ClientImportView view = open();
        view.load(
                "export.csv",
                ("CLIENTS\nExported today\nName,Country,Currency,Language\n"
                                + "Acme,United States,$,en_US\nBeta,USA,USD,German\nGamma,Deutschland,€,de\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(view.skipped.isVisible()).isTrue();
        assertThat(view.skipped.getText()).isEqualTo(t("client.import.skipped", 2, "CLIENTS | Exported today"));
        assertThat(_size(view.preview)).isEqualTo(3);
        _click(view.check);

        assertThat(view.normalizations.getText())
                .contains(t("client.import.normalized", t("client.import.field.COUNTRY"), "United States", "US", 1))
                .contains(t("client.import.normalized", t("client.import.field.COUNTRY"), "Deutschland", "DE", 1))
                .contains(t("client.import.normalized", t("client.import.field.LANGUAGE"), "en_US", "en", 1))
                .contains(t("client.import.normalized", t("client.import.field.CURRENCY"), "€", "EUR", 1));
        assertThat(_size(view.sample)).isEqualTo(3);
        assertThat(GridKt._get(view.sample, 1).fields())
                .containsEntry(ImportField.COUNTRY, "US")
                .containsEntry(ImportField.LANGUAGE, "de");
    }

    @Test
    void a_mandatory_field_the_file_lacks_gets_a_value_for_the_whole_file() throws Exception {
        testData.mandatoryClientFields(ClientField.LEAD_SOURCE);
        ClientImportView view = open();
        view.load("leads.csv", "Name,Email\nAlpha,a@x.example\n".getBytes(StandardCharsets.UTF_8));

        _click(view.check);
        assertThat(view.summary.getText()).isEqualTo(t("client.import.summary", 1, 0, 0, 0, 0, 1));
        assertThat(view.report.getText()).contains(t("client.required.lead-source"));

        @SuppressWarnings("unchecked")
        var source = (ComboBox<String>) view.defaultInputs.get(ImportField.LEAD_SOURCE);
        assertThat(source).isNotNull();
        userSets(source, "Trade show");
        _click(view.check);
        assertThat(view.summary.getText()).isEqualTo(t("client.import.summary", 1, 1, 0, 0, 0, 0));

        _click(view.runImport);
        finish(view);
        assertThat(jdbc.queryForObject(
                        "select s.name from clients c join lead_sources s on s.id = c.lead_source_id", String.class))
                .isEqualTo("Trade show");
    }

    @Test
    void the_column_picker_changes_the_mapping_and_duplicates_can_update() throws Exception {
        testData.company("Acme GmbH", "info@acme.example");
        ClientImportView view = open();
        view.load("x.csv", "Firm,Mail,Ort\nAcme GmbH,info@acme.example,Köln\n".getBytes(StandardCharsets.UTF_8));
        assertThat(view.columnFields.get(0).getValue()).isNull();

        userSets(view.columnFields.get(0), ImportField.NAME);
        userSets(view.columnFields.get(1), ImportField.EMAIL);
        userSets(view.duplicates, ImportOptions.DuplicateMode.UPDATE);
        _click(view.check);
        assertThat(view.summary.getText()).isEqualTo(t("client.import.summary", 1, 0, 1, 0, 0, 0));
        _click(view.runImport);
        finish(view);

        assertThat(jdbc.queryForObject("select billing_city from clients", String.class))
                .isEqualTo("Köln");
        assertThat(jdbc.queryForObject("select count(*) from clients", Long.class))
                .isEqualTo(1);
    }

    @Test
    void the_import_runs_in_the_background_with_progress_and_creates_clients_and_contacts() throws Exception {
        ClientImportView view = open();
        view.load("kunden.csv", FILE.getBytes(StandardCharsets.UTF_8));
        userSets(view.columnFields.get(5), ImportField.NOTES);

        _click(view.runImport);
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.runImport.isEnabled()).isFalse();
        finish(view);

        assertThat(notificationTexts()).contains(t("client.import.done", 3, 0, 1, 0, 0));
        assertThat(view.progress.getValue()).isEqualTo(3.0);
        assertThat(jdbc.queryForList("select name from clients order by name", String.class))
                .containsExactly("Acme GmbH", "Beta; \"Die Zweite\"", "Gamma KG");
        assertThat(jdbc.queryForObject("select notes from clients where name = 'Gamma KG'", String.class))
                .isEqualTo("grün");
        assertThat(jdbc.queryForObject(
                        "select c.name from contacts c join clients k on k.id = c.client_id"
                                + " where k.name = 'Acme GmbH'",
                        String.class))
                .isEqualTo("Anna Becker");
    }

    @Test
    void the_mapping_and_choices_confirmed_last_time_are_offered_for_a_file_with_the_same_headers() throws Exception {
        ClientImportView view = open();
        view.load("x.csv", "Firm,Mail,Ort\nAcme GmbH,info@acme.example,Köln\n".getBytes(StandardCharsets.UTF_8));
        assertThat(view.remembered.isVisible()).isFalse();
        userSets(view.columnFields.get(0), ImportField.NAME);
        userSets(view.columnFields.get(1), ImportField.EMAIL);
        userSets(view.columnFields.get(2), null);
        userSets(view.duplicates, ImportOptions.DuplicateMode.UPDATE);
        userSets(view.dateOrder, "MONTH_FIRST");
        _click(view.runImport);
        finish(view);

        // Next month's export of the same system: the same headers, another order and case.
        ClientImportView again = open();
        again.load("y.csv", "ORT,firm,mail\nBonn,Beta AG,beta@example.com\n".getBytes(StandardCharsets.UTF_8));

        assertThat(again.remembered.isVisible()).isTrue();
        assertThat(again.remembered.getText()).contains("Sam Staff");
        assertThat(again.columnFields)
                .extracting(c -> c.getValue())
                .containsExactly(null, ImportField.NAME, ImportField.EMAIL);
        assertThat(again.duplicates.getValue()).isEqualTo(ImportOptions.DuplicateMode.UPDATE);
        assertThat(again.dateOrder.getValue()).isEqualTo("MONTH_FIRST");

        // Other headers: the guesses again.
        ClientImportView other = open();
        other.load("z.csv", "Firm,Mail,Stadt\nGamma,g@example.com,Ulm\n".getBytes(StandardCharsets.UTF_8));
        assertThat(other.remembered.isVisible()).isFalse();
        assertThat(other.columnFields.get(0).getValue()).isNull();
    }

    @Test
    void a_header_naming_a_custom_field_maps_to_it_and_its_bad_values_are_reported_by_line() throws Exception {
        var region = io.clientele.base.security.SystemAuthentication.call(() -> {
            var f = new io.clientele.client.CustomField(
                    io.clientele.client.CustomFieldOwner.CLIENT, io.clientele.client.CustomFieldType.SINGLE_CHOICE);
            f.setLabel("en", "Region");
            f.setLabel("de", "Verkaufsgebiet");
            f.setOptions(java.util.List.of("North", "South"));
            return customFields.save(f);
        });
        ClientImportView view = open();
        view.load(
                "kunden.csv",
                "Firma,Verkaufsgebiet\nNorth AG,North\nNowhere AG,Atlantis\n".getBytes(StandardCharsets.UTF_8));

        ComboBox<ImportTarget> column = view.columnFields.get(1);
        assertThat(column.getValue()).isEqualTo(new ImportTarget.Custom(region.getId()));
        assertThat(column.getItemLabelGenerator().apply(column.getValue()))
                .isEqualTo(t("customfield.io.target", "Region"));
        assertThat(column.getListDataView().getItems())
                .contains(ImportField.NAME, new ImportTarget.Custom(region.getId()));

        _click(view.check);
        assertThat(view.report.getText())
                .contains(t("customfield.io.line-error", 3, t("customfield.invalid.choice", "Region", "Atlantis")));

        _click(view.runImport);
        finish(view);
        assertThat(jdbc.queryForList(
                        "select c.name from clients c join client_field_values v on v.client_id = c.id"
                                + " where v.text_value = 'North'",
                        String.class))
                .containsExactly("North AG");
        assertThat(jdbc.queryForObject("select count(*) from clients", Long.class))
                .isEqualTo(1);

        // The same headers again: the custom target is offered as confirmed; the user can send the column elsewhere.
        ClientImportView again = open();
        again.load("kunden.csv", "Firma,Verkaufsgebiet\nSouth AG,South\n".getBytes(StandardCharsets.UTF_8));
        assertThat(again.remembered.isVisible()).isTrue();
        assertThat(again.columnFields.get(1).getValue()).isEqualTo(new ImportTarget.Custom(region.getId()));
        userSets(again.columnFields.get(1), ImportField.NOTES);
        _click(again.runImport);
        finish(again);
        assertThat(jdbc.queryForObject("select notes from clients where name = 'South AG'", String.class))
                .isEqualTo("South");
    }

    @Test
    void a_mandatory_custom_field_gets_a_checked_value_for_the_rows_without_one_shown_in_the_preview()
            throws Exception {
        var tier = io.clientele.base.security.SystemAuthentication.call(() -> {
            var f = new io.clientele.client.CustomField(
                    io.clientele.client.CustomFieldOwner.CLIENT, io.clientele.client.CustomFieldType.DECIMAL);
            f.setLabel("en", "Rate");
            f.setMandatory(true);
            return customFields.save(f);
        });
        ClientImportView view = open();
        view.load("rates.csv", "Name,Rate\nGiven Ltd,2.5\nEmpty Ltd,\n".getBytes(StandardCharsets.UTF_8));

        _click(view.check);
        assertThat(view.report.getText())
                .contains(t("customfield.io.line-error", 3, t("customfield.required", "Rate")));

        var rate = (com.vaadin.flow.component.textfield.TextField) view.customDefaultInputs.get(tier.getId());
        assertThat(rate).isNotNull();
        assertThat(rate.getLabel()).isEqualTo(t("client.import.default-for", "Rate"));
        userSets(rate, "1,234");
        assertThat(rate.isInvalid()).isTrue();
        assertThat(rate.getErrorMessage())
                .isEqualTo(t("customfield.ambiguous.DECIMAL", "Rate", "1,234", "1234", "1.234"));

        userSets(rate, "0,75");
        assertThat(rate.isInvalid()).isFalse();
        _click(view.check);
        assertThat(view.summary.getText()).isEqualTo(t("client.import.summary", 2, 2, 0, 0, 0, 0));
        String column = "custom-" + tier.getId();
        assertThat(view.sample.getColumnByKey(column)).isNotNull();
        assertThat(GridKt._getFormatted(view.sample, 0, column)).isEqualTo("2.5");
        assertThat(GridKt._getFormatted(view.sample, 1, column)).isEqualTo("0.75");

        _click(view.runImport);
        finish(view);
        assertThat(jdbc.queryForList(
                        "select c.name from clients c join client_field_values v on v.client_id = c.id"
                                + " where v.num_value = 0.75",
                        String.class))
                .containsExactly("Empty Ltd");
    }
}
