package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.support.SpringTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22: the client's custom fields marked "on PDFs" print on invoices and quotes as "Label: value" lines in the
 * client's language; an issued document keeps the lines it was issued with.
 */
class PrintedCustomFieldsTest extends SpringTest {

    @Autowired
    CustomFields fields;

    @Autowired
    ClientService clients;

    @Autowired
    InvoiceService invoices;

    @Autowired
    QuoteService quotes;

    @Autowired
    DocumentPdfService pdfs;

    private CustomField define(CustomFieldType type, boolean onPdfs, String en, String de, String... options) {
        return SystemAuthentication.call(() -> {
            CustomField field = new CustomField(CustomFieldOwner.CLIENT, type);
            field.setLabel("en", en);
            if (de != null) {
                field.setLabel("de", de);
            }
            field.setOptions(List.of(options));
            field.setOnPdfs(onPdfs);
            return fields.save(field);
        });
    }

    private Client client(String name, String language, Map<Long, Object> values) {
        Client c = testData.company(name, "fields@pdf.example");
        c.setLanguage(language);
        Client saved = testData.save(c);
        return setValues(saved, values);
    }

    private Client setValues(Client client, Map<Long, Object> values) {
        return SystemAuthentication.call(() -> {
            Client c = clients.get(client.getId());
            Map<Long, Object> all = new HashMap<>(fields.clientValues(client.getId()));
            all.putAll(values);
            c.setCustomValues(all);
            return clients.save(c);
        });
    }

    private Invoice draft(Client client) {
        return SystemAuthentication.call(() -> {
            Invoice draft = invoices.newInvoice(client.getId());
            draft.setLines(new ArrayList<>(
                    List.of(new DocumentLine("Beratung", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO))));
            return invoices.save(draft);
        });
    }

    private String invoiceText(long id) {
        return SystemAuthentication.call(() -> text(pdfs.invoicePdf(id, PdfLanguage.CLIENT)));
    }

    private static String text(byte[] pdf) {
        try {
            return DocumentPdfServiceTest.text(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_german_invoice_prints_the_fields_marked_on_pdfs_in_german_and_keeps_them_once_issued() {
        CustomField number = define(CustomFieldType.TEXT, true, "Customer no.", "Kundennummer");
        CustomField rating = define(CustomFieldType.DECIMAL, true, "Rating", null);
        CustomField since = define(CustomFieldType.DATE, true, "Contract since", "Vertrag seit");
        CustomField key = define(CustomFieldType.YES_NO, true, "Key account", "Schlüsselkunde");
        CustomField channels =
                define(CustomFieldType.MULTIPLE_CHOICE, true, "Channels", "Kanäle", "Mail", "Phone", "Fax");
        CustomField internal = define(CustomFieldType.TEXT, false, "Internal remark", "Interne Notiz");
        Client client = client(
                "Feld Bäckerei GmbH",
                "de",
                Map.of(
                        number.getId(),
                        "K-100",
                        rating.getId(),
                        new BigDecimal("1234.5"),
                        since.getId(),
                        LocalDate.of(2026, 3, 1),
                        key.getId(),
                        true,
                        channels.getId(),
                        new LinkedHashSet<>(List.of("Phone", "Mail")),
                        internal.getId(),
                        "slow payer"));
        Invoice invoice = draft(client);

        // A draft prints the live values: labels in German (the default language's where none), German formats.
        assertThat(invoiceText(invoice.getId()))
                .contains(
                        "Kundennummer: K-100",
                        "Rating: 1.234,5",
                        "Vertrag seit: 01.03.2026",
                        "Schlüsselkunde: Ja",
                        "Kanäle: Mail, Phone")
                .doesNotContain("slow payer", "Interne Notiz");

        SystemAuthentication.run(() -> invoices.issue(invoice.getId()));

        // The value, the label and the flag change after issue: the issued invoice prints what it was issued with.
        setValues(client, Map.of(number.getId(), "K-999", key.getId(), false));
        SystemAuthentication.run(() -> {
            CustomField n = fields.fields(CustomFieldOwner.CLIENT).stream()
                    .filter(f -> f.getId().equals(number.getId()))
                    .findFirst()
                    .orElseThrow();
            n.setLabel("de", "Kundennr. neu");
            fields.save(n);
            CustomField r = fields.fields(CustomFieldOwner.CLIENT).stream()
                    .filter(f -> f.getId().equals(rating.getId()))
                    .findFirst()
                    .orElseThrow();
            r.setOnPdfs(false);
            fields.save(r);
        });

        assertThat(invoiceText(invoice.getId()))
                .contains("Kundennummer: K-100", "Rating: 1.234,5", "Schlüsselkunde: Ja")
                .doesNotContain("K-999", "Kundennr. neu", "Schlüsselkunde: Nein");
        // A new draft shows what the client and the fields say now.
        assertThat(invoiceText(draft(client).getId()))
                .contains("Kundennr. neu: K-999", "Schlüsselkunde: Nein")
                .doesNotContain("Rating");
    }

    @Test
    void an_english_quote_prints_the_fields_in_english_and_a_client_without_values_prints_none() {
        CustomField tier = define(CustomFieldType.SINGLE_CHOICE, true, "Tier", "Stufe", "Gold", "Silver");
        CustomField partner = define(CustomFieldType.YES_NO, true, "Partner", "Partner");
        Client client = client("Field Works Ltd", "en", Map.of(tier.getId(), "Gold", partner.getId(), false));
        Client bare = client("Bare Works Ltd", "en", Map.of());

        String text = SystemAuthentication.call(() -> {
            Quote quote = quotes.newQuote(client.getId());
            quote.setLines(new ArrayList<>(
                    List.of(new DocumentLine("Design", BigDecimal.ONE, new BigDecimal("250"), BigDecimal.ZERO))));
            quote = quotes.issue(quotes.save(quote).getId());
            return text(pdfs.quotePdf(quote.getId(), PdfLanguage.CLIENT));
        });

        assertThat(text).contains("Tier: Gold", "Partner: No");
        assertThat(invoiceText(draft(bare).getId())).doesNotContain("Tier", "Partner");
    }
}
