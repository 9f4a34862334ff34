package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.Parties;
import io.clientele.imports.ClientBookExportService;
import io.clientele.settings.AddressFormat;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, case 2: each client address has both forms stored, and the one last edited is in force for every reader —
 * the overview's text, the list's Location, new and issued documents, the client book export — whatever the
 * installation's current format; switching the format changes no client.
 */
class AddressInForceTest extends SpringTest {

    @Autowired
    ClientService clients;

    @Autowired
    InvoiceService invoices;

    @Autowired
    SettingsService settings;

    @Autowired
    ClientBookExportService export;

    @Autowired
    JdbcTemplate jdbc;

    private Client client;

    /** A client whose structured address was entered first, then its free-form block edited (the form's setter). */
    @BeforeEach
    void aClientWithBothForms() {
        client = testData.company("Wöhler & Wöhler KG", "info@woehler.example");
        client.setBillingAddress(new Address("Hauptstraße 5", "Berlin", null, "10115", "DE"));
        client = testData.save(client);
        Client edited = testData.reload(client);
        edited.getBillingAddress().setText("Wöhler & Wöhler KG\nAm Markt 3\n04109 Leipzig\nDeutschland");
        edited.getBillingAddress().setInForce(AddressFormat.FREE_FORM);
        client = testData.save(edited);
    }

    @Test
    void the_free_form_block_last_edited_is_what_overview_list_and_documents_show() {
        Client stored = testData.reload(client);
        assertThat(stored.getBillingAddress().inForce()).isEqualTo(AddressFormat.FREE_FORM);
        assertThat(stored.getBillingAddress().formatted(Locale.ENGLISH))
                .isEqualTo("Wöhler & Wöhler KG\nAm Markt 3\n04109 Leipzig\nDeutschland");
        assertThat(stored.effectiveShippingAddress().formatted(Locale.ENGLISH))
                .startsWith("Wöhler & Wöhler KG\nAm Markt");
        // The structured parts are still there, only not in force.
        assertThat(stored.getBillingAddress().getCity()).isEqualTo("Berlin");

        List<ClientRow> rows =
                SystemAuthentication.call(() -> clients.list(ClientFilter.live(null), PageRequest.of(0, 10)));
        assertThat(rows).singleElement().extracting(ClientRow::location).isEqualTo("Leipzig, Deutschland");

        actAsAccount(TestData.STAFF);
        Invoice draft = invoices.newInvoice(client.getId());
        assertThat(draft.getBillingAddress()).isEqualTo("Wöhler & Wöhler KG\nAm Markt 3\n04109 Leipzig\nDeutschland");
        draft.setLines(List.of(new DocumentLine("Consulting", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO)));
        Invoice saved = invoices.save(draft);
        Parties frozen = invoices.issue(saved.getId()).parties();
        assertThat(frozen.billingAddress()).isEqualTo("Wöhler & Wöhler KG\nAm Markt 3\n04109 Leipzig\nDeutschland");
    }

    @Test
    void editing_the_structured_parts_again_puts_them_back_in_force() {
        Client edited = testData.reload(client);
        edited.getBillingAddress().setStreet("Hauptstraße 7");
        edited.getBillingAddress().setInForce(AddressFormat.STRUCTURED);
        testData.save(edited);

        Client stored = testData.reload(client);
        assertThat(stored.getBillingAddress().formatted(Locale.ENGLISH))
                .isEqualTo("Hauptstraße 7\n10115 Berlin\nGermany");
        assertThat(stored.getBillingAddress().getText()).startsWith("Wöhler & Wöhler KG");
        assertThat(jdbc.queryForObject("select location from clients", String.class))
                .isEqualTo("Berlin, DE");
    }

    @Test
    void switching_the_installation_format_changes_no_client_and_loses_nothing() {
        Map<String, Object> before = jdbc.queryForMap("select * from clients");

        SystemAuthentication.run(() -> {
            SystemSettings s = settings.get();
            s.setAddressFormat(AddressFormat.STRUCTURED);
            settings.save(s);
            s = settings.get();
            s.setAddressFormat(AddressFormat.FREE_FORM);
            settings.save(s);
        });

        assertThat(settings.addressFormat()).isEqualTo(AddressFormat.FREE_FORM);
        assertThat(jdbc.queryForMap("select * from clients")).isEqualTo(before);
        assertThat(testData.reload(client).getBillingAddress().formatted(Locale.ENGLISH))
                .contains("Leipzig");
    }

    @Test
    void the_client_book_export_says_which_form_is_in_force() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        actAsAccount(TestData.ADMIN);
        var bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH);
        export.writeZip(ClientFilter.live(null), bundle::getString, out);

        String clientsCsv = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (clientsCsv == null) {
                    clientsCsv = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(clientsCsv).contains(bundle.getString("client.import.field.ADDRESS_FORM"));
        assertThat(clientsCsv).contains("free-form");
    }
}
