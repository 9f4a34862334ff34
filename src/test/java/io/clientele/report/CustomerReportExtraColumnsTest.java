package io.clientele.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Issue 22: client custom fields as extra columns of the customer report, on screen, in the CSV and the PDF. */
class CustomerReportExtraColumnsTest extends SpringTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Autowired
    CustomerReportService customers;

    @Autowired
    CustomFields fields;

    @Autowired
    ClientService clients;

    @Autowired
    InvoiceService invoices;

    private CustomField define(CustomFieldType type, String en, String de) {
        return SystemAuthentication.call(() -> {
            CustomField field = new CustomField(CustomFieldOwner.CLIENT, type);
            field.setLabel("en", en);
            field.setLabel("de", de);
            return fields.save(field);
        });
    }

    private Client invoiced(String name, Map<Long, Object> values) {
        Client client = testData.save(testData.company(name, name.toLowerCase() + "@report.example"));
        return SystemAuthentication.call(() -> {
            Client c = clients.get(client.getId());
            c.setCustomValues(values);
            Client saved = clients.save(c);
            Invoice invoice = invoices.newInvoice(saved.getId());
            invoice.setIssueDate(LocalDate.of(2026, 2, 1));
            invoice.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO)));
            invoices.markSent(invoices.save(invoice).getId());
            return saved;
        });
    }

    @Test
    void chosen_custom_fields_become_columns_formatted_for_the_locale_in_the_page_csv_and_pdf() throws Exception {
        CustomField founded = define(CustomFieldType.DATE, "Founded", "Gegründet");
        CustomField partner = define(CustomFieldType.YES_NO, "Partner", "Partnerfirma");
        CustomField rating = define(CustomFieldType.DECIMAL, "Rating", "Bewertung");
        Client alpha = invoiced(
                "Alpha",
                Map.of(
                        founded.getId(),
                        LocalDate.of(2020, 3, 1),
                        partner.getId(),
                        true,
                        rating.getId(),
                        new BigDecimal("1234.5")));
        invoiced("Beta", Map.of());
        actAs(TestData.MANAGER, "MANAGER");
        CustomerReportFilter filter = new CustomerReportFilter(FROM, TO, null);

        var page = customers.customers(filter, PageRequest.of(0, 10, Sort.by("client")));
        assertThat(customers.extraValues(page))
                .containsOnlyKeys(alpha.getId())
                .extractingByKey(alpha.getId())
                .isEqualTo(Map.of(
                        founded.getId(),
                        LocalDate.of(2020, 3, 1),
                        partner.getId(),
                        true,
                        rating.getId(),
                        new BigDecimal("1234.5")));

        var out = new ByteArrayOutputStream();
        customers.writeCsv(
                filter,
                Sort.by("client"),
                List.of("Kunde", "Währung", "Rechnungen", "Berechnet", "Bezahlt", "Offen", "Letzte", "Id"),
                List.of(rating.getId(), founded.getId(), partner.getId()),
                Locale.GERMAN,
                key -> key.equals("customfield.yes") ? "Ja" : "Nein",
                out);
        List<String> csv = out.toString(StandardCharsets.UTF_8).lines().toList();
        // In the form's order, whatever order they were chosen in.
        assertThat(csv.get(0)).endsWith(",Id,Gegründet,Partnerfirma,Bewertung");
        assertThat(csv.get(1)).startsWith("Alpha,").endsWith(",01.03.2020,Ja,\"1.234,5\"");
        assertThat(csv.get(2)).startsWith("Beta,").endsWith(",,,");

        byte[] pdf = customers.pdf(filter, Sort.by("client"), List.of(founded.getId(), partner.getId()), Locale.GERMAN);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Gegründet: 01.03.2020 · Partnerfirma: Ja")
                    .doesNotContain("Bewertung");
        }
    }
}
