package io.clientele.imports.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import io.clientele.client.ui.ClientListView;
import io.clientele.imports.ImportField;
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

    private ClientImportView open() {
        login(TestData.STAFF);
        ClientListView list = navigate("clients", ClientListView.class);
        _click(LocatorJ._get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("import-csv")));
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(ClientImportView.class);
    }

    private void finish(ClientImportView view) throws Exception {
        assertThat(view.running).isNotNull();
        view.running.get(30, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
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
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(view.preview, 1)
                        .cell(0))
                .isEqualTo("Beta; \"Die Zweite\"");
    }

    @Test
    void the_dry_run_shows_counts_and_line_numbered_errors_and_the_import_is_refused() {
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

        assertThat(view.summary.getText()).isEqualTo(t("client.import.summary", 3, 1, 1, 1));
        assertThat(view.report.getText())
                .contains(t("client.import.line-error", 5, t("client.import.field.EMAIL"), ""))
                .contains(t("client.import.duplicate-existing", 6, "Gamma again", "gamma@example.com"));
        assertThat(view.report.hasClassName("import-errors")).isTrue();

        _click(view.runImport);

        assertThat(notificationTexts()).contains(t("client.import.refused", 1));
        assertThat(view.running).isNull();
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

        assertThat(notificationTexts()).contains(t("client.import.done", 3, 0));
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
}
