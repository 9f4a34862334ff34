package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.client.Client;
import io.clientele.client.EInvoiceFormat;
import io.clientele.settings.SettingsService;
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
        testData.einvoiceSeller(s -> {
            s.setCompanyAddress("Hauptstraße 1\n10115 Berlin");
            s.setCompanyTaxNumber("201/113/40209");
            s.setCompanyBic("COBADEFFXXX");
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
        assertThat(validator.wasCompletelyValid())
                .as(file.fileName() + " (PDF/A-3 and XML schema and schematron): " + report)
                .isTrue();
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

    @Test
    void an_intra_community_reverse_charge_invoice_is_valid() throws Exception {
        Client c = client("Wiener Dienst GmbH", "AT", "EUR", EInvoiceFormat.FACTUR_X, x -> x.setTaxId("ATU12345678"));
        Invoice invoice = issue(c, line("Consulting", "10", "95", "0", TaxCategory.REVERSE_CHARGE));

        valid(einvoices.download(DocumentType.INVOICE, invoice.getId(), EInvoiceFormat.FACTUR_X), invoice);
    }

    @Test
    void an_intra_community_supply_of_goods_is_valid() throws Exception {
        Client c = client("Lyon Pièces SARL", "FR", "EUR", EInvoiceFormat.FACTUR_X, x -> x.setTaxId("FR12345678901"));
        DocumentLine goods = line("Ersatzteile", "4", "250", "0", TaxCategory.INTRA_COMMUNITY);
        goods.setUnitCode("H87");
        Invoice invoice = issue(c, goods);

        valid(einvoices.download(DocumentType.INVOICE, invoice.getId(), EInvoiceFormat.FACTUR_X), invoice);
    }

    @Test
    void an_export_in_us_dollars_and_one_in_swiss_francs_are_valid() throws Exception {
        Client us = client("Boston Tools Inc.", "US", "USD", EInvoiceFormat.FACTUR_X, x -> {});
        Invoice dollars = issue(us, line("Software licence", "3", "1499.99", "0", TaxCategory.EXPORT));
        valid(einvoices.download(DocumentType.INVOICE, dollars.getId(), EInvoiceFormat.FACTUR_X), dollars);

        Client ch = client("Zürcher Handel AG", "CH", "CHF", EInvoiceFormat.FACTUR_X, x -> {});
        DocumentLine hours = line("Support", "12.5", "160", "0", TaxCategory.EXPORT);
        hours.setUnitCode("HUR");
        Invoice francs = issue(ch, hours);
        valid(einvoices.download(DocumentType.INVOICE, francs.getId(), EInvoiceFormat.FACTUR_X), francs);
    }

    @Test
    void a_german_public_buyer_gets_a_valid_xrechnung_with_mixed_rates_and_an_exempt_line() throws Exception {
        Client amt = client("Bundesamt für Beispiele", "DE", "EUR", EInvoiceFormat.XRECHNUNG, x -> {
            x.setBuyerReference("991-01234-56");
            x.setEndpointId("991-01234-56");
            x.setEndpointScheme("0204");
        });
        Invoice invoice = issue(
                amt,
                line("Beratung", "7.5", "118.40", "19", TaxCategory.STANDARD),
                line("Fachliteratur", "3", "24.95", "7", TaxCategory.STANDARD),
                line("Schulung", "1", "800", "0", TaxCategory.EXEMPT));

        EInvoiceFile xml = einvoices.download(DocumentType.INVOICE, invoice.getId(), EInvoiceFormat.XRECHNUNG);
        assertThat(xml.fileName()).endsWith("-xrechnung.xml");
        valid(xml, invoice);
        valid(einvoices.download(DocumentType.INVOICE, invoice.getId(), EInvoiceFormat.FACTUR_X), invoice);
    }

    @Test
    void credit_notes_reference_their_invoice_and_are_valid_in_both_formats() throws Exception {
        Client amt = client("Landesamt Beispiel", "DE", "EUR", EInvoiceFormat.XRECHNUNG, x -> {
            x.setBuyerReference("04011000-12345-03");
            x.setTaxId("DE811111111");
        });
        Invoice invoice = issue(
                amt,
                line("Beratung", "10", "120", "19", TaxCategory.STANDARD),
                line("Fachbuch", "2", "39.90", "7", TaxCategory.STANDARD));
        CreditNote note = creditNotes.creditAmount(invoice.getId(), new BigDecimal("200"), "Gutschrift");
        note = creditNotes.get(note.getId());

        EInvoiceFile xml = einvoices.download(DocumentType.CREDIT_NOTE, note.getId(), EInvoiceFormat.XRECHNUNG);
        valid(xml, note);
        String text = new String(xml.content(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("<ram:TypeCode>381</ram:TypeCode>").contains(String.valueOf(invoice.getNumber()));
        valid(einvoices.download(DocumentType.CREDIT_NOTE, note.getId(), EInvoiceFormat.FACTUR_X), note);
    }

    @Test
    void tax_is_rounded_per_rate_so_the_printed_total_is_the_e_invoice_total() throws Exception {
        Client c = client("Kleinteile GmbH", "DE", "EUR", EInvoiceFormat.FACTUR_X, x -> {
            x.setTaxId("DE811111111");
            x.setBuyerReference("04011000-12345-03");
        });
        // Each line's tax is 0.0627 (0.06 rounded per line, 0.18 for three); the rate's basis 0.99 gives 0.1881: 0.19.
        Invoice invoice = issue(
                c,
                line("Schraube", "1", "0.33", "19", TaxCategory.STANDARD),
                line("Mutter", "1", "0.33", "19", TaxCategory.STANDARD),
                line("Scheibe", "1", "0.33", "19", TaxCategory.STANDARD));

        assertThat(invoice.getTaxTotal()).isEqualByComparingTo("0.19");
        assertThat(invoice.getTotal()).isEqualByComparingTo("1.18");
        valid(einvoices.download(DocumentType.INVOICE, invoice.getId(), EInvoiceFormat.XRECHNUNG), invoice);
        valid(einvoices.download(DocumentType.INVOICE, invoice.getId(), EInvoiceFormat.FACTUR_X), invoice);
    }

    @Test
    void the_xml_states_payment_terms_in_the_client_language_and_the_buyer_subdivision() throws Exception {
        Client c = client("Münchner Werk GmbH", "DE", "EUR", EInvoiceFormat.XRECHNUNG, x -> {
            x.setTaxId("DE811111111");
            x.setBuyerReference("04011000-12345-03");
            x.setCountrySubdivision("Bayern");
            x.setLanguage("de");
        });
        Invoice invoice = issue(c, line("Beratung", "2", "100", "19", TaxCategory.STANDARD));

        for (EInvoiceFormat format : List.of(EInvoiceFormat.XRECHNUNG, EInvoiceFormat.FACTUR_X)) {
            EInvoiceFile file = einvoices.download(DocumentType.INVOICE, invoice.getId(), format);
            valid(file, invoice);
            ZUGFeRDInvoiceImporter importer = new ZUGFeRDInvoiceImporter();
            if (format == EInvoiceFormat.FACTUR_X) {
                importer.setInputStream(new java.io.ByteArrayInputStream(file.content()));
            } else {
                importer.fromXML(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8));
            }
            String xml = importer.getUTF8();
            assertThat(xml)
                    .as(format + ": BT-54 in the buyer's address, BT-20 in German with the due date")
                    .contains("<ram:CountrySubDivisionName>Bayern</ram:CountrySubDivisionName>")
                    .contains("Zahlbar bis " + BillingFormat.date(invoice.getDueDate(), java.util.Locale.GERMAN));
        }
    }
}
